// The screenshot of a draft's review in docs/: the seed's text pasted into 新建通报 and read.
// Usage: trunk build --release && node scripts/screenshot-draft.mjs
import { readFile } from 'node:fs/promises';
import { launch, serve } from '../tests/e2e/browser.mjs';
import { countIs } from '../tests/e2e/helpers.mjs';

const seed = await readFile(new URL('../docs/source/bulletin-2023-h1.zh-Hans.txt', import.meta.url), 'utf8');
const { server, url } = await serve();
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
page.on('pageerror', (e) => console.log('page error:', e.message));
await page.goto(url);
await countIs(page, 17);
await page.getByTestId('new-bulletin').click();
await page.getByTestId('draft-text').fill(seed);
await page.getByTestId('draft-read').click();
await page.getByTestId('draft-review').waitFor();
await page.locator('[data-path="summary.items"]').scrollIntoViewIfNeeded();
await page.getByTestId('new-bulletin-dialog').screenshot({ path: process.argv[2] ?? 'docs/draft-review.png' });
await browser.close();
server.close();
