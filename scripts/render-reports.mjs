// The rendered pages of the reports in docs/: the bundled bulletin printed from the page
// (page 1 of the PDF Chromium makes), the .docx the page downloads converted by
// LibreOffice (page 1 and the attachment's first page), and the 督办单 of one project.
// Needs LibreOffice and poppler-utils (apt-get install libreoffice-writer-nogui poppler-utils).
// Usage: trunk build --release && node scripts/render-reports.mjs
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serve } from '../tests/e2e/browser.mjs';
import { countIs } from '../tests/e2e/helpers.mjs';

const out = await mkdtemp(join(tmpdir(), 'reports-'));
const { server, url } = await serve();
const browser = await launch();
const page = await browser.newPage();
await page.goto(url);
await countIs(page, 17);
const png = (pdf, first, name) =>
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(first), '-l', String(first), '-singlefile', pdf, join('docs', name)]);

await page.emulateMedia({ media: 'print' });
const board = join(out, 'board.pdf');
await writeFile(board, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
png(board, 1, 'report-print');
await page.emulateMedia({ media: 'screen' });

const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-docx').click()]);
const docx = join(out, 'report.docx');
await copyFile(await file.path(), docx);
execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, docx], { stdio: 'ignore' });
const converted = join(out, 'report.pdf');
const info = execFileSync('pdfinfo', [converted]).toString();
const pages = Number(info.match(/Pages:\s+(\d+)/)[1]);
png(converted, 1, 'report-docx');
console.log(`.docx converted by LibreOffice: ${pages} pages; the page's print: ${execFileSync('pdfinfo', [board]).toString().match(/Pages:\s+(\d+)/)[1]} pages`);

await page.locator('.project-table [data-project-id=ganyu-jinshan-middle-school]').getByTestId('print-dubandan').click();
await page.getByTestId('dubandan').waitFor();
await page.emulateMedia({ media: 'print' });
const sheet = join(out, 'dubandan.pdf');
await writeFile(sheet, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
png(sheet, 1, 'report-dubandan');
await browser.close();
server.close();
