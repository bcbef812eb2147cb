// Takes a screenshot of the built app (dist/) in headless Chromium, to look at a change.
// Usage: node scripts/screenshot.mjs out.png [width=1280] [query=""] [selector=page]
// Extra fixture files can be served from $FIXTURES at /fixtures/.
import { launch, serve } from '../tests/e2e/browser.mjs';

const [out = 'screenshot.png', width = '1280', query = '', selector = ''] = process.argv.slice(2);
const { server, url } = await serve();
const browser = await launch();
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
page.on('pageerror', (e) => console.log('page error:', e.message));
await page.goto(url + query);
await page.waitForSelector('[data-testid=kpi-items]');
await page.waitForTimeout(300);
if (selector) {
  const el = page.locator(selector).first();
  await el.scrollIntoViewIfNeeded();
  await el.screenshot({ path: out });
} else {
  await page.screenshot({ path: out });
}
console.log(`${out}: ${page.url()}`);
await browser.close();
server.close();
