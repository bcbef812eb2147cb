// End to end: the board on a phone (320 × 640 and 375 × 667). The first screen says how
// things stand, nothing scrolls sideways (dialogs and the supervision sections included),
// the ledger is a list of labelled cards (fixed-height ones when it is virtual), the facets
// are in a 筛选 drawer, no sticky bar takes more than 15 % of the height, and no label is
// squeezed to a character a line. A wide screen keeps its table and facets.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bundledBulletin, countIs, jsonFile, repeatProjects, useBrowser } from './browser.mjs';

const t = useBrowser(async () => {
  // The first project with an owner, a deadline and a follow-up, for its card's labels.
  const bulletin = await bundledBulletin();
  Object.assign(bulletin.projects[0], {
    owner: '张明',
    deadline: '2023-08-31',
    follow_ups: [{ date: '2023-07-05', text: '现场督办资金拨付', by: '市督查室' }],
  });
  // 300 projects for a virtual ledger, each with every field a card can show.
  const many = repeatProjects(structuredClone(bulletin), 300, 3);
  for (const p of many.projects) {
    const { owner, deadline, follow_ups } = bulletin.projects[0];
    Object.assign(p, { owner, deadline, follow_ups, note: p.note || '需协调市财政局尽快拨付第二批资金' });
    p.figures = { planned_investment: 12.5, completed_investment: 4.25, plan_pct: 34, progress_pct: 40 };
  }
  return { 'phone.json': JSON.stringify(bulletin), 'many.json': JSON.stringify(many) };
});

const PHONES = [
  { width: 320, height: 640 },
  { width: 375, height: 667 },
];
const shot = (page, name) => page.screenshot({ path: `/tmp/phone-${name}.png` });
const count = async (page) => Number(await page.getByTestId('result-count').textContent());

/** The page's width against what it scrolls to, and what sticks out past the right edge. */
const sideways = (page) =>
  page.evaluate(() => {
    const root = document.documentElement;
    const scrolls = (e) => {
      for (let p = e.parentElement; p; p = p.parentElement) {
        if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(p).overflowX)) return true;
      }
      return false;
    };
    const out = [...document.body.querySelectorAll('*')]
      .filter((e) => e.getBoundingClientRect().right > root.clientWidth + 1 && !scrolls(e))
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, out };
  });

async function noSideways(page, where) {
  const s = await sideways(page);
  assert.ok(s.scrollWidth <= s.clientWidth, `${where}: the page scrolls sideways (${s.scrollWidth} > ${s.clientWidth}): ${s.out}`);
}

/** An open dialog fits the screen and does not scroll sideways inside. */
async function dialogFits(page, testId) {
  const d = await page.getByTestId(testId).evaluate((d) => {
    const r = d.getBoundingClientRect();
    return { left: r.left, right: r.right, scrollWidth: d.scrollWidth, clientWidth: d.clientWidth, width: innerWidth };
  });
  assert.ok(d.left >= 0 && d.right <= d.width, `${testId} is off the screen: ${JSON.stringify(d)}`);
  assert.ok(d.scrollWidth <= d.clientWidth, `${testId} scrolls sideways: ${JSON.stringify(d)}`);
}

/** Elements fixed or sticky on the page, each with the share of the height it takes. */
const stuck = (page) =>
  page.evaluate(() =>
    [...document.body.querySelectorAll('*')]
      .filter((e) => ['sticky', 'fixed'].includes(getComputedStyle(e).position) && e.getClientRects().length > 0)
      .map((e) => ({ what: `${e.tagName.toLowerCase()}.${e.className}`, share: Math.min(e.getBoundingClientRect().height, innerHeight) / innerHeight })),
  );

async function noTallStickyBar(page, where) {
  for (const s of await stuck(page)) {
    assert.ok(s.share <= 0.15, `${where}: ${s.what} covers ${Math.round(s.share * 100)} % of the height`);
  }
}

/**
 * Labels (buttons, badges, headings, summaries, tags…) and table cells squeezed so that they
 * wrap about one character a line: over two lines, fewer than two characters a line. Lines are told apart
 * by the tops of their text's boxes.
 */
const squeezed = (page, within = 'body') =>
  page.evaluate((within) => {
    const labels = document.querySelector(within).querySelectorAll(
      'button, summary, .badge, .tag, th, td, legend, label, a, .kpi-label, .facet-label, .status-count',
    );
    const found = [];
    for (const el of labels) {
      if (el.getClientRects().length === 0) continue;
      const text = el.textContent.replace(/\s/g, '');
      const tops = new Set();
      const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const r of range.getClientRects()) if (r.width > 0) tops.add(Math.round(r.top / 4));
      }
      const lines = tops.size;
      if (text.length >= 2 && lines > 2 && text.length / lines < 2) {
        found.push(`${el.tagName.toLowerCase()}.${el.className} “${text.slice(0, 12)}” in ${lines} lines`);
      }
    }
    return found;
  }, within);

async function noSqueezedLabels(page, where, within) {
  assert.deepEqual(await squeezed(page, within), [], `${where}: labels a character a line`);
}

for (const viewport of PHONES) {
  const size = `${viewport.width}×${viewport.height}`;
  const open = (path = '', options = {}) => t.open(path, { viewport, ...options });

  describe(`on a phone, ${size}`, () => {
    test('the first screen says how things stand: the counts, 序时, the sectors that lag', async () => {
      const { page, context, problems } = await open();
      await shot(page, `${viewport.width}-first-screen`);
      const box = async (testId) => (await page.getByTestId(testId).boundingBox()) ?? { y: Infinity, height: 0 };
      const headline = await box('status-headline');
      assert.ok(headline.y + headline.height <= viewport.height, `status headline ends at ${headline.y + headline.height}`);
      const headlineText = await page.getByTestId('status-headline').textContent();
      assert.match(headlineText, /50 件民生实事中 48 件按序时、2 件未达序时/);
      assert.match(headlineText, /完成年度计划 60%，序时进度 50%/);
      const lagging = await box('lagging-sectors');
      assert.ok(lagging.y + lagging.height <= viewport.height, `the lagging sectors end at ${lagging.y + lagging.height}`);
      assert.match(await page.getByTestId('lagging-sectors').textContent(), /未达序时 宜居环境、生态治理/);
      // The figures follow on the same screen.
      assert.ok((await box('kpi-items')).y < viewport.height);
      // The opening paragraph is folded, but there (for print, and one tap away).
      const fold = page.locator('details.preamble-fold');
      assert.equal(await fold.evaluate((d) => d.open), false);
      assert.equal(await page.getByTestId('preamble').isVisible(), false);
      assert.match(await page.getByTestId('preamble').textContent(), /现场推进会/);
      // The toolbar shows what comes first; the rest are behind 更多.
      assert.equal(await page.getByTestId('export-json').isVisible(), false);
      await page.getByTestId('toolbar-more').click();
      assert.equal(await page.getByTestId('export-json').isVisible(), true);
      await noSideways(page, 'the toolbar unfolded');
      await noSqueezedLabels(page, 'the toolbar unfolded', '.edit-bar');
      await fold.locator('summary').click();
      assert.equal(await page.getByTestId('preamble').isVisible(), true);
      assert.deepEqual(problems, []);
      await context.close();
    });

    test('nothing scrolls sideways, sticks over 15 % of the height or wraps a character a line', async () => {
      const { page, context } = await open();
      await noSideways(page, 'the top');
      // The toolbar unfolded: were it stuck to the top it would take a third of the screen.
      await page.getByTestId('toolbar-more').click();
      for (const section of ['.sectors', '.charts', '.ledger', '.rankings', '.sector-details', '.requirements']) {
        await page.locator(section).first().evaluate((e) => e.scrollIntoView());
        await noSideways(page, section);
        await noTallStickyBar(page, section);
      }
      // Every chart's data table, opened.
      for (const d of await page.locator('details.chart-data').all()) {
        await d.evaluate((d) => { d.open = true; });
      }
      await noSideways(page, 'the charts\' data tables');
      await noSqueezedLabels(page, 'the board');
      await page.locator('.sectors').evaluate((e) => e.scrollIntoView());
      await shot(page, `${viewport.width}-sectors`);
      await context.close();
    });

    test('in English too, whose words are longer: nothing scrolls sideways, and the 红黑榜 shows every column', async () => {
      const { page, context, problems } = await open('?lang=en');
      await page.getByTestId('toolbar-more').click();
      for (const section of ['.sectors', '.charts', '.ledger', '.rankings', '.sector-details', '.requirements']) {
        await page.locator(section).first().evaluate((e) => e.scrollIntoView());
        await noSideways(page, `English, ${section}`);
      }
      await noSqueezedLabels(page, 'the board in English');
      // Its box would scroll, hiding 逾期 (Overdue) past the edge with nothing to say so.
      for (const table of await page.getByTestId('rank-table').all()) {
        const fit = await table.evaluate((t) => [t.getBoundingClientRect().width, t.parentElement.clientWidth]);
        assert.ok(fit[0] <= fit[1] + 0.5, `a ranking ${fit[0]} px wide in a box of ${fit[1]} px`);
      }
      assert.deepEqual(problems, []);
      await context.close();
    });

    test('the sector table keeps every sector\'s two statuses on the screen', async () => {
      const { page, context } = await open();
      const rows = await page.getByTestId('sector-row').evaluateAll((rows) =>
        rows.map((r) => ({
          id: r.dataset.sectorId,
          badges: [...r.querySelectorAll('[data-grade], [data-status]')].map((b) => b.getBoundingClientRect()).map((b) => [b.left, b.right]),
          labels: [...r.querySelectorAll('td[data-label]')].map((td) => getComputedStyle(td, '::before').content),
        })),
      );
      assert.equal(rows.length, 10);
      for (const r of rows) {
        // 就业创业 and 社会保障 have no share of their plan, so no grade.
        assert.ok(r.badges.length >= 1, r.id);
        for (const [left, right] of r.badges) assert.ok(left >= 0 && right <= viewport.width, `${r.id}: a status at ${left}–${right}`);
        assert.ok(r.labels.includes('"通报所述状态"') && r.labels.includes('"占年度计划"'), `${r.id}: ${r.labels}`);
      }
      await context.close();
    });

    test('the ledger is a list of cards, each with its status and every field labelled', async () => {
      const { page, context } = await open('?src=fixtures/phone.json');
      await page.locator('.ledger').evaluate((e) => e.scrollIntoView());
      await noSideways(page, 'the ledger');
      await noTallStickyBar(page, 'the ledger');
      await shot(page, `${viewport.width}-ledger`);
      const cards = await page.getByTestId('project-row').evaluateAll((rows) =>
        rows.map((r) => {
          const box = r.getBoundingClientRect();
          const status = r.querySelector('[data-status]').getBoundingClientRect();
          return {
            id: r.dataset.projectId,
            display: getComputedStyle(r).display,
            card: [box.left, box.right],
            status: [status.left, status.right, status.width],
            labels: [...r.querySelectorAll('[data-label]')].map((e) => getComputedStyle(e, '::before').content),
            edit: r.querySelector('[data-testid=edit-project]')?.getBoundingClientRect().width ?? 0,
          };
        }),
      );
      assert.equal(cards.length, 17);
      for (const c of cards) {
        assert.notEqual(c.display, 'table-row', `${c.id} is a table row`);
        assert.ok(c.card[0] >= 0 && c.card[1] <= viewport.width, `${c.id}: card at ${c.card}`);
        const [left, right, width] = c.status;
        assert.ok(width > 30 && left >= c.card[0] && right <= c.card[1], `${c.id}: status at ${c.status}, card at ${c.card}`);
        assert.ok(c.edit > 0, `${c.id}: 编辑 shown`);
      }
      const labels = cards[0].labels.map((l) => l.replace(/^"|"$/g, ''));
      for (const label of ['所属领域', '牵头单位', '县区', '整改时限', '问题类型', '存在问题', '备注']) {
        assert.ok(labels.includes(label), `the card labels ${label}: ${labels}`);
      }
      const first = page.getByTestId('project-row').first();
      assert.match(await first.textContent(), /金山中学建设项目.*教育惠民.*赣榆区.*推进滞后.*责任人：张明.*2023-08-31.*最新督办 2023-07-05/s);
      // A card's 编辑 opens the editor, which fits the screen.
      await first.getByTestId('edit-project').click();
      await page.getByTestId('project-editor').waitFor();
      await dialogFits(page, 'project-editor');
      await noSideways(page, 'the editor open');
      await noSqueezedLabels(page, 'the editor', '[data-testid=project-editor]');
      await shot(page, `${viewport.width}-editor`);
      await context.close();
    });

    test('the 筛选 drawer opens over the page, counts the choices, filters and closes', async () => {
      const { page, context } = await open();
      const button = page.getByTestId('facets-open');
      // No column of checkboxes before the first project.
      assert.equal(await page.getByTestId('filter-sector').count(), 0);
      assert.equal(await button.textContent(), '筛选');
      await button.click();
      const drawer = page.getByTestId('facets-drawer');
      await drawer.waitFor();
      assert.equal(await drawer.getAttribute('role'), 'dialog');
      await dialogFits(page, 'facets-drawer');
      await noSqueezedLabels(page, 'the drawer', '[data-testid=facets-drawer]');
      const option = (facet, label) => drawer.getByTestId(facet).locator('label', { hasText: label }).locator('input');
      await option('filter-sector', '交通出行').check();
      assert.equal(await count(page), 5);
      assert.match(await drawer.textContent(), /符合条件的项目：5 个/);
      await option('filter-problem-type', '资金到位不及时').check();
      assert.equal(await count(page), 1);
      await shot(page, `${viewport.width}-drawer`);
      assert.deepEqual(new URL(page.url()).searchParams.getAll('sector'), ['transport']);
      // Escape closes it and gives the focus back to its button, which counts two choices.
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'detached' });
      assert.equal(await button.textContent(), '筛选（2）');
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'facets-open');
      assert.equal(await page.getByTestId('project-row').count(), 1);
      // Its close button closes it too; its clear button clears the facets.
      await button.click();
      await drawer.getByTestId('facets-close').click();
      await drawer.waitFor({ state: 'detached' });
      await button.click();
      await drawer.getByTestId('facets-clear').click();
      await countIs(page, 17);
      await drawer.getByTestId('facets-done').click();
      assert.equal(await button.textContent(), '筛选');
      await context.close();
    });

    test('a virtual ledger\'s cards are all one height, which its scrolling counts on', async () => {
      const { page, context, problems } = await open('?src=fixtures/many.json');
      await countIs(page, 300);
      const scroller = page.locator('.ledger-scroll');
      assert.equal(await scroller.evaluate((e) => e.classList.contains('virtual')), true);
      const pitch = await page.getByTestId('project-row').evaluateAll((rows) => {
        const tops = rows.map((r) => r.getBoundingClientRect().top);
        return tops.slice(1).map((top, i) => Math.round(top - tops[i]));
      });
      assert.ok(pitch.length > 2 && pitch.every((p) => p === pitch[0]), `card pitches ${pitch}`);
      // Scrolled by 100 cards, the list shows card 100 where 100 cards of that height put it:
      // the space left for the cards above is counted in the same height.
      await scroller.evaluate((e, px) => { e.scrollTop = px * 100; }, pitch[0]);
      await page.waitForFunction(() => document.querySelector('[data-project-id=p-100]'));
      await page.waitForTimeout(100);
      const place = await page.evaluate(() => {
        const list = document.querySelector('.ledger-scroll');
        const body = list.querySelector('tbody').getBoundingClientRect().top;
        const card = document.querySelector('[data-project-id=p-100]').getBoundingClientRect().top;
        return { fromBody: card - body, inView: card - list.getBoundingClientRect().top };
      });
      assert.ok(Math.abs(place.fromBody - 100 * pitch[0]) <= 2, `card 100 at ${place.fromBody} px, not ${100 * pitch[0]}`);
      assert.ok(place.inView >= 0 && place.inView < 200, `card 100 is ${place.inView} px down the list`);
      // Nothing of a card is cut off by its height.
      const cut = await page.getByTestId('project-row').evaluateAll((rows) =>
        rows.filter((r) => r.scrollHeight > r.clientHeight + 1).map((r) => `${r.dataset.projectId}: ${r.scrollHeight} > ${r.clientHeight}`),
      );
      assert.deepEqual(cut, []);
      await noSideways(page, 'a virtual ledger');
      await scroller.evaluate((e) => e.scrollIntoView());
      await shot(page, `${viewport.width}-virtual`);
      assert.deepEqual(problems, []);
      await context.close();
    });

    test('dialogs, the import preview and the comparison with the last period fit the screen', async () => {
      const { page, context } = await open();
      // The import preview, of the bundled bulletin with a note changed.
      const snapshot = await bundledBulletin();
      snapshot.projects[0].note = '手机上导入';
      await page.getByTestId('import-file').setInputFiles(jsonFile('phone.json', JSON.stringify(snapshot)));
      await page.getByTestId('import-preview').waitFor();
      await dialogFits(page, 'import-preview');
      await noSideways(page, 'the import preview');
      await shot(page, `${viewport.width}-import-preview`);
      await page.keyboard.press('Escape');
      await page.getByTestId('import-preview').waitFor({ state: 'detached' });
      // A row's 督办单 and the 通报文稿 on screen.
      await page.getByTestId('print-dubandan').first().click();
      await dialogFits(page, 'dubandan');
      await noSideways(page, 'a 督办单');
      await shot(page, `${viewport.width}-dubandan`);
      await page.keyboard.press('Escape');
      await page.getByTestId('toolbar-more').click();
      await page.getByTestId('show-report').click();
      await page.getByTestId('report-view').waitFor();
      await dialogFits(page, 'report-view');
      await noSideways(page, 'the 通报文稿');
      await page.keyboard.press('Escape');
      // The next period, compared with this one.
      await page.getByTestId('new-period').click();
      await page.waitForFunction(() => location.search.startsWith('?bulletin=lianyungang-2023-h1-2023-09'));
      const compare = page.getByTestId('compare');
      await compare.waitFor();
      await compare.evaluate((e) => e.scrollIntoView());
      await noSideways(page, 'the comparison');
      await noSqueezedLabels(page, 'the comparison', '[data-testid=compare]');
      await shot(page, `${viewport.width}-compare`);
      await context.close();
    });
  });
}

describe('on a phone turned sideways, 667×375', () => {
  test('the toolbar does not stay over a fifth of the screen', async () => {
    const { page, context } = await t.open('', { viewport: { width: 667, height: 375 } });
    for (const section of ['.overview', '.ledger']) {
      await page.locator(section).evaluate((e) => e.scrollIntoView());
      await noTallStickyBar(page, section);
      await noSideways(page, section);
    }
    await context.close();
  });
});

describe('on a phone in dark mode', () => {
  test('cards and the drawer take the dark colours', async () => {
    const { page, context } = await t.open('', { viewport: PHONES[1], colorScheme: 'dark' });
    const colours = (selector) =>
      page.locator(selector).first().evaluate((e) => [getComputedStyle(e).backgroundColor, getComputedStyle(e).color]);
    // --surface and --text of the dark palette.
    const dark = ['rgb(26, 32, 41)', 'rgb(230, 233, 238)'];
    assert.deepEqual(await colours('[data-testid=project-row]'), dark);
    await page.getByTestId('facets-open').click();
    assert.deepEqual(await colours('[data-testid=facets-drawer]'), dark);
    await shot(page, 'dark-drawer');
    await page.keyboard.press('Escape');
    await page.locator('.ledger').evaluate((e) => e.scrollIntoView());
    await shot(page, 'dark-ledger');
    await context.close();
  });
});

describe('on a wide screen', () => {
  test('the ledger stays a table beside its facets, the toolbar one row of buttons', async () => {
    const { page, context } = await t.open('', { viewport: { width: 1280, height: 800 } });
    assert.equal(await page.getByTestId('facets-open').count(), 0);
    assert.equal(await page.locator('details.facets').evaluate((d) => d.open), true);
    assert.equal(await page.getByTestId('filter-sector').isVisible(), true);
    assert.equal(await page.getByTestId('project-row').first().evaluate((r) => getComputedStyle(r).display), 'table-row');
    assert.equal(await page.getByTestId('sector-row').first().evaluate((r) => getComputedStyle(r).display), 'table-row');
    // Nothing folded: no 更多, every button in the bar, the opening paragraph shown.
    assert.equal(await page.getByTestId('toolbar-more').isVisible(), false);
    assert.equal(await page.getByTestId('ledger-more').isVisible(), false);
    for (const id of ['export-json', 'export-csv-all', 'switch-bulletin', 'view-mode', 'export-csv', 'new-project']) {
      assert.equal(await page.getByTestId(id).isVisible(), true, id);
    }
    assert.equal(await page.getByTestId('preamble').isVisible(), true);
    // The toolbar's buttons flow in its one row: the ones a phone folds away beside 撤销.
    const top = async (id) => (await page.getByTestId(id).boundingBox()).y;
    assert.ok(Math.abs((await top('export-json')) - (await top('undo'))) < 4, '导出 JSON beside 撤销');
    assert.ok(Math.abs((await top('export-csv')) - (await top('clear-filters'))) < 4, '导出 CSV beside 清除全部筛选');
    // The figures first, then the status in words.
    const order = await page.evaluate(() =>
      document.querySelector('.kpis').compareDocumentPosition(document.querySelector('[data-testid=status-headline]')),
    );
    assert.ok(order & 4, 'DOCUMENT_POSITION_FOLLOWING');
    await shot(page, 'desktop');
    await context.close();
  });
});
