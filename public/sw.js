// 民生实事督查看板's service worker: the page opens and works with no network once it has
// been visited, and a new release is taken only when the reader asks (新版本可用，刷新).
//
// This file is a template, not served as it is: scripts/post-build.mjs (Trunk's post_build
// hook) fills in BUILD — every file of the build with its SHA-256, and a version that
// changes with any byte of any file — and writes the result to dist/sw.js. It has no
// imports, so that the browser's byte-for-byte update check of sw.js sees every release.
//
// The rules:
// - Install fetches the files every visit needs (BUILD.precache) and checks each against
//   its SHA-256; any failure, or a file the server has already replaced with a newer
//   release's, fails the install, and the browser tries again on a later visit. It never
//   calls skipWaiting: a new release waits until the page asks (message 'skip-waiting').
// - The Web Workers' files (BUILD.lazy: the report worker's wasm is ~500 KB gzip) are
//   cached the first time the page uses them, checked the same way: a worker of another
//   release is refused, not mixed with this release's page.
// - A navigation to the app (the scope, or index.html, with any query) is answered with this
//   release's index.html; the files it loads then all come from this release's cache.
// - Anything not in the build (a bulletin at ?src= that was dropped into data/ later, test
//   fixtures, other origins, non-GET requests) is left to the network untouched.
// - Caches are named by scope and version; activating deletes this scope's older ones.
'use strict';

const BUILD = null;

const SCOPE = new URL(self.registration.scope);
// Cache Storage is shared by the whole origin: two copies of the app under different
// folders of one host must not delete each other's caches.
const PREFIX = `bulletin-board ${SCOPE.pathname} `;
const CACHE = PREFIX + BUILD.version;
const INDEX = new URL('index.html', SCOPE).href;
const FILES = new Map([...BUILD.precache, ...BUILD.lazy].map((f) => [new URL(f.url, SCOPE).href, f]));
const address = (file) => new URL(file.url, SCOPE).href;

/** The server holds another release's bytes for a file of this one. */
class OtherRelease extends Error {}

const hex = (buffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

/**
 * `file` from the network, as a plain response holding exactly the bytes this release
 * listed. Hashed names may come from the HTTP cache (their bytes never change); the rest
 * are revalidated. The response is rebuilt from its bytes: a host that redirects
 * index.html to ./ would otherwise hand over a redirected response, which a navigation
 * must not be answered with.
 */
async function fetchChecked(file, priority = 'auto') {
  const response = await fetch(address(file), {
    cache: file.immutable ? 'default' : 'no-cache',
    credentials: 'same-origin',
    priority,
  });
  if (!response.ok) throw new Error(`${file.url}: HTTP ${response.status}`);
  const bytes = await response.arrayBuffer();
  if (hex(await crypto.subtle.digest('SHA-256', bytes)) !== file.sha256) {
    throw new OtherRelease(`${file.url} is not this release's`);
  }
  // The bytes are decoded: the transfer's encoding and length no longer describe them.
  const headers = new Headers(response.headers);
  headers.delete('content-encoding');
  headers.delete('content-length');
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers });
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      try {
        // Low priority: the install runs while the page that registered it is still
        // fetching what its later sections need (the chart font).
        await Promise.all(
          BUILD.precache.map(async (file) => cache.put(address(file), await fetchChecked(file, 'low'))),
        );
      } catch (e) {
        // A half-filled cache of a release that will not activate is only wasted space.
        await caches.delete(CACHE);
        throw e;
      }
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
    })(),
  );
});

self.addEventListener('message', (event) => {
  // Sent by the page's 刷新 button to the waiting worker; the page reloads on controllerchange.
  if (event.data === 'skip-waiting') self.skipWaiting();
});

/**
 * `file` of this release for `request`: from the cache, else fetched, checked and kept.
 * Where it cannot be had, the request goes to the network as if there were no worker
 * (offline, that fails just as it would have) — except a file the server has already
 * replaced with another release's, which is refused: a worker of the next release must not
 * start under this release's page. A navigation, which has no page to mix with yet, takes
 * the network's answer then.
 */
async function fromRelease(file, request) {
  try {
    const cache = await caches.open(CACHE);
    const kept = await cache.match(address(file), { ignoreVary: true });
    if (kept) return kept;
    const response = await fetchChecked(file);
    // Storage full: the response is still this release's; it is only not kept.
    await cache.put(address(file), response.clone()).catch(() => {});
    return response;
  } catch (e) {
    if (!(e instanceof OtherRelease)) return fetch(request);
    // The server has moved on: look for its worker now, which the page will then offer.
    self.registration.update().catch(() => {});
    return request.mode === 'navigate' ? fetch(request) : Response.error();
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin) return;
  if (request.mode === 'navigate') {
    // Only the app's own page: a bulletin's JSON opened as a page, or any other document
    // of the site, is the network's.
    const page = url.origin + url.pathname;
    if (page === SCOPE.href || page === INDEX) event.respondWith(fromRelease(FILES.get(INDEX), request));
    return;
  }
  // The build's files are fetched without a query; one with a query is someone else's.
  const file = url.search === '' ? FILES.get(url.href) : undefined;
  if (file) event.respondWith(fromRelease(file, request));
});
