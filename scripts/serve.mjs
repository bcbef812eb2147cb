// A small static file server for the built app (dist/), used by `scripts/run.sh`,
// the end-to-end tests and the benchmark. Usage: node scripts/serve.mjs [dir] [port]
// Extra folders can be mounted for tests: startServer({ root, mounts: { '/fixtures/': dir } }).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.ttf': 'font/ttf',
};

/** Resolves a URL path inside `base`, or null if it would escape it. */
function inside(base, urlPath) {
  const target = normalize(join(base, decodeURIComponent(urlPath)));
  return target === base || target.startsWith(base + sep) ? target : null;
}

/**
 * Starts serving `root` on 127.0.0.1:`port` (0 = any free port); resolves to { server, url }.
 * `headers` are added to every file's response (e.g. the Content-Security-Policy header
 * docs/deploy.md asks a host to send).
 */
export function startServer({ root, port = 0, mounts = {}, headers = {} }) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const path = new URL(req.url, 'http://localhost').pathname;
      let file = null;
      for (const [prefix, dir] of Object.entries(mounts)) {
        if (path.startsWith(prefix)) file = inside(resolve(dir), path.slice(prefix.length));
      }
      file ??= inside(base, path);
      if (file && (await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = file ? await readFile(file).catch(() => null) : null;
      if (!body) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('404 找不到文件');
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(400);
      res.end();
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      ok({ server, url: `http://127.0.0.1:${server.address().port}/` });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await startServer({ root, port: Number(port) });
  console.log(`民生实事督查看板已启动：${url}（按 Ctrl+C 停止）`);
}
