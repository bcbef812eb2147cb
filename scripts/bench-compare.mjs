// Benchmark (not a test): two periods of one series with 20,000 projects each (synthetic,
// the same ids, statuses drawn anew), imported into the real store, the later one opened in
// headless Chromium (release build) and compared with the one before. Prints, as medians
// of ROUNDS reloads of `?bulletin=B` (the comparison is the series' default):
// - compute: the app's `compare:compute` entry (matching 2 × 20,000 projects, every list,
//   the sectors, the status matrix);
// - ledger: from navigation until the ledger's count shows (the board open, before any
//   comparison);
// - painted: from navigation until the comparison's lists are in the page: the earlier
//   bulletin read from the store and parsed too, compared and drawn.
// Usage: trunk build --release && node scripts/bench-compare.mjs [rounds=5] [projects=20000]
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { countIs, jsonFile, launch, serve, syntheticFixtures } from '../tests/e2e/browser.mjs';

const ROUNDS = Number(process.argv[2] ?? 5);
const N = Number(process.argv[3] ?? 20000);
const TIMEOUT = 180000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

await syntheticFixtures({ 'a.json': [N, 1], 'b.json': [N, 2] });
const dir = process.env.FIXTURES;
const periods = { a: ['1至7月', '2023-07-31', 58.3], b: ['1至8月', '2023-08-31', 66.7] };
const texts = {};
for (const [name, [label, end, target]] of Object.entries(periods)) {
  const b = JSON.parse(await readFile(join(dir, `${name}.json`), 'utf8'));
  Object.assign(b, { id: `bench-${name}`, series: 'bench', schedule_target_pct: target });
  Object.assign(b.period, { label, end });
  texts[name] = JSON.stringify(b);
  await writeFile(join(dir, `${name}.json`), texts[name]);
}

const { server, url } = await serve();
const browser = await launch();
const context = await browser.newContext();
// In every page: when the ledger's count and the comparison's lists first appear.
await context.addInitScript(() => {
  window.__seen = {};
  const observer = new MutationObserver(() => {
    for (const id of ['result-count', 'compare-list']) {
      if (!window.__seen[id] && document.querySelector(`[data-testid=${id}]`)) window.__seen[id] = performance.now();
    }
    if (window.__seen['compare-list']) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
});
const page = await context.newPage();
await page.goto(url);
await countIs(page, 17, { timeout: TIMEOUT });
for (const name of ['a', 'b']) {
  await page.getByTestId('import-file').setInputFiles(jsonFile(`${name}.json`, texts[name]));
  await page.waitForFunction((id) => location.search === `?bulletin=${id}`, `bench-${name}`, { timeout: TIMEOUT });
  await countIs(page, N, { timeout: TIMEOUT });
}

const rounds = { compute: [], painted: [], ledger: [] };
for (let i = 0; i < ROUNDS; i += 1) {
  await page.goto(`${url}?bulletin=bench-b`);
  await page.waitForSelector('[data-testid=compare-list]', { timeout: TIMEOUT });
  const t = await page.evaluate(() => {
    const compute = performance.getEntriesByName('compare:compute').map((e) => e.duration);
    return { compute: compute[compute.length - 1], ...window.__seen };
  });
  rounds.compute.push(t.compute);
  rounds.painted.push(t['compare-list']);
  rounds.ledger.push(t['result-count']);
}
const lists = await page.locator('[data-testid=compare-list]').evaluateAll((els) =>
  els.map((e) => `${e.dataset.list} ${e.querySelector('h3')?.textContent.replace(/\s+/g, ' ')}`));
console.log('| projects per bulletin | compare:compute | ledger shown | comparison painted |');
console.log('|---|---|---|---|');
console.log(`| ${N.toLocaleString('en')} | ${ms(median(rounds.compute))} | ${ms(median(rounds.ledger))} | ${ms(median(rounds.painted))} |`);
console.log(`\nlists: ${lists.join('; ')}`);
console.log(`rounds: compute ${rounds.compute.map((x) => x.toFixed(1)).join(', ')}; painted ${rounds.painted.map((x) => x.toFixed(0)).join(', ')}`);
await context.close();
await browser.close();
server.close();
