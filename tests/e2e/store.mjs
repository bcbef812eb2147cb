// The app's IndexedDB store as end-to-end tests see it: read and write its records from the
// page, and make its writes fail as a full disk would. Store layout: src/browser/store.rs.

/** The key of the user's copy of bulletin `id` (of the bundled bulletin by default). */
export const copyKey = (id = 'lianyungang-2023-h1') => `bulletin-board/v1/copy/${id}`;

/** The key of the user's copy of the bundled bulletin. */
export const COPY = copyKey();

/** Runs `body(db)` in the page against the app's database (created as the app creates it). */
function inDb(page, body, arg) {
  // `body` is written into the source Playwright evaluates, not compiled in the page with
  // `new Function`: the page's Content-Security-Policy refuses eval, and only code compiled
  // as Playwright's evaluation starts is exempt from that.
  return page.evaluate(`(async (arg) => {
    const db = await new Promise((resolve, reject) => {
      const r = indexedDB.open('bulletin-board', 1);
      r.onupgradeneeded = () => {
        for (const name of ['texts', 'heads', 'revisions', 'meta']) r.result.createObjectStore(name);
        r.result.createObjectStore('aside', { autoIncrement: true });
      };
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const request = (q) => new Promise((resolve, reject) => {
      q.onsuccess = () => resolve(q.result);
      q.onerror = () => reject(q.error);
    });
    try {
      return await (async () => { ${body} })();
    } finally {
      db.close();
    }
  })(${arg === undefined ? 'undefined' : JSON.stringify(arg)})`);
}

/** Every key the store holds texts under (copies and originals). */
export const storedKeys = (page) =>
  inDb(page, `return request(db.transaction('texts').objectStore('texts').getAllKeys());`);

/** The text stored under `key`, or undefined. */
export const storedText = (page, key) =>
  inDb(page, `return request(db.transaction('texts').objectStore('texts').get(arg));`, key);

/**
 * What the store holds, by object store (texts, heads, revisions) and key: each value's
 * length in UTF-16 code units (`chars`) and in UTF-8 bytes (`bytes`). Read in the page, so
 * that a copy of megabytes is not sent to the test.
 */
export const storedSizes = (page) =>
  inDb(
    page,
    `const sizes = [];
     for (const name of ['texts', 'heads', 'revisions']) {
       const store = db.transaction(name).objectStore(name);
       const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
       keys.forEach((key, i) => {
         const text = typeof values[i] === 'string' ? values[i] : JSON.stringify(values[i]);
         sizes.push({ store: name, key, chars: text.length, bytes: new TextEncoder().encode(text).length });
       });
     }
     return sizes;`,
  );

/** Texts set aside from the copy under `key`. */
export const setAside = (page, key) =>
  inDb(
    page,
    `const all = await request(db.transaction('aside').objectStore('aside').getAll());
     return all.filter((r) => r[0] === arg).map((r) => r[2]);`,
    key,
  );

/** Stores `text` as the copy under `key` at `revision`, as another program might have. */
export const putCopy = (page, key, text, revision = 1) =>
  inDb(
    page,
    `const tx = db.transaction(['texts', 'heads', 'revisions'], 'readwrite');
     tx.objectStore('texts').put(arg.text, arg.key);
     tx.objectStore('heads').put('', arg.key);
     tx.objectStore('revisions').put(String(arg.revision), arg.key);
     await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });`,
    { key, text, revision },
  );

/**
 * Stores `records` (object store name -> value) under `key`, in one transaction: e.g.
 * `{ texts: {...}, revisions: '3' }`, a value the app never writes, as a later release might.
 */
export const putRecords = (page, key, records) =>
  inDb(
    page,
    `const tx = db.transaction(Object.keys(arg.records), 'readwrite');
     for (const [name, value] of Object.entries(arg.records)) tx.objectStore(name).put(value, arg.key);
     await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });`,
    { key, records },
  );

// Init scripts, for `init` of openPage/newContext or `addInitScript`: each runs in the page
// before the app, and so uses nothing outside itself.

/**
 * Makes IndexedDB writes throw QuotaExceededError, as on a full disk, while
 * `window.__storageFull` is true in that page (see `setFull`, `startFull`).
 */
export const fullable = () => {
  for (const method of ['put', 'add']) {
    const real = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (...args) {
      if (window.__storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return real.apply(this, args);
    };
  }
};

/** With `fullable`: the disk is full from the start. */
export const startFull = () => {
  window.__storageFull = true;
};

/** Blocks localStorage and IndexedDB, as a private window or a policy does: touching either
 * throws a SecurityError. */
export const blocked = () => {
  for (const name of ['localStorage', 'indexedDB']) {
    Object.defineProperty(window, name, {
      get() {
        throw new DOMException('Access is denied', 'SecurityError');
      },
    });
  }
};

/** `fullable` in the pages of `context`. */
export const fullableStorage = (context) => context.addInitScript(fullable);

/** Turns the full disk of `fullable` on or off in `page`. */
export const setFull = (page, full) => page.evaluate((f) => { window.__storageFull = f; }, full);

/** `blocked` in the pages of `context`. */
export const blockedStorage = (context) => context.addInitScript(blocked);
