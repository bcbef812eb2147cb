// Makes the web app manifest's PNG icons from public/icons/icon.svg (a copy of the favicon)
// with the system Chromium, so that browsers which want bitmaps to install the app
// (Chromium asks for 192 and 512 px) have them. The PNGs are committed; run this again only
// when the icon changes: node scripts/make-icons.mjs
import { readFile } from 'node:fs/promises';
import { launch } from '../tests/e2e/browser.mjs';

const dir = new URL('../public/icons/', import.meta.url);
const svg = await readFile(new URL('icon.svg', dir), 'utf8');
// The maskable icon: launchers crop it to any shape within its middle 80 %, so its ground
// fills the square and the drawing keeps to the middle.
const maskable = svg
  .replace('<rect width="32" height="32" rx="6"', '<rect x="-8" y="-8" width="48" height="48"')
  .replace('viewBox="0 0 32 32"', 'viewBox="-8 -8 48 48"');

const browser = await launch();
const context = await browser.newContext({ deviceScaleFactor: 1 });
const page = await context.newPage();
for (const [name, source, size] of [
  ['icon-192.png', svg, 192],
  ['icon-512.png', svg, 512],
  ['icon-maskable-512.png', maskable, 512],
]) {
  await page.setViewportSize({ width: size, height: size });
  const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<body style="margin:0">${sized}</body>`);
  await page.screenshot({ path: new URL(name, dir).pathname, omitBackground: true });
  console.log(name);
}
await context.close();
await browser.close();
