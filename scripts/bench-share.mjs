// Benchmark (not a test): exporting and importing snapshots of 1,000 and 20,000 projects in
// headless Chromium. Prints the app's `export:json`, `import:read` (parse + validate) and
// `import:preview` (diff) User Timing entries, and the longest main-thread task seen while
// importing (Long Tasks API: tasks over 50 ms).
// Usage: trunk build --release && node scripts/bench-share.mjs
import { readFile } from 'node:fs/promises';
import { launch, serve, syntheticFixtures } from '../tests/e2e/browser.mjs';

await syntheticFixtures({ 'synthetic-1000.json': [1000, 42], 'synthetic-20000.json': [20000, 42] });
const { server, url } = await serve();
const browser = await launch();
console.log('| 项目数 | 文件大小 | 导出 | 导入：解析并校验 | 导入：对比预览 | 导入时最长的主线程任务 |');
console.log('|---:|---:|---:|---:|---:|---:|');
for (const n of [1000, 20000]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}?src=fixtures/synthetic-${n}.json`);
  await page.waitForFunction((n) => document.querySelector('[data-testid=result-count]')?.textContent === String(n), n, { timeout: 60000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  const bytes = await readFile(await download.path());
  // Change one note so the preview has something to show.
  const doc = JSON.parse(bytes.toString('utf8'));
  doc.projects[0].note = '基准导入';
  const file = Buffer.from(JSON.stringify(doc, null, 2));
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask' });
  });
  await page.getByTestId('import-file').setInputFiles({ name: 'bench.json', mimeType: 'application/json', buffer: file });
  await page.getByTestId('import-preview').waitFor({ timeout: 60000 });
  await page.waitForTimeout(200);
  const t = await page.evaluate(() => ({
    export: performance.getEntriesByName('export:json')[0]?.duration,
    read: performance.getEntriesByName('import:read')[0]?.duration,
    preview: performance.getEntriesByName('import:preview')[0]?.duration,
    longest: window.__longest,
  }));
  console.log(
    `| ${n} | ${(file.length / 1048576).toFixed(1)} MB | ${t.export.toFixed(0)} ms | ${t.read.toFixed(0)} ms | ${t.preview.toFixed(0)} ms | ${t.longest.toFixed(0)} ms |`,
  );
  await context.close();
}
await browser.close();
server.close();
