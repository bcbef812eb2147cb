// The screenshots of supervision over time in docs/: the next period made from the bundled
// bulletin, two lagging projects resolved, one newly behind, education's share of the plan
// given and two deadlines set — then the comparison with the period before, and 红黑榜.
// Usage: trunk build --release && node scripts/screenshot-supervision.mjs
import { launch, serve } from '../tests/e2e/browser.mjs';
import { countIs, row, saved } from '../tests/e2e/helpers.mjs';

const { server, url } = await serve();
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('pageerror', (e) => console.log('page error:', e.message));
await page.goto(url);
await countIs(page, 17);
await page.getByTestId('new-period').click();
await page.waitForFunction(() => location.search.includes('2023-09'));
await countIs(page, 17);

async function edit(id, change) {
  await row(page, id).getByTestId('edit-project').click();
  const editor = page.getByTestId('project-editor');
  await change(editor);
  await page.getByTestId('save-project').click();
  await editor.waitFor({ state: 'detached' });
}
await edit('shantytown-renovation', (e) => e.locator('select[name=status]').selectOption('resolved'));
await edit('lingzhou-road-primary-school', (e) => e.locator('input[name=resolved_on]').fill('2023-09-20'));
await edit('highway-parking-lots', async (e) => {
  await e.locator('select[name=status]').selectOption('behind');
  await e.locator('input[name=deadline]').fill('2023-08-31');
});
await edit('groundwater-pollution-zoning', (e) => e.locator('input[name=deadline]').fill('2023-09-15'));
await page.getByTestId('sector-row').filter({ hasText: '教育惠民' }).getByTestId('edit-sector').click();
await page.getByTestId('record-editor').locator('input[name=plan_pct]').fill('70');
await page.getByTestId('save-record').click();
await saved(page);
// The sticky tool bar would cover the sections' tops in an element screenshot.
await page.addStyleTag({ content: '.edit-bar { position: static !important; }' });
await page.getByTestId('compare-list').first().waitFor();
await page.getByTestId('compare').screenshot({ path: 'docs/supervision-compare.png' });
await page.getByTestId('rankings').screenshot({ path: 'docs/supervision-rankings.png' });
console.log('docs/supervision-compare.png, docs/supervision-rankings.png');
await browser.close();
server.close();
