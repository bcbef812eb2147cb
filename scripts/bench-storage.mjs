// Benchmark (not a test): saving and opening the user's copy in real localStorage, for the
// bundled bulletin and synthetic ones of 1,000 and 20,000 projects. Prints the app's
// `copy:save` (serialise + setItem) and `copy:read` + `copy:open` (getItem; parse, migrate,
// validate) User Timing entries, and the stored size.
// Usage: trunk build --release && node scripts/bench-storage.mjs
import { launch, serve, syntheticFixtures } from '../tests/e2e/browser.mjs';

await syntheticFixtures({ 'synthetic-1000.json': [1000, 42], 'synthetic-20000.json': [20000, 42] });
const { server, url } = await serve();
const browser = await launch();
console.log('| 项目数 | 保存（序列化并写入） | 读取 | 打开（解析、校验） | 占用（UTF-16 字符） | 结果 |');
console.log('|---:|---:|---:|---:|---:|---|');
for (const [n, query, id] of [
  [17, '', 'lianyungang-2023-h1'],
  [1000, '?src=fixtures/synthetic-1000.json', 'synthetic-1000-42'],
  [20000, '?src=fixtures/synthetic-20000.json', 'synthetic-20000-42'],
]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url + query);
  await page.waitForFunction((n) => document.querySelector('[data-testid=result-count]')?.textContent === String(n), n, { timeout: 60000 });
  await page.getByTestId('edit-project').first().click();
  await page.getByTestId('project-editor').locator('textarea[name=note]').fill('基准测试');
  await page.getByTestId('save-project').click();
  await page.waitForTimeout(300);
  const save = await page.evaluate(() => performance.getEntriesByName('copy:save').map((e) => e.duration));
  const warning = await page.getByTestId('save-warning').count();
  const size = await page.evaluate((id) => localStorage.getItem(`bulletin-board/v1/copy/${id}`)?.length ?? 0, id);
  await page.reload();
  await page.waitForFunction((n) => document.querySelector('[data-testid=result-count]')?.textContent === String(n), n, { timeout: 60000 });
  const open = await page.evaluate(() => ['copy:read', 'copy:open'].map((k) => performance.getEntriesByName(k)[0]?.duration ?? NaN));
  console.log(
    `| ${n} | ${save[0].toFixed(1)} ms | ${open[0].toFixed(1)} ms | ${Number.isNaN(open[1]) ? '—' : `${open[1].toFixed(1)} ms`} | ${size} | ${warning ? '存储已满，显示警告' : '已保存'} |`,
  );
  await context.close();
}
await browser.close();
server.close();
