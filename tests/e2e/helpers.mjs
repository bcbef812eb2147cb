// What the end-to-end tests do with the app's page: what it shows (the ledger, the heading,
// a project's note) and the steps many tests take (edit a note, wait until saved, reload),
// and the bulletins and files they make. Set-up (server, browser, contexts) is in browser.mjs,
// which exports all of this too; the store is in store.mjs.
import { readFile } from 'node:fs/promises';

/** The bundled bulletin as it is served, parsed. */
export async function bundledBulletin() {
  return JSON.parse(await readFile(new URL('../../dist/data/lianyungang-2023-h1.json', import.meta.url), 'utf8'));
}

/**
 * The bundled bulletin under another id and title with its first `projects` projects, so
 * that importing it opens it beside the bundled one; `note`: the first project's note.
 */
export async function anotherBulletin({
  id = 'another-city-2024',
  title = '某市2024年民生实事项目进展情况督查通报',
  projects = 5,
  note,
} = {}) {
  const other = await bundledBulletin();
  other.id = id;
  other.title = title;
  other.projects = other.projects.slice(0, projects);
  if (note) other.projects[0].note = note;
  return other;
}

/**
 * Gives `bulletin` `n` projects: its own repeated, under ids p-00000… (`width` digits) and
 * names numbered after them. Returns it.
 */
export function repeatProjects(bulletin, n, width = 5) {
  const template = bulletin.projects;
  bulletin.projects = Array.from({ length: n }, (_, i) => ({
    ...template[i % template.length],
    id: `p-${String(i).padStart(width, '0')}`,
    name: `${template[i % template.length].name}（${i}）`,
  }));
  return bulletin;
}

/** A file for `setInputFiles`: `content` is text or bytes. */
export const jsonFile = (name, content) => ({ name, mimeType: 'application/json', buffer: Buffer.from(content) });

/** The localStorage profile the release before the IndexedDB store left (see migration.test.mjs). */
export async function earlierProfile() {
  return JSON.parse(await readFile(new URL('./fixtures/profile-0b71824.json', import.meta.url), 'utf8'));
}

/** Writes `items` (key -> text) to the page's localStorage. */
export const writeLocalStorage = (page, items) =>
  page.evaluate((items) => {
    for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v);
  }, items);

/** Waits until the ledger is shown (its result count is the last part of the page to mount). */
export const ledgerShown = (page, options) => page.waitForSelector('[data-testid=result-count]', options);

/** Reloads the page and waits for its ledger. */
export async function reopen(page) {
  await page.reload();
  await ledgerShown(page);
}

/** Waits until the ledger counts `n` projects (a bulletin read from the store opens after its address). */
export const countIs = (page, n, options) =>
  page.waitForFunction((n) => document.querySelector('[data-testid=result-count]')?.textContent === n, String(n), options);

/** The page's heading (the bulletin's title). */
export const heading = (page) => page.locator('h1').textContent();

/** Waits until the heading starts with `prefix`. */
export const headingStarts = (page, prefix, options) =>
  page.waitForFunction((p) => document.querySelector('h1')?.textContent.startsWith(p), prefix, options);

/** Waits until the heading is `title`. */
export const headingIs = (page, title, options) =>
  page.waitForFunction((t) => document.querySelector('h1')?.textContent === t, title, options);

/** Waits until the save state says the store has committed (已保存到本浏览器 …). */
export const saved = (page) =>
  page.waitForFunction(() => document.querySelector('[data-testid=save-state]')?.textContent.startsWith('已保存'));

/** The ledger's row of project `id`. */
export const row = (page, id) => page.locator(`.project-table [data-project-id=${id}]`);

/** The note shown in the ledger row of project `id`. */
export const noteOf = (page, id) => row(page, id).locator('td.note').textContent();

/** The note shown in the ledger's first project row. */
export const firstNote = (page) => page.getByTestId('project-row').first().locator('td.note').textContent();

/** Sets the note of project `id` through the project editor. */
export async function editNote(page, id, text) {
  await row(page, id).getByTestId('edit-project').click();
  await saveNote(page, text);
}

/** Edits the first project's note through the project editor. */
export async function editFirstNote(page, text) {
  await page.getByTestId('edit-project').first().click();
  await saveNote(page, text);
}

async function saveNote(page, text) {
  const editor = page.getByTestId('project-editor');
  await editor.locator('textarea[name=note]').fill(text);
  await page.getByTestId('save-project').click();
  await editor.waitFor({ state: 'detached' });
}

/** Replaces the copy with the previewed snapshot, and waits until the first project's note shows `note`. */
export async function replaceWithSnapshot(page, note) {
  await page.getByTestId('import-replace').click();
  await page.getByTestId('project-row').first().locator('td.note', { hasText: note }).waitFor();
}
