// Benchmark (not a test): the ledger with 1,000 and 20,000 synthetic projects in headless
// Chromium, against the release build in dist/. Prints, per size: time from a filter change
// (a facet click, a search) to the updated rows painted, the app's own facet-count and sort
// times (User Timing), and the ledger's DOM node count.
// Usage: trunk build --release && node scripts/bench-ledger.mjs [runs=9]
import { launch, serve, syntheticFixtures } from '../tests/e2e/browser.mjs';

const runs = Number(process.argv[2] ?? 9);
const sizes = [1000, 20000];
await syntheticFixtures({ 'synthetic-1000.json': [1000, 42], 'synthetic-20000.json': [20000, 42] });
const { server, url } = await serve();
const browser = await launch();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f = (x) => x.toFixed(1);

console.log('| 项目数 | 点选分面到重绘（中位数） | 输入搜索到重绘（中位数） | 分面计数（应用内） | 排序（按名称，应用内） | 台账 DOM 节点数 |');
console.log('|---:|---:|---:|---:|---:|---:|');
for (const n of sizes) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${url}?src=fixtures/synthetic-${n}.json`);
  await page.waitForFunction((n) => document.querySelector('[data-testid=result-count]')?.textContent === String(n), n, {
    timeout: 60000,
  });
  // From an input event to the frame after the DOM changed: rAF runs before the paint,
  // the timeout after it.
  const timeTo = (act) =>
    page.evaluate(
      (act) =>
        new Promise((done) => {
          const t0 = performance.now();
          new Function(act)();
          requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));
        }),
      act,
    );
  const clicks = [];
  for (let i = 0; i < runs; i++) {
    const k = (i % 3) + 1;
    clicks.push(await timeTo(`document.querySelectorAll('[data-testid=filter-sector] input')[${k}].click()`));
  }
  const typing = [];
  for (let i = 0; i < runs; i++) {
    const text = ['海州', '资金', ''][i % 3];
    typing.push(
      await timeTo(
        `const el = document.querySelector('[data-testid=filter-search]'); el.value = ${JSON.stringify(text)}; el.dispatchEvent(new Event('input', { bubbles: true }));`,
      ),
    );
  }
  await page.locator('button[data-sort=name]').click();
  await page.waitForTimeout(100);
  const entries = await page.evaluate(() => ({
    counts: performance.getEntriesByName('ledger:facet-counts').map((e) => e.duration),
    sort: performance.getEntriesByName('ledger:sort').map((e) => e.duration),
    nodes: document.querySelector('.ledger').querySelectorAll('*').length,
  }));
  console.log(
    `| ${n} | ${f(median(clicks))} ms | ${f(median(typing))} ms | ${f(median(entries.counts))} ms | ` +
      `${f(Math.max(...entries.sort))} ms | ${entries.nodes} |`,
  );
  await page.context().close();
}
await browser.close();
server.close();
