// Benchmark (not a test): 新建通报 from a notice's text — the seed's text, and a text of
// about 200 pages (the seed's sections repeated with their names numbered) — from 读取 to
// the review shown and all its lines drawn, with the longest the page's thread was busy meanwhile (long tasks and
// the longest gap between frames), in headless Chromium. Build first, then:
// node scripts/bench-draft.mjs [runs=3]
import { readFile } from 'node:fs/promises';
import { launch, serve } from '../tests/e2e/browser.mjs';
import { countIs } from '../tests/e2e/helpers.mjs';

const runs = Number(process.argv[2] ?? 3);
const seed = await readFile(new URL('../docs/source/bulletin-2023-h1.zh-Hans.txt', import.meta.url), 'utf8');
// A page of a notice is about 1,800 characters: 200 pages is about 360,000.
const body = seed.slice(seed.indexOf('一、'));
let long = seed;
for (let i = 2; [...long].length < 360_000; i++) long += `\n第${i}部分\n${body.replaceAll('方面', `方面（${i}）`)}`;

const { server, url } = await serve();
const browser = await launch();

async function once(text) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await countIs(page, 17);
  await page.getByTestId('new-bulletin').click();
  await page.getByTestId('draft-text').waitFor({ timeout: 60000 });
  // As a paste does: the whole text in one input event.
  await page.evaluate((t) => {
    const area = document.querySelector('[data-testid=draft-text]');
    area.value = t;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
  const result = await page.evaluate(async () => {
    const longest = { task: 0, gap: 0 };
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longest.task = Math.max(longest.task, e.duration);
    });
    observer.observe({ type: 'longtask' });
    let last = performance.now();
    let frames = true;
    const frame = (t) => {
      longest.gap = Math.max(longest.gap, t - last);
      last = t;
      if (frames) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    const start = performance.now();
    document.querySelector('[data-testid=draft-read]').click();
    // The worker's answer arrives: the note says what was read.
    let shown = 0;
    await new Promise((done) => {
      const check = () => {
        if (!shown && document.querySelector('[data-testid=draft-review]')) shown = performance.now() - start;
        if (document.querySelector('[data-testid=draft-review][aria-busy=false]')) return done();
        setTimeout(check, 5);
      };
      check();
    });
    const drawn = performance.now() - start;
    await new Promise((r) => setTimeout(r, 100));
    frames = false;
    observer.disconnect();
    return {
      shown,
      drawn,
      lines: document.querySelectorAll('[data-testid=draft-value]').length,
      longestTask: longest.task,
      longestGap: longest.gap,
      parse: performance.getEntriesByName('draft:parse')[0]?.duration ?? 0,
      groups: performance.getEntriesByName('draft:groups')[0]?.duration ?? 0,
    };
  });
  await context.close();
  return result;
}

for (const [name, text] of [['种子通报原文', seed], ['约 200 页的通报', long]]) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await once(text));
  all.sort((a, b) => a.shown - b.shown);
  const m = all[Math.floor(all.length / 2)];
  console.log(`${name}（${[...text].length} 字）：读取到核对页显示 中位数 ${m.shown.toFixed(0)} ms（${runs} 次），` +
    `全部 ${m.lines} 条核对项画完 ${m.drawn.toFixed(0)} ms；其间页面线程最长任务 ${m.longestTask.toFixed(0)} ms，最长帧间隔 ${m.longestGap.toFixed(0)} ms` +
    `（其中解析答复 ${m.parse.toFixed(0)} ms，整理核对项 ${m.groups.toFixed(0)} ms，其余为绘制）`);
}
await browser.close();
server.close();
