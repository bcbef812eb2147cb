// Benchmark (not a test): one edit, its undo and its redo on bulletins of 1,000 and 20,000
// projects, in headless Chromium, release build. For each it prints the script time (from
// the click until the page's own work, microtasks included, is done), the time until the
// frame after it has run its callbacks ("frame"), and the browser's own measure of the real
// click from input to the next paint (Event Timing API, "painted"; under 16 ms it reports
// nothing), as medians of several rounds, and the longest main-thread task while the edit
// was saved (Long Tasks API: only tasks over 50 ms count).
// Usage: trunk build --release && node scripts/bench-edit.mjs [sizes...]
import { launch, serve, syntheticFixtures } from '../tests/e2e/browser.mjs';

const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [1000, 20000];
const ROUNDS = 7;
await syntheticFixtures(Object.fromEntries(sizes.map((n) => [`synthetic-${n}.json`, [n, 42]])));
const { server, url } = await serve();
const browser = await launch();

/** Clicks `selector` in the page and times the click's script and the next paint. */
async function timedClick(page, selector) {
  const synthetic = await page.evaluate(async (selector) => {
    const target = document.querySelector(selector);
    const t0 = performance.now();
    target.click();
    // The page's own follow-up work: reactive effects run in microtasks after the click.
    for (let i = 0; i < 5; i++) await Promise.resolve();
    const script = performance.now() - t0;
    await new Promise((r) => requestAnimationFrame(() => r()));
    return { script, frame: performance.now() - t0 };
  }, selector);
  return synthetic;
}

/** A real click on `selector`, timed by the browser from input to the next paint. */
async function paintedClick(page, selector) {
  await page.evaluate(() => {
    window.__events = [];
    window.__observer?.disconnect();
    window.__observer = new PerformanceObserver((list) => window.__events.push(...list.getEntries()));
    window.__observer.observe({ type: 'event', durationThreshold: 16, buffered: false });
  });
  await page.click(selector);
  await page.waitForTimeout(300);
  return page.evaluate(() => Math.max(0, ...window.__events.filter((e) => e.name === 'click' || e.name === 'pointerup').map((e) => e.duration)));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

console.log('| 项目数 | 操作 | 脚本（中位数） | 到下一帧（中位数） | 输入到绘制（Event Timing，中位数） | 保存期间最长任务 |');
console.log('|---:|---|---:|---:|---:|---:|');
for (const n of sizes) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}?src=fixtures/synthetic-${n}.json`);
  await page.waitForFunction((n) => document.querySelector('[data-testid=result-count]')?.textContent === String(n), n, { timeout: 120000 });
  await page.waitForTimeout(1000);
  await page.evaluate(() => {
    window.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__tasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  const results = { edit: [], undo: [], redo: [] };
  const painted = { edit: [], undo: [], redo: [] };
  let longest = 0;
  for (let round = 0; round < ROUNDS; round++) {
    await page.getByTestId('edit-project').first().click();
    await page.getByTestId('project-editor').locator('textarea[name=note]').fill(`基准修改 ${round}`);
    await page.evaluate(() => { window.__tasks = []; });
    results.edit.push(await timedClick(page, '[data-testid=save-project]'));
    await page.waitForTimeout(n > 5000 ? 1500 : 300);
    longest = Math.max(longest, ...(await page.evaluate(() => window.__tasks)));
    results.undo.push(await timedClick(page, '[data-testid=undo]'));
    await page.waitForTimeout(n > 5000 ? 1500 : 300);
    results.redo.push(await timedClick(page, '[data-testid=redo]'));
    await page.waitForTimeout(n > 5000 ? 1500 : 300);
    // The same with real clicks, for the browser's own input-to-paint figure.
    await page.getByTestId('edit-project').first().click();
    await page.getByTestId('project-editor').locator('textarea[name=note]').fill(`真实点击 ${round}`);
    painted.edit.push(await paintedClick(page, '[data-testid=save-project]'));
    await page.waitForTimeout(n > 5000 ? 1200 : 100);
    painted.undo.push(await paintedClick(page, '[data-testid=undo]'));
    await page.waitForTimeout(n > 5000 ? 1200 : 100);
    painted.redo.push(await paintedClick(page, '[data-testid=redo]'));
    await page.waitForTimeout(n > 5000 ? 1200 : 100);
  }
  const check = await page.getByTestId('project-row').first().locator('td.note').textContent();
  if (!check.startsWith('真实点击')) throw new Error(`the edit did not show: ${check}`);
  for (const [op, label] of [['edit', '改一个项目的备注'], ['undo', '撤销'], ['redo', '重做']]) {
    const r = results[op];
    console.log(
      `| ${n.toLocaleString('en')} | ${label} | ${ms(median(r.map((x) => x.script)))} | ${ms(median(r.map((x) => x.frame)))} | ${median(painted[op]) ? ms(median(painted[op])) : '< 16 ms'} | ${op === 'edit' ? (longest ? ms(longest) : '< 50 ms') : ''} |`,
    );
  }
  await context.close();
}
await browser.close();
server.close();
