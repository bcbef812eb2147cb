// End to end: the page's own words in English (`?lang=en` or the switch, remembered), the
// bulletin's own text as written, and the address keeping the language.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, bundledBulletin, countIs, editFirstNote, useBrowser } from './browser.mjs';
import { fullable, setFull } from './store.mjs';

const t = useBrowser();
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

/** Every text of the bulletin's data, longest first, so that names inside names go too. */
function dataTexts(bulletin) {
  const texts = new Set();
  const walk = (v) => {
    if (typeof v === 'string') texts.add(v.trim());
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(bulletin);
  return [...texts].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
}

/** The texts of the toolbar, headings, legends and buttons that still have Han characters
 * once the bulletin's own words are taken out. */
async function hanOutsideData(page, data) {
  const texts = await page.evaluate(() => {
    const selector = '.edit-bar, h1, h2, h3, h4, caption, th, summary, legend, .chart-legend, button, label.button-like';
    return [...document.querySelectorAll(selector)]
      // The switch names each language in itself, marked as such.
      .filter((el) => !el.closest('[lang]:not(html)') || el.closest('[lang]:not(html)').lang.startsWith('en'))
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const copy = el.cloneNode(true);
        copy.querySelectorAll('[lang]').forEach((x) => { if (!x.lang.startsWith('en')) x.remove(); });
        return copy.textContent;
      });
  });
  return texts
    .map((text) => data.reduce((t, d) => t.split(d).join(' '), text))
    .filter((text) => HAN.test(text));
}

describe('English', () => {
  test('?lang=en: no Chinese of the page\'s own in the toolbar, headings, legends and buttons', async () => {
    const data = dataTexts(await bundledBulletin());
    const { page, context } = await t.open('?lang=en');
    await countIs(page, 17);
    await page.locator('.chart-legend').first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    const left = await hanOutsideData(page, data);
    assert.deepEqual(left, [], `Chinese left in English: ${JSON.stringify(left.slice(0, 20), null, 1)}`);
    // A card's count under its label, with no caption's unit after it (“17 number”).
    assert.match(await page.getByTestId('kpi-items').textContent(), /^\s*50\s*$/);
    // The bulletin's own words are shown as written.
    assert.match(await page.locator('h1').textContent(), HAN);
    // No catalogue call written as text in a view instead of being called.
    for (const lang of ['en', 'zh']) {
      await page.goto(new URL(`./?lang=${lang}`, page.url()).href);
      await countIs(page, 17);
      const code = await page.evaluate(() => document.body.textContent.match(/\w+ ?:: ?\w+|\.say\(\)/g));
      assert.equal(code, null, `${lang}: ${code}`);
    }
    await context.close();
  });

  test('the switch opens the page in English, remembers it, and filters keep the language', async () => {
    const { page, context } = await t.open();
    await countIs(page, 17);
    assert.equal(await page.getByTestId('export-json').textContent(), '导出 JSON');
    await Promise.all([page.waitForEvent('load'), page.locator('[data-testid=language-switch] [data-lang=en]').click()]);
    await countIs(page, 17);
    assert.equal(await page.getByTestId('export-json').textContent(), 'Export JSON');
    assert.equal(await page.locator('[data-lang=en]').getAttribute('aria-pressed'), 'true');
    // Filtering rewrites the address: the language stays in it.
    await page.getByTestId('filter-sector').locator('input[value=transport]').check();
    await countIs(page, 5);
    assert.equal(new URL(page.url()).searchParams.get('lang'), 'en');
    // Remembered: the plain address opens in English too.
    await page.goto(new URL('./', page.url()).href);
    await countIs(page, 17);
    assert.equal(await page.getByTestId('export-json').textContent(), 'Export JSON');
    // And back.
    await Promise.all([page.waitForEvent('load'), page.locator('[data-testid=language-switch] [data-lang=zh]').click()]);
    await countIs(page, 17);
    assert.equal(await page.getByTestId('export-json').textContent(), '导出 JSON');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
    await context.close();
  });

  test('the review of a draft names its records and fields in English, the notice\'s words as written', async () => {
    const notice = await readFile(join(ROOT, 'docs/source/bulletin-2023-h1.zh-Hans.txt'), 'utf8');
    const { page, context, problems } = await t.open('?lang=en');
    await countIs(page, 17);
    await page.getByTestId('new-bulletin').click();
    const dialog = page.getByTestId('new-bulletin-dialog');
    await dialog.getByTestId('draft-text').fill(notice);
    await dialog.getByTestId('draft-read').click();
    await page.locator('[data-testid=draft-review][aria-busy=false]').waitFor({ timeout: 30000 });
    const named = await page.getByTestId('draft-review').evaluate((r) => ({
      // A record's heading ends with its own name, quoted: Sector 3 “就业创业”.
      groups: [...r.querySelectorAll('.draft-group h3')].map((h) => h.textContent.replace(/ “.*$/s, '')),
      labels: [...r.querySelectorAll('.draft-label')].map((l) => l.textContent),
      missing: [...r.querySelectorAll('.draft-missing .draft-shown')].map((s) => s.textContent),
    }));
    assert.ok(named.groups.length > 5 && named.labels.length > 20, JSON.stringify(named).slice(0, 200));
    assert.ok(named.groups.includes('Bulletin details'), named.groups.join(' | '));
    assert.deepEqual(named.groups.filter((g) => HAN.test(g)), []);
    assert.deepEqual(named.labels.filter((l) => HAN.test(l)), []);
    assert.ok(named.missing.length > 0);
    assert.deepEqual(named.missing.filter((m) => !['Not reported', 'Not stated'].includes(m)), []);
    // What was read is said in English too (the worker is told the page's language).
    assert.match(await page.locator('#draft-review-note').textContent(), /^The pasted text is read: \d+ characters/);
    // The notice's own sentences are quoted as written.
    assert.match(await page.getByTestId('draft-source').first().textContent(), HAN);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a save that cannot happen is said in English, lastingly, and the edit stays', async () => {
    const context = await t.context({ init: fullable });
    const page = await t.tab(context, '?lang=en');
    await setFull(page, true);
    await editFirstNote(page, '存储已满时的修改');
    const warning = await page.getByTestId('save-warning').textContent();
    assert.match(warning, /^Edits could not be saved in the browser: .*Export JSON/);
    assert.doesNotMatch(warning, HAN);
    assert.equal(await page.getByTestId('project-row').first().locator('td.note').textContent(), '存储已满时的修改');
    await setFull(page, false);
    await editFirstNote(page, '存储恢复后的修改');
    await page.getByTestId('save-warning').waitFor({ state: 'detached' });
    await context.close();
  });
});
