// End to end: one status model. Reported statuses and investment grades are shown apart, in
// the bulletin's words; no program value or JSON path is what the reader sees; a badge's
// colour class is the one for the status or grade it carries; data checks name only real
// contradictions.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bundledBulletin, useBrowser } from './browser.mjs';

// Program words that must never be visible text.
const PROGRAM_WORDS = /\b(behind|at_risk|on_schedule|on_schedule_with_problems|ahead|resolved|on_track|yellow|red|funding|planning|policy|coordination|education|transport|null|undefined)\b/;
const PATH = /[a-z_]+\[\d+\]|\bprojects\.|\bsectors\./;

const t = useBrowser(async () => {
  // Every reported status at each level, and figures that do not add up (one real check).
  const every = await bundledBulletin();
  every.id = 'every-status';
  every.title = '全部状态测试通报';
  const statuses = ['ahead', 'on_schedule', 'on_schedule_with_problems', 'behind'];
  every.sectors.forEach((s, i) => { s.status = statuses[i % 4]; });
  const projectStatuses = ['behind', 'at_risk', 'on_schedule', 'resolved'];
  every.projects.forEach((p, i) => { p.status = projectStatuses[i % 4]; });
  every.sectors[0].items += 1;
  return { 'every.json': JSON.stringify(every) };
});

/** The page's visible text with every <details> open. */
async function visibleText(page) {
  return page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    return document.body.innerText;
  });
}

/** Badges whose colour class is not the one for the status or grade they carry. */
function mismatchedBadges(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.badge[data-status], .badge[data-grade]')]
      .filter((b) => !b.classList.contains(b.dataset.status ? `status-${b.dataset.status}` : `grade-${b.dataset.grade}`))
      .map((b) => b.outerHTML),
  );
}

describe('the status model', () => {
  test('the bundled bulletin: two measures apart, headline and ledger say what they count, no data checks', async () => {
    const { page, context, problems } = await t.open();
    const counts = await page.getByTestId('status-count').evaluateAll((els) => els.map((e) => [e.dataset.status, e.dataset.count, e.textContent]));
    assert.deepEqual(counts, [['on_schedule', '48', '48 件按序时'], ['behind', '2', '2 件未达序时']]);
    assert.match(await page.getByTestId('status-headline').textContent(), /50 件民生实事中/);
    assert.match(await page.getByTestId('status-headline').textContent(), /投资超序时（超序时 10 个百分点）/);
    assert.match(await page.getByTestId('ledger-headline').textContent(), /^台账列出 17 个项目：推进滞后 4 个、存在困难 13 个/);
    // 教育惠民: 按序时但存在问题 by its milestones, 7 points under the schedule in money.
    const education = page.locator('[data-testid=sector-row][data-sector-id=education]');
    assert.equal(await education.locator('[data-status]').textContent(), '按序时但存在问题');
    assert.equal(await education.locator('[data-grade]').getAttribute('data-grade'), 'on_track');
    // 生态治理: 未达序时 by its milestones, ahead in money.
    const ecology = page.locator('[data-testid=sector-row][data-sector-id=ecology]');
    assert.equal(await ecology.locator('[data-status]').getAttribute('data-status'), 'behind');
    assert.equal(await ecology.locator('[data-grade]').getAttribute('data-grade'), 'ahead');
    assert.equal(await page.getByTestId('data-check').count(), 0, 'a consistent bulletin has no data checks');
    assert.match(await page.getByTestId('preamble').textContent(), /现场推进会/);
    assert.match(await page.getByTestId('attachments').textContent(), /推进未达序时民生实事项目及存在问题汇总表/);
    const text = await visibleText(page);
    assert.doesNotMatch(text, PROGRAM_WORDS);
    assert.doesNotMatch(text, PATH);
    assert.doesNotMatch(text, /lianyungang-2023-h1|ganyu-jinshan-middle-school/);
    assert.match(await page.getByTestId('status-help').textContent(), /按序时但存在问题.*推进滞后/s);
    assert.deepEqual(await mismatchedBadges(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('every status combination: badges match their status, words everywhere, the one real check named in words', async () => {
    const { page, context, problems } = await t.open('?src=fixtures/every.json');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent.includes('全部状态'));
    await page.waitForSelector('[data-chart=statuses] svg [data-category]', { state: 'attached' });
    const shown = await page.locator('.badge[data-status]').evaluateAll((els) => [...new Set(els.map((e) => e.dataset.status))].sort());
    for (const s of ['ahead', 'on_schedule', 'on_schedule_with_problems', 'behind', 'at_risk', 'resolved']) {
      assert.ok(shown.includes(s), `a badge for ${s}`);
    }
    assert.deepEqual(await mismatchedBadges(page), []);
    // The status chart's bars say which status they count.
    const bars = await page.locator('[data-chart=statuses] svg [data-status]').evaluateAll((els) => els.map((e) => e.dataset.status));
    assert.ok(bars.includes('behind') && bars.includes('resolved'), bars.join());
    const check = page.getByTestId('data-check');
    assert.equal(await check.count(), 1);
    const words = await check.textContent();
    assert.match(words, /^总体情况的民生实事：各领域件数合计 51 件，与总体情况的 50 件不一致/);
    assert.match(words, /（位置：summary\.items）$/, 'the path only after the sentence');
    const text = (await visibleText(page)).replace(/（位置：[^）]*）/g, '');
    assert.doesNotMatch(text, PROGRAM_WORDS);
    assert.doesNotMatch(text, PATH);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('after edits the change list speaks the bulletin\'s words; an outdated summary is marked', async () => {
    const { page, context } = await t.open();
    await page.getByTestId('edit-project').first().click();
    const editor = page.getByTestId('project-editor');
    await editor.locator('select[name=status]').selectOption('at_risk');
    await editor.locator('input[value=planning]').check();
    await page.getByTestId('save-project').click();
    await page.getByTestId('edit-summary').click();
    await page.getByTestId('record-editor').locator('input[name=completed_investment]').fill('120');
    await page.getByTestId('save-record').click();
    await page.locator('.changes summary').click();
    const changes = (await page.getByTestId('change').allTextContents()).join('\n');
    assert.match(changes, /推进滞后 → 存在困难/);
    assert.match(changes, /资金到位不及时 → 工作计划性不强、资金到位不及时|资金到位不及时 → 资金到位不及时、工作计划性不强/);
    assert.doesNotMatch(changes, PROGRAM_WORDS);
    assert.doesNotMatch(changes, PATH);
    // The paragraph quotes 100.1 亿元 and 60 %: it is kept as the source's words, and the
    // figures as they are now are said beside it.
    assert.match(await page.getByTestId('summary-now').textContent(), /完成投资120 亿元，为年度计划的72%，超序时 22 个百分点/);
    assert.match(await page.getByTestId('summary-outdated').textContent(), /通报原文（其中的数字已被修改，仅作对照）：50件民生实事/);
    await page.getByTestId('undo').click();
    await page.getByTestId('summary-outdated').waitFor({ state: 'detached' });
    await context.close();
  });
});
