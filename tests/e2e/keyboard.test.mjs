// End to end: the page by keyboard alone — the skip link to the ledger, each chart one tab
// stop with the arrow keys between its bars, Enter and Space filtering with the focus kept
// on the bar, bars of zero never focused, and dialogs that keep the focus inside, close on
// Escape and give it back to what opened them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countIs, useBrowser } from './browser.mjs';

const t = useBrowser();

const chart = (page, id) => page.locator(`[data-chart=${id}]`);
const bar = (page, id, category) => chart(page, id).locator(`[data-category="${category}"][tabindex]`);
const waitForCharts = (page) => page.waitForSelector('[data-chart=statuses] svg [data-category]', { state: 'attached' });

/** What has the focus: its chart, its bar's category, its test id, whether it is in a dialog. */
const focused = (page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    return {
      chart: a.closest('[data-chart]')?.dataset.chart ?? null,
      category: a.dataset?.category ?? null,
      testId: a.dataset?.testid ?? null,
      tag: a.tagName,
      inDialog: a.closest('[role=dialog]')?.dataset.testid ?? null,
    };
  });

/** Focuses what comes just before chart `id`'s bars (its description), so that Tab enters them. */
const justBefore = (page, id) =>
  chart(page, id).locator('.chart-description').evaluate((el) => {
    el.tabIndex = -1;
    el.focus();
  });

/** The categories of chart `id` whose bar is its tab stop (tabindex 0). */
const tabStops = (page, id) =>
  chart(page, id).locator('[data-category][tabindex="0"]').evaluateAll((els) => els.map((e) => e.dataset.category));

describe('keyboard', () => {
  test('the skip link is the first Tab stop, shows when focused and takes Enter to the ledger search', async (ctx) => {
    const { page, context } = await t.open();
    await waitForCharts(page);
    let presses = 0;
    while (presses < 10 && (await focused(page)).testId !== 'skip-link') {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    assert.equal((await focused(page)).testId, 'skip-link', `not reached in ${presses} presses`);
    assert.equal(presses, 1, 'first in the tab order');
    const link = page.getByTestId('skip-link');
    assert.equal((await link.textContent()).trim(), '跳到项目台账');
    const box = await link.boundingBox();
    assert.ok(box && box.y >= 0 && box.width > 20, `shown while focused: ${JSON.stringify(box)}`);
    await page.keyboard.press('Enter');
    assert.equal((await focused(page)).testId, 'filter-search');
    // Typing goes straight into the search.
    await page.keyboard.type('停车');
    await countIs(page, 2);
    // Without the focus it is out of sight.
    await page.keyboard.press('Shift+Tab');
    const hidden = await link.boundingBox();
    assert.ok(hidden.y + hidden.height <= 0, `hidden when not focused: ${JSON.stringify(hidden)}`);
    // For the record: how far the search is by Tab alone, each chart one stop.
    await t.show(page);
    let walked = 0;
    while (walked < 200 && (await focused(page)).testId !== 'filter-search') {
      await page.keyboard.press('Tab');
      walked += 1;
    }
    ctx.diagnostic(`the ledger search is ${walked} Tab presses from the top without the skip link`);
    await context.close();
  });

  test('each chart is one tab stop; arrow keys, Home and End move between its bars; Tab leaves it', async () => {
    const { page, context } = await t.open();
    await waitForCharts(page);
    // One stop per chart, before any key is pressed; the progress chart has one per sector,
    // not one for each of its two bars.
    for (const id of ['investment', 'progress', 'items', 'problem-types', 'statuses']) {
      assert.equal((await tabStops(page, id)).length, 1, id);
    }
    assert.equal(await chart(page, 'progress').locator('[data-category][tabindex]').count(), 8);
    assert.equal(await chart(page, 'progress').locator('[data-category]').count(), 16);

    await justBefore(page, 'investment');
    await page.keyboard.press('Tab');
    assert.deepEqual(await focused(page), { chart: 'investment', category: '教育惠民', testId: null, tag: 'rect', inDialog: null });
    const moves = [
      ['ArrowDown', '卫生健康'],
      ['ArrowRight', '交通出行'],
      ['ArrowUp', '卫生健康'],
      ['ArrowLeft', '教育惠民'],
      ['ArrowUp', '教育惠民'], // stays at the top
      ['End', '文体生活'],
      ['ArrowDown', '文体生活'], // stays at the bottom
      ['Home', '教育惠民'],
      ['ArrowDown', '卫生健康'],
    ];
    for (const [key, category] of moves) {
      await page.keyboard.press(key);
      assert.equal((await focused(page)).category, category, `after ${key}`);
      assert.deepEqual(await tabStops(page, 'investment'), [category], `the tab stop moves with ${key}`);
    }
    // The tooltip follows the focus.
    assert.match(await page.locator('.chart-tip').textContent(), /^卫生健康：完成投资 4\.2 亿元/);
    // Arrow keys do not scroll the page while a bar has the focus.
    const scrolled = await page.evaluate(() => scrollY);
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => scrollY), scrolled);

    // One Tab leaves the chart's bars: the next stop is the card's data table.
    await page.keyboard.press('Tab');
    const after = await focused(page);
    assert.equal(after.category, null, `left the bars: ${JSON.stringify(after)}`);
    assert.equal(after.tag, 'SUMMARY');
    assert.equal(after.chart, 'investment');
    // Coming back, the chart's stop is its first bar again (nothing is selected).
    await page.keyboard.press('Shift+Tab');
    assert.equal((await focused(page)).category, '教育惠民');

    // In the progress chart the arrow goes to the next sector, not to the schedule's bar.
    await justBefore(page, 'progress');
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).category, '教育惠民');
    await page.keyboard.press('ArrowDown');
    assert.equal((await focused(page)).category, '卫生健康');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.series), '完成年度计划');
    await context.close();
  });

  test('Enter filters the ledger and the focus stays on the bar; Enter again clears; Space too', async () => {
    const { page, context } = await t.open();
    await waitForCharts(page);
    await justBefore(page, 'investment');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal((await focused(page)).category, '交通出行');
    await page.keyboard.press('Enter');
    await countIs(page, 5);
    assert.deepEqual(await focused(page), { chart: 'investment', category: '交通出行', testId: null, tag: 'rect', inDialog: null });
    assert.equal(await bar(page, 'investment', '交通出行').getAttribute('aria-pressed'), 'true');
    assert.deepEqual(await tabStops(page, 'investment'), ['交通出行']);
    // The next Tab goes on from the bar, not back to the chart's first bar.
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).category, null);
    // Back into the chart, the selected bar is its stop.
    await page.keyboard.press('Shift+Tab');
    assert.equal((await focused(page)).category, '交通出行');
    await page.keyboard.press('Enter');
    await countIs(page, 17);
    assert.equal((await focused(page)).category, '交通出行');
    assert.equal(await bar(page, 'investment', '交通出行').getAttribute('aria-pressed'), 'false');
    await page.keyboard.press(' ');
    await countIs(page, 5);
    assert.equal((await focused(page)).category, '交通出行');
    await page.keyboard.press(' ');
    await countIs(page, 17);
    assert.equal((await focused(page)).category, '交通出行');

    // In a chart that filters by problem type, the same.
    await justBefore(page, 'problem-types');
    await page.keyboard.press('Tab');
    const first = (await focused(page)).category;
    assert.equal((await focused(page)).chart, 'problem-types');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid=result-count]')?.textContent !== '17');
    assert.deepEqual(await focused(page), { chart: 'problem-types', category: first, testId: null, tag: 'rect', inDialog: null });
    await context.close();
  });

  test('a chart drawn again (the window resized) keeps the focus on the bar of the same category', async () => {
    const { page, context } = await t.open();
    await waitForCharts(page);
    await justBefore(page, 'investment');
    await page.keyboard.press('Tab');
    await page.keyboard.press('End');
    const before = await chart(page, 'investment').locator('svg').evaluate((svg) => {
      svg.dataset.old = '1';
      return svg.getAttribute('width');
    });
    await page.setViewportSize({ width: 900, height: 720 });
    await page.waitForFunction(() => !document.querySelector('[data-chart=investment] svg')?.dataset.old);
    assert.notEqual(await chart(page, 'investment').locator('svg').getAttribute('width'), before);
    assert.deepEqual(await focused(page), { chart: 'investment', category: '文体生活', testId: null, tag: 'rect', inDialog: null });
    assert.deepEqual(await tabStops(page, 'investment'), ['文体生活']);
    await context.close();
  });

  test('bars of zero take no focus and are not read out; every chart keeps one stop', async () => {
    // Under 教育惠民 two problem types have no project.
    const { page, context } = await t.open('?sector=education');
    await waitForCharts(page);
    const bars = await page.locator('.charts svg [data-category]').evaluateAll((els) =>
      els.map((e) => ({
        chart: e.closest('[data-chart]').dataset.chart,
        category: e.dataset.category,
        value: Number(e.dataset.value),
        tabindex: e.getAttribute('tabindex'),
        hidden: e.getAttribute('aria-hidden'),
        role: e.getAttribute('role'),
      })),
    );
    const zero = bars.filter((b) => b.value === 0);
    assert.ok(zero.length >= 2, `some bar of zero to look at: ${JSON.stringify(bars.map((b) => [b.chart, b.category, b.value]))}`);
    for (const b of zero) {
      assert.equal(b.tabindex, null, `${b.chart} ${b.category} is not focusable`);
      assert.equal(b.hidden, 'true', `${b.chart} ${b.category} is not read out`);
      assert.equal(b.role, null);
    }
    for (const id of [...new Set(bars.map((b) => b.chart))]) {
      assert.equal(bars.filter((b) => b.chart === id && b.tabindex === '0').length, 1, `${id}: one stop`);
    }
    // The arrows skip them.
    const types = bars.filter((b) => b.chart === 'problem-types');
    const reachable = types.filter((b) => b.tabindex !== null).map((b) => b.category);
    await justBefore(page, 'problem-types');
    await page.keyboard.press('Tab');
    const visited = [(await focused(page)).category];
    for (let k = 1; k < types.length; k++) {
      await page.keyboard.press('ArrowDown');
      visited.push((await focused(page)).category);
    }
    assert.deepEqual([...new Set(visited)], reachable);
    await context.close();
  });

  test('each chart has a summary sentence tied to its bars', async () => {
    const { page, context } = await t.open();
    await waitForCharts(page);
    const group = chart(page, 'progress').locator('.chart-svg');
    const id = await group.getAttribute('aria-describedby');
    assert.ok(id);
    const summary = await page.locator(`[id="${id}"]`).textContent();
    assert.equal(
      summary,
      '图中有 8 个领域，其中 4 个投资超序时、4 个投资基本达序时；完成年度计划最高的是生态治理（79.5%），最低的是宜居环境（41.4%）；序时进度均为 50%。未报告：就业创业、社会保障。',
    );
    // Read by screen readers, not shown.
    const box = await page.locator(`[id="${id}"]`).boundingBox();
    assert.ok(box.width <= 1 && box.height <= 1, JSON.stringify(box));
    // It follows the filter: the status chart counts what the other filters leave.
    const statuses = () => page.locator(`[id="${'chart-statuses-summary'}"]`).textContent();
    assert.equal(await statuses(), '图中有 2 种状态；项目最多的是存在困难（13 个），最少的是推进滞后（4 个）。');
    await bar(page, 'investment', '交通出行').click();
    await countIs(page, 5);
    assert.notEqual(await statuses(), '图中有 2 种状态；项目最多的是存在困难（13 个），最少的是推进滞后（4 个）。');
    await context.close();
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`every Tab stop of the page shows the focus, at 3:1 or more against its background (${colorScheme})`, async (ctx) => {
      const { page, context } = await t.open('', { colorScheme });
      await waitForCharts(page);
      const stops = [];
      for (let k = 0; k < 400; k++) {
        await page.keyboard.press('Tab');
        const f = await page.evaluate(() => {
          const a = document.activeElement;
          if (!a || a === document.body) return null;
          const rgb = (c) => (c.match(/[\d.]+/g) ?? []).map(Number);
          const lum = ([r, g, b]) =>
            [r, g, b].map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
          const contrast = (x, y) => {
            const [l1, l2] = [lum(rgb(x)), lum(rgb(y))].sort((p, q) => q - p);
            return (l1 + 0.05) / (l2 + 0.05);
          };
          const background = (el) => {
            for (let e = el; e; e = e.parentElement) {
              const c = getComputedStyle(e).backgroundColor;
              const [, , , alpha = 1] = rgb(c);
              if (alpha > 0.5 && rgb(c).length >= 3) return c;
            }
            return getComputedStyle(document.documentElement).backgroundColor;
          };
          const name = a.dataset?.testid ?? a.dataset?.category ?? `${a.tagName} ${(a.getAttribute('aria-label') ?? a.textContent ?? '').trim().slice(0, 24)}`;
          let ring;
          let behind;
          if (a instanceof SVGElement) {
            const s = getComputedStyle(a);
            ring = s.stroke !== 'none' && parseFloat(s.strokeWidth) >= 2 ? s.stroke : null;
            behind = background(a.closest('.chart-svg'));
          } else {
            // A visually hidden control (a file input) shows its focus on the label around it.
            const shown = a.getBoundingClientRect().width <= 1 ? (a.closest('.button-like, label') ?? a) : a;
            const s = getComputedStyle(shown);
            ring = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 ? s.outlineColor : null;
            behind = background(shown.parentElement ?? shown);
          }
          return { name, ring, ratio: ring ? contrast(ring, behind) : 0 };
        });
        if (!f || (stops.length > 0 && f.name === stops[0].name)) break;
        stops.push(f);
      }
      ctx.diagnostic(`${stops.length} Tab stops (${colorScheme})`);
      assert.ok(stops.length > 30, `${stops.length} stops`);
      const unseen = stops.filter((s) => !s.ring || s.ratio < 3);
      assert.deepEqual(unseen, [], 'a visible focus on every stop');
      await context.close();
    });
  }

  test('the editor keeps the focus inside, closes on Escape and gives the focus back to its opener', async () => {
    const { page, context } = await t.open();
    const opener = page.getByTestId('edit-project').first();
    await opener.evaluate((el) => {
      el.dataset.opener = 'yes';
      el.focus();
    });
    await page.keyboard.press('Enter');
    const editor = page.getByTestId('project-editor');
    await editor.waitFor();
    assert.equal((await focused(page)).inDialog, 'project-editor', 'the focus moves into the dialog');
    // The page behind cannot be reached.
    assert.equal(await page.locator('main.board').evaluate((el) => el.inert), true, 'the board is inert');
    assert.equal(await page.locator('.edit-bar').evaluate((el) => el.closest('[inert]') !== null), true, 'the toolbar is inert');
    for (let k = 0; k < 30; k++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      assert.equal(f.inDialog, 'project-editor', `Tab ${k + 1}: ${JSON.stringify(f)}`);
    }
    for (let k = 0; k < 30; k++) {
      await page.keyboard.press('Shift+Tab');
      const f = await focused(page);
      assert.equal(f.inDialog, 'project-editor', `Shift+Tab ${k + 1}: ${JSON.stringify(f)}`);
    }
    // From the last to the first and back, exactly.
    const ends = () =>
      editor.evaluate((d) => {
        const all = [...d.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
          .filter((e) => e.tabIndex >= 0 && !e.disabled && (e.offsetWidth > 0 || e.offsetHeight > 0));
        all.at(-1).dataset.end = 'last';
        all[0].dataset.end = 'first';
      });
    await ends();
    await editor.locator('[data-end=last]').focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.end), 'first');
    await page.keyboard.press('Shift+Tab');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.end), 'last');

    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement.dataset.opener), 'yes', 'back on the row’s 编辑');
    assert.equal(await page.locator('main.board').evaluate((el) => el.inert), false, 'the board is live again');
    assert.equal(await page.locator('[inert]').count(), 0);
    await context.close();
  });

  for (const [what, openerId, dialogId] of [
    ['the 通报文稿 (a printable dialog)', 'show-report', 'report-view'],
    ['a row’s 督办单', 'print-dubandan', 'dubandan'],
    ['the bulletin list', 'switch-bulletin', 'bulletin-list'],
  ]) {
    test(`${what} keeps the focus inside too, and gives it back on Escape`, async () => {
      const { page, context } = await t.open();
      await page.getByTestId(openerId).first().focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByTestId(dialogId);
      await dialog.waitFor();
      // Its contents may come a moment later (the report worker writes the 通报文稿).
      await page.waitForFunction((id) => document.querySelector(`[data-testid=${id}]`)?.contains(document.activeElement), dialogId);
      for (let k = 0; k < 20; k++) {
        await page.keyboard.press(k % 2 ? 'Shift+Tab' : 'Tab');
        await page.keyboard.press('Tab');
        assert.equal((await focused(page)).inDialog, dialogId, `press ${k + 1}`);
      }
      assert.equal(await page.locator('main.board').evaluate((el) => el.inert), true);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      assert.equal((await focused(page)).testId, openerId);
      assert.equal(await page.locator('[inert]').count(), 0);
      await context.close();
    });
  }

  test('the bulletin editor, opened from the header, does the same', async () => {
    const { page, context } = await t.open();
    const opener = page.getByTestId('edit-bulletin');
    await opener.focus();
    await page.keyboard.press('Enter');
    const editor = page.getByTestId('record-editor');
    await editor.waitFor();
    for (let k = 0; k < 30; k++) {
      await page.keyboard.press('Tab');
      assert.equal((await focused(page)).inDialog, 'record-editor', `Tab ${k + 1}`);
    }
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });
    assert.equal((await focused(page)).testId, 'edit-bulletin');
    await context.close();
  });
});
