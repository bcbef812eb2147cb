// Trunk's post_build hook (Trunk.toml): finishes the built site in TRUNK_STAGING_DIR before
// Trunk moves it to dist/. Also runnable by hand on a built folder (the offline tests do so
// on a changed copy of dist/): node scripts/post-build.mjs [dir]
//
// 1. Content-Security-Policy: index.html's policy (see the comment there) allows no inline
//    script, but Trunk writes its wasm loader inline. Every inline <script> is moved into a
//    file named after a hash of its text (start-<hash>.js, so it can be cached for ever like
//    Trunk's own files) and referenced by src instead; the same statement order and module
//    type keep it behaving as before. After that, any inline script or <style> left in
//    index.html fails the build: the page would otherwise break silently under the policy.
// 2. Offline: writes sw.js from public/sw.js, with the build's file list (each file's
//    SHA-256, and whether it is precached or cached on first use) and a version derived
//    from that list and the template, so that every build with any changed byte is a new
//    service worker with a cache of its own.
//
// Running it again on its own output changes nothing (no inline script is left to move and
// sw.js is never listed), so it is safe on a folder it has already finished.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SW_TEMPLATE = join(ROOT, 'public', 'sw.js');
const SW_FILE = 'sw.js';
// Trunk's content-hashed names (name-<16 hex>.ext): a new build never reuses one for other bytes.
const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z0-9]+$/;

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** Moves each inline <script> of `html` into its own file in `dir`; returns the new html. */
async function moveInlineScripts(html, dir, publicUrl) {
  const inline = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
  let out = '';
  let last = 0;
  for (const match of html.matchAll(inline)) {
    const [whole, attrs, body] = match;
    out += html.slice(last, match.index);
    last = match.index + whole.length;
    if (/\bsrc\s*=/i.test(attrs) || body.trim() === '') {
      out += whole;
      continue;
    }
    const name = `start-${sha256(body).slice(0, 16)}.js`;
    await writeFile(join(dir, name), body.trim() + '\n');
    // type="module" keeps the loader deferred and its relative imports, as Trunk wrote it.
    out += `<script${attrs} src="${publicUrl}${name}"></script>`;
    console.log(`post-build: inline script moved to ${name}`);
  }
  out += html.slice(last);
  // The source's comments are for its readers (the policy's reasons); the served page does
  // without them, and they would only confuse the checks below.
  out = out.replace(/<!--[\s\S]*?-->\s*/g, '');
  const left = [...out.matchAll(inline)].filter(([, attrs, body]) => !/\bsrc\s*=/i.test(attrs) && body.trim() !== '');
  if (left.length > 0 || /<style\b/i.test(out)) {
    throw new Error('index.html still has an inline <script> or <style>, which its Content-Security-Policy refuses');
  }
  return out;
}

/**
 * Every file under `dir`, as paths relative to it with `/` separators, sorted; hidden ones
 * (Trunk's own .stage folder, left in dist/ by a failed build) are not the site's.
 */
async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)).split(sep).join('/'))
    .filter((f) => !f.split('/').some((part) => part.startsWith('.')))
    .sort();
}

/**
 * The service worker's view of the build. Workers (Trunk's data-loader-shim writes
 * `<bin>_loader.js`, `<bin>.js` and `<bin>_bg.wasm` for each) are cached when first used:
 * most visits never start the report worker, whose wasm alone is ~500 KB gzip. Everything
 * else — index.html, the page's js/wasm/css, the favicon, fonts, bundled data, schema,
 * manifest and icons — is what a first screen or an offline visit may need, so it is fetched
 * on install.
 */
async function buildList(dir, template) {
  const files = (await listFiles(dir)).filter((f) => f !== SW_FILE);
  const workers = new Set(
    files.filter((f) => f.endsWith('_loader.js')).map((f) => f.slice(0, -'_loader.js'.length)),
  );
  const isWorkerFile = (f) =>
    [...workers].some((w) => f === `${w}_loader.js` || f === `${w}.js` || f === `${w}_bg.wasm`);
  const precache = [];
  const lazy = [];
  for (const url of files) {
    const entry = { url, sha256: sha256(await readFile(join(dir, url))), immutable: HASHED.test(url) };
    (isWorkerFile(url) ? lazy : precache).push(entry);
  }
  if (!precache.some((e) => e.url === 'index.html')) throw new Error(`no index.html in ${dir}`);
  // The worker's own code counts too: a release that only changes how it caches is still
  // a new cache, so that the old one is dropped on activation.
  const version = sha256(
    [sha256(template), ...[...precache, ...lazy].map((e) => `${e.url} ${e.sha256} ${isWorkerFile(e.url)}`)].join('\n'),
  ).slice(0, 16);
  return { version, precache, lazy };
}

export async function finish(dir, publicUrl = './') {
  const indexPath = join(dir, 'index.html');
  const html = await readFile(indexPath, 'utf8');
  const moved = await moveInlineScripts(html, dir, publicUrl);
  if (moved !== html) await writeFile(indexPath, moved);

  const template = await readFile(SW_TEMPLATE, 'utf8');
  const build = await buildList(dir, template);
  const marker = 'const BUILD = null;';
  if (!template.includes(marker)) throw new Error(`${SW_TEMPLATE} has no "${marker}" line to fill in`);
  const sw = template.replace(marker, `const BUILD = ${JSON.stringify(build, null, 1)};`);
  await writeFile(join(dir, SW_FILE), sw);
  console.log(
    `post-build: sw.js version ${build.version}: ${build.precache.length} files precached, ` +
      `${build.lazy.length} cached on first use`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('usage: node scripts/post-build.mjs <built folder> (Trunk sets TRUNK_STAGING_DIR)');
    process.exit(2);
  }
  try {
    await finish(dir, process.env.TRUNK_PUBLIC_URL ?? './');
  } catch (e) {
    console.error(`post-build: ${e.message}`);
    process.exit(1);
  }
}
