// End to end: the release build, served over HTTP, in headless Chromium.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bundledBulletin, headingStarts, useBrowser } from './browser.mjs';

const t = useBrowser(async () => {
  const other = await bundledBulletin();
  other.id = 'test-2024-h1';
  other.title = '测试通报 <img src=x onerror="window.__pwned=1">';
  other.projects[0].name = '<script>window.__pwned=2</script>恶意名称';
  other.projects[0].note = '<b>不是粗体</b>';

  const invalid = await bundledBulletin();
  invalid.sectors[0].items = -1;
  invalid.projects[3].sector = 'nowhere';
  delete invalid.summary.text;

  return {
    'other.json': JSON.stringify(other),
    'invalid.json': JSON.stringify(invalid),
    'not-json.json': '{ title: "缺引号的键" }',
    'v2.json': JSON.stringify({ ...other, version: 2 }),
  };
});

const text = (page, testId) => page.getByTestId(testId).textContent();

describe('the bundled bulletin', () => {
  test('shows the overview figures, ten sectors and the projects, with no console errors', async () => {
    const { page, context, problems } = await t.open();
    assert.match(await text(page, 'kpi-items'), /^50\s*件$/);
    assert.match(await text(page, 'kpi-sub-items'), /^160\s*个$/);
    assert.match(await text(page, 'kpi-annual-investment'), /^166\.3\s*亿元$/);
    assert.match(await text(page, 'kpi-completed-investment'), /^100\.1\s*亿元$/);
    assert.equal(await text(page, 'kpi-completion-pct'), '60%');
    assert.match(await text(page, 'kpi-on-schedule'), /^48\s*件$/);
    assert.equal(await page.getByTestId('sector-row').count(), 10);
    assert.equal(await page.getByTestId('project-row').count(), 17);
    const employment = await page.locator('[data-testid=sector-row][data-sector-id=employment]').textContent();
    assert.match(employment, /未报告/);
    assert.doesNotMatch(employment, /\b0\b/);
    assert.equal(await page.getByTestId('notice').count(), 0);
    assert.equal(await page.title(), '民生实事项目上半年进展情况督查通报 · 连云港市');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the bulletin file and its schema are published beside the app', async () => {
    const data = await fetch(new URL('data/lianyungang-2023-h1.json', t.base));
    assert.equal(data.status, 200);
    assert.equal((await data.json()).summary.items, 50);
    const schema = await fetch(new URL('schema/bulletin-v1.schema.json', t.base));
    assert.equal((await schema.json()).properties.format.const, 'minsheng-bulletin');
  });
});

describe('?src= loads another bulletin from the same site', () => {
  test('a valid bulletin is shown, with hostile text as text', async () => {
    const { page, context } = await t.open('?src=fixtures/other.json');
    await headingStarts(page, '测试通报');
    assert.equal(await page.locator('h1').textContent(), '测试通报 <img src=x onerror="window.__pwned=1">');
    assert.equal(await page.locator('header img, main img').count(), 0);
    const row = page.getByTestId('project-row').first();
    assert.match(await row.textContent(), /<script>window.__pwned=2<\/script>恶意名称/);
    assert.match(await row.textContent(), /<b>不是粗体<\/b>/);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.getByTestId('notice').count(), 0);
    // Validated off the page's thread.
    assert.ok(page.workers().some((w) => w.url().includes('import_worker')), 'the import worker read the file');
    await context.close();
  });

  const bad = [
    ['a missing file', 'fixtures/nope.json', /找不到该文件（HTTP 404）/],
    ['a file that is not JSON', 'fixtures/not-json.json', /第 1 行第 3 列：JSON 语法错误：对象的键必须是带双引号的文本/],
    [
      'an invalid bulletin',
      'fixtures/invalid.json',
      /共发现 3 处问题.*总体情况的总体情况说明：缺少必填字段（位置：summary\.text）.*第 1 个领域的实事件数：不能为负数.*（位置：sectors\[0\]\.items）.*第 4 个项目的所属领域：引用了不存在的领域“nowhere”/s,
    ],
    ['an unsupported version', 'fixtures/v2.json', /不支持的格式版本 2；本程序支持的版本：1/],
    ['a web page', 'index.html', /收到的是网页而不是 JSON 文件/],
    ['another site', 'http://example.invalid/bulletin.json', /只能加载本站上的通报文件/],
    ['a script URL', 'javascript:alert(1)', /只能加载本站上的通报文件/],
  ];
  for (const [what, src, message] of bad) {
    test(`${what} gives a specific alert and still shows the bundled bulletin`, async () => {
      // The only console error allowed: the browser's own line about the file it could not get.
      const allow = src === 'fixtures/nope.json' ? [/404 \(Not Found\).*nope\.json/] : [];
      const { page, context } = await t.open(`?src=${encodeURIComponent(src)}`, { allow });
      const notice = page.getByTestId('notice');
      assert.equal(await notice.getAttribute('role'), 'alert');
      assert.match(await notice.textContent(), message);
      assert.match(await notice.textContent(), /下面显示的是内置的通报数据/);
      assert.match(await text(page, 'kpi-items'), /^50/);
      assert.equal(await page.getByTestId('sector-row').count(), 10);
      if (src === 'fixtures/invalid.json') {
        assert.ok(page.workers().some((w) => w.url().includes('import_worker')), 'refused by the import worker');
      }
      await context.close();
    });
  }
});
