// Benchmark (not a test): the user's copy in the browser's real store (IndexedDB), for the
// bundled bulletin and synthetic ones of 1,000 and 20,000 projects, in headless Chromium,
// release build. For each it prints, as medians of ROUNDS:
// - save: from the click on 保存 in the project editor until the save state, having said
//   正在保存, says 已保存到本浏览器 — which the page says only once the store's transaction
//   has committed (the step applied and painted, the copy serialised, written, committed);
//   each round edits another project's note. Beside it the app's `copy:serialize` entry
//   (and, under the table, `copy:changes`: the change list, also worked out on the way).
// - reopen: a reload, from navigation until the save state first says 已保存到本浏览器, i.e.
//   the stored copy has been read and opened and the board shows it (for `?src=` this
//   includes fetching and reading the site file). Beside it the app's `copy:open` entry
//   (parsing the stored text and checking it against the original) and, for `?src=`,
//   `src:parse`.
// - the stored size: every record the store holds for the bulletin (its copy's text, head
//   and revision record), read with IndexedDB in the page, after the ROUNDS edits.
// Prints a markdown table; a bulletin that cannot be measured gets a row saying why.
// Usage: trunk build --release && node scripts/bench-storage.mjs [rounds=5]
import { countIs, launch, serve, syntheticFixtures } from '../tests/e2e/browser.mjs';
import { storedSizes } from '../tests/e2e/store.mjs';

const ROUNDS = Number(process.argv[2] ?? 5);
const BULLETINS = [
  [17, ''],
  [1000, '?src=fixtures/synthetic-1000.json'],
  [20000, '?src=fixtures/synthetic-20000.json'],
];
const TIMEOUT = 120000;

const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : NaN);
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : '—');
const num = (x) => x.toLocaleString('en');
const entries = (page, name) => page.evaluate((name) => performance.getEntriesByName(name).map((e) => e.duration), name);

/** In every page of the context: when the save state first says 已保存到本浏览器 (ms since navigation). */
function watchOpened() {
  window.__opened = null;
  const observer = new MutationObserver(() => {
    if (document.querySelector('[data-testid=save-state]')?.textContent.startsWith('已保存到本浏览器')) {
      window.__opened = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, characterData: true, subtree: true });
}

/** Clicks 保存 in the open project editor; resolves to the ms until the store has committed. */
function timedSave(page) {
  return page.evaluate(
    (timeout) =>
      new Promise((resolve, reject) => {
        const state = () => document.querySelector('[data-testid=save-state]')?.textContent ?? '';
        let saving = false;
        const observer = new MutationObserver(() => {
          if (state().startsWith('正在保存')) saving = true;
          else if (saving && state().startsWith('已保存到本浏览器')) {
            observer.disconnect();
            resolve(performance.now() - t0);
          } else if (saving) {
            observer.disconnect();
            reject(new Error(`not saved: ${state()}`));
          }
        });
        observer.observe(document.body, { childList: true, characterData: true, subtree: true });
        setTimeout(() => reject(new Error(`still “${state()}” after ${timeout} ms`)), timeout);
        const t0 = performance.now();
        document.querySelector('[data-testid=save-project]').click();
      }),
    TIMEOUT,
  );
}

async function measure(browser, url, n) {
  const context = await browser.newContext();
  await context.addInitScript(watchOpened);
  const errors = [];
  try {
    const page = await context.newPage();
    await page.goto(url);
    await countIs(page, n, { timeout: TIMEOUT });
    await page.waitForTimeout(n > 5000 ? 1500 : 300);
    const saves = [];
    for (let round = 0; round < ROUNDS; round++) {
      await page.getByTestId('edit-project').nth(round).click();
      const editor = page.getByTestId('project-editor');
      await editor.locator('textarea[name=note]').fill(`基准测试 ${round}`);
      saves.push(await timedSave(page));
      await editor.waitFor({ state: 'detached' });
      // The change list and the like, worked out after the save, settle before the next round.
      await page.waitForTimeout(n > 5000 ? 1500 : 300);
    }
    const serialize = await entries(page, 'copy:serialize');
    const changes = await entries(page, 'copy:changes');
    const warning = await page.getByTestId('save-warning').count();
    const sizes = await storedSizes(page);
    const copy = sizes.find((s) => s.store === 'texts' && s.key.includes('/copy/'));
    const total = sizes.reduce((sum, s) => ({ chars: sum.chars + s.chars, bytes: sum.bytes + s.bytes }), { chars: 0, bytes: 0 });
    const opens = [];
    const copyOpen = [];
    const srcParse = [];
    for (let round = 0; round < ROUNDS; round++) {
      await page.reload();
      await page.waitForFunction(() => window.__opened !== null, null, { timeout: TIMEOUT });
      await countIs(page, n, { timeout: TIMEOUT });
      const note = await page.getByTestId('project-row').nth(ROUNDS - 1).locator('td.note').textContent();
      if (note !== `基准测试 ${ROUNDS - 1}`) throw new Error(`the reopened copy shows “${note}”`);
      opens.push(await page.evaluate(() => window.__opened));
      copyOpen.push(...(await entries(page, 'copy:open')));
      srcParse.push(...(await entries(page, 'src:parse')));
      await page.waitForTimeout(n > 5000 ? 1500 : 300);
    }
    return {
      save: median(saves),
      saveRange: [Math.min(...saves), Math.max(...saves)],
      serialize: median(serialize),
      changes: median(changes),
      open: median(opens),
      openRange: [Math.min(...opens), Math.max(...opens)],
      copyOpen: median(copyOpen),
      srcParse: median(srcParse),
      copy,
      total,
      records: sizes.length,
      result: warning ? '存储已满，显示警告' : '已保存',
    };
  } catch (e) {
    return { failed: e.message.split('\n')[0] };
  } finally {
    await context.close().catch((e) => errors.push(e.message));
    if (errors.length) console.error(`${url}: ${errors.join('\n')}`);
  }
}

await syntheticFixtures({ 'synthetic-1000.json': [1000, 42], 'synthetic-20000.json': [20000, 42] });
const { server, url } = await serve();
const browser = await launch();
const rows = [];
for (const [n, query] of BULLETINS) rows.push([n, query, await measure(browser, url + query, n)]);
await browser.close();
server.close();

console.log(`IndexedDB store, release build, headless Chromium; medians of ${ROUNDS} saves and ${ROUNDS} reloads each.\n`);
console.log('| 项目数 | 保存一处修改（点击到提交） | 其中序列化（copy:serialize） | 重新打开（导航到显示保存的副本） | 其中打开副本（copy:open） | 其中读取网站文件（src:parse） | 副本文本（UTF-16 字符 / UTF-8 字节） | 全部记录（条数，UTF-8 字节） | 结果 |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---|');
const notes = [];
for (const [n, query, r] of rows) {
  const label = `${num(n)}${query ? '' : '（内置）'}`;
  if (r.failed) {
    console.log(`| ${label} | — | — | — | — | — | — | — | 未能测量：${r.failed.replaceAll('|', '\\|')} |`);
    continue;
  }
  console.log(
    `| ${label} | ${ms(r.save)} (${r.saveRange.map((x) => x.toFixed(0)).join('–')}) | ${ms(r.serialize)} | ${ms(r.open)} (${r.openRange.map((x) => x.toFixed(0)).join('–')}) | ${ms(r.copyOpen)} | ${query ? ms(r.srcParse) : '—'} | ${r.copy ? `${num(r.copy.chars)} / ${num(r.copy.bytes)}` : '—'} | ${r.records}，${num(r.total.bytes)} | ${r.result} |`,
  );
  notes.push(`${num(n)}: ${ms(r.changes)}`);
}
console.log(`\nAlso in each save (median): working out the change list (copy:changes), ${notes.join('; ')}.`);
