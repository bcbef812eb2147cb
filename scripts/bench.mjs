// Benchmark (not a test): release bundle sizes and the time from navigation to the overview
// being rendered, in headless Chromium over fresh page loads. Build first (scripts/run.sh or
// `trunk build --release`), then: node scripts/bench.mjs [loads=9]
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, launch, serve } from '../tests/e2e/browser.mjs';

const loads = Number(process.argv[2] ?? 9);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const files = (await readdir(DIST)).filter((f) => /\.(wasm|js|css)$/.test(f));
console.log('| 文件 | 原始大小 | gzip -9 |');
console.log('|---|---:|---:|');
for (const f of files.sort()) {
  const bytes = await readFile(join(DIST, f));
  const kind = f.replace(/-[0-9a-f]{16}/, '');
  console.log(`| ${kind} | ${kb(bytes.length)} (${bytes.length} B) | ${kb(gzipSync(bytes, { level: 9 }).length)} |`);
}

const { server, url } = await serve();
const browser = await launch();
const times = [];
for (let i = 0; i < loads; i++) {
  // A fresh context each time: no cache, no compiled-module reuse.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('[data-testid=kpi-items]')) {
        window.__overviewAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url);
  await page.waitForSelector('[data-testid=kpi-items]');
  times.push(await page.evaluate(() => window.__overviewAt));
  await context.close();
}
await browser.close();
server.close();

times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log();
console.log(`导航到总体情况渲染完成（${loads} 次全新加载，127.0.0.1）：中位数 ${median.toFixed(0)} ms，` +
  `最快 ${times[0].toFixed(0)} ms，最慢 ${times[times.length - 1].toFixed(0)} ms`);
