// The app's IndexedDB store as end-to-end tests see it: read and write its records from the
// page, and make its writes fail as a full disk would. Store layout: src/browser/store.rs.

/** Runs `body(db)` in the page against the app's database (created as the app creates it). */
function inDb(page, body, arg) {
  return page.evaluate(
    async ([source, arg]) => {
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
        // eslint-disable-next-line no-new-func
        return await new Function('db', 'request', 'arg', `return (async () => { ${source} })()`)(db, request, arg);
      } finally {
        db.close();
      }
    },
    [body, arg],
  );
}

/** Every key the store holds texts under (copies and originals). */
export const storedKeys = (page) =>
  inDb(page, `return request(db.transaction('texts').objectStore('texts').getAllKeys());`);

/** The text stored under `key`, or undefined. */
export const storedText = (page, key) =>
  inDb(page, `return request(db.transaction('texts').objectStore('texts').get(arg));`, key);

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
 * Makes IndexedDB writes in the pages of `context` throw QuotaExceededError, as on a full
 * disk, while `window.__storageFull` is true in that page (see `setFull`).
 */
export const fullableStorage = (context) =>
  context.addInitScript(() => {
    for (const method of ['put', 'add']) {
      const real = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (...args) {
        if (window.__storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return real.apply(this, args);
      };
    }
  });

/** Turns the full disk of `fullableStorage` on or off in `page`. */
export const setFull = (page, full) => page.evaluate((f) => { window.__storageFull = f; }, full);

/** Blocks localStorage and IndexedDB in the pages of `context`, as a private window or a
 * policy does: touching either throws a SecurityError. */
export const blockedStorage = (context) =>
  context.addInitScript(() => {
    for (const name of ['localStorage', 'indexedDB']) {
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException('Access is denied', 'SecurityError');
        },
      });
    }
  });
