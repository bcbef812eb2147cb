// Benchmark (not a test): how long each chart takes to draw (charts-rs SVG, the app's
// `chart:<id>` User Timing entries) for a bulletin with 10 sectors and one with 40, the
// chart font's bytes, and the release bundle. Fresh page loads in headless Chromium.
// Usage: trunk build --release && node scripts/bench-charts.mjs [loads=9]
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, launch, serve, syntheticFixtures } from '../tests/e2e/browser.mjs';

const loads = Number(process.argv[2] ?? 9);
await syntheticFixtures({ 'sectors-40.json': [17, 42, 40] });
const { server, url } = await serve();
const browser = await launch();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const charts = ['investment', 'progress', 'items', 'problem-types', 'statuses'];

console.log(`| 领域数 | ${charts.join(' | ')} |`);
console.log(`|---:|${charts.map(() => '---:').join('|')}|`);
for (const [sectors, query] of [[10, ''], [40, '?src=fixtures/sectors-40.json']]) {
  const times = Object.fromEntries(charts.map((c) => [c, []]));
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url + query);
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-chart=items] svg [data-category]').length >= n,
      sectors,
      { timeout: 30000 },
    );
    const entries = await page.evaluate((ids) => Object.fromEntries(ids.map((id) => [id, performance.getEntriesByName(`chart:${id}`)[0]?.duration])), charts);
    for (const c of charts) times[c].push(entries[c]);
    await context.close();
  }
  console.log(`| ${sectors} | ${charts.map((c) => `${median(times[c]).toFixed(2)} ms`).join(' | ')} |`);
}
await browser.close();
server.close();

console.log();
const fonts = join(DIST, 'fonts');
for (const f of (await readdir(fonts)).filter((f) => f.startsWith('bulletin-sans-cjk'))) {
  const bytes = await readFile(join(fonts, f));
  console.log(`${f}: ${bytes.length} B raw, ${gzipSync(bytes, { level: 9 }).length} B gzip -9`);
}
for (const f of (await readdir(DIST)).filter((f) => /\.(wasm|js)$/.test(f))) {
  const bytes = await readFile(join(DIST, f));
  console.log(`${f.replace(/-[0-9a-f]{16}/, '')}: ${bytes.length} B raw, ${gzipSync(bytes, { level: 9 }).length} B gzip -9`);
}
