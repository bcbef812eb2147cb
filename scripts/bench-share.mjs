// Benchmark (not a test): exporting and importing snapshots of 1,000 to 20,000 projects in
// headless Chromium, release build. For each size it prints the app's User Timing entries
// (`export:json`; `import:read` = parse + validate, `import:preview` = diff against the
// user's copy, `import:step` = the edits to apply: these three now run in the import worker
// and show as "–" unless the worker could not be used; `copy:apply` = apply and validate, the
// page being redrawn in the task after; `copy:serialize` = the stored copy's text, a task later (the IndexedDB write follows, off the main thread))
// and the longest main-thread task (Long Tasks API) from the moment a file is dropped until
// the preview shows, and from the click on "replace" until the page shows the result.
// Usage: trunk build --release && node scripts/bench-share.mjs [sizes...]
import { readFile } from 'node:fs/promises';
import { launch, serve, syntheticFixtures } from '../tests/e2e/browser.mjs';

const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [1000, 2000, 5000, 10000, 20000];
await syntheticFixtures(Object.fromEntries(sizes.map((n) => [`synthetic-${n}.json`, [n, 42]])));
const { server, url } = await serve();
const browser = await launch();

/** Durations of the named measures and the longest task since `window.__from`. */
const since = (page) =>
  page.evaluate(() => {
    const from = window.__from;
    const measure = (name) => performance.getEntriesByName(name).filter((e) => e.startTime >= from).pop()?.duration ?? NaN;
    const longest = Math.max(0, ...window.__tasks.filter(([start]) => start >= from).map(([, d]) => d));
    return { measure: Object.fromEntries(['export:json', 'import:read', 'import:preview', 'import:step', 'copy:apply', 'copy:serialize'].map((n) => [n, measure(n)])), longest };
  });
const ms = (x) => (Number.isNaN(x) ? '–' : `${x.toFixed(0)} ms`);
// The Long Tasks API reports only tasks over 50 ms.
const longest = (x) => (x === 0 ? '< 50 ms' : ms(x));

console.log('| 项目数 | 文件 | 导出 | 读取并校验 | 对比预览 | 放下文件到出现预览，最长任务 | 计算修改 | 应用并校验 | 保存 | 点“替换”到页面更新并保存，最长任务 |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
const opened = [];
for (const n of sizes) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${url}?src=fixtures/synthetic-${n}.json`);
  await page.waitForFunction((n) => document.querySelector('[data-testid=result-count]')?.textContent === String(n), n, { timeout: 60000 });
  await page.waitForTimeout(500);
  // Opening by ?src=: the file is validated in the worker, only parsed on the page.
  opened.push(await page.evaluate((n) => {
    const parse = performance.getEntriesByName('src:parse').pop()?.duration ?? NaN;
    const tasks = window.__tasks.map(([, d]) => d).sort((a, b) => b - a);
    return { n, parse, tasks: tasks.slice(0, 3) };
  }, n));
  await page.evaluate(() => { window.__from = performance.now(); window.__tasks = []; });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  const exported = (await since(page)).measure['export:json'];
  // A colleague's copy: the same bulletin with one note changed.
  const doc = JSON.parse((await readFile(await download.path())).toString('utf8'));
  doc.projects[0].note = '基准导入';
  const text = JSON.stringify(doc, null, 2);
  // Build the File first, so that handing 8 MB to the page is not counted as the app's work.
  await page.evaluate((text) => {
    window.__file = new File([text], 'bench.json', { type: 'application/json' });
    window.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask' });
  }, text);
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    window.__from = performance.now();
    const data = new DataTransfer();
    data.items.add(window.__file);
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await page.getByTestId('import-preview').waitFor({ timeout: 60000 });
  await page.waitForTimeout(300);
  const before = await since(page);
  await page.evaluate(() => { window.__from = performance.now(); });
  await page.getByTestId('import-replace').click();
  await page.waitForFunction(() => /1 处修改/.test(document.querySelector('[data-testid=save-state]')?.textContent), null, { timeout: 60000 });
  await page.waitForTimeout(500);
  const after = await since(page);
  const m = { ...before.measure, ...Object.fromEntries(Object.entries(after.measure).filter(([, v]) => !Number.isNaN(v))) };
  console.log(
    `| ${n.toLocaleString('en')} | ${(text.length / 1048576).toFixed(1)} MB | ${ms(exported)} | ${ms(m['import:read'])} | ${ms(m['import:preview'])} | ${longest(before.longest)} | ${ms(m['import:step'])} | ${ms(m['copy:apply'])} | ${ms(m['copy:serialize'])} | ${longest(after.longest)} |`,
  );
  await context.close();
}
console.log();
console.log('| 项目数 | ?src= 打开：页面线程解析 | 打开过程中最长的三个任务 |');
console.log('|---:|---:|---|');
for (const { n, parse, tasks } of opened) {
  console.log(`| ${n.toLocaleString('en')} | ${ms(parse)} | ${tasks.map(ms).join('，') || '无 ≥ 50 ms 的任务'} |`);
}
await browser.close();
server.close();
