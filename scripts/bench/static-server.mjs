// A small static file server with gzip, so the benchmark measures bytes as a
// production host would send them, for the app and the baseline alike.
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export function serveStatic(dir) {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(path.resolve(dir))) return res.writeHead(403).end();
    if (file.endsWith('/')) file += 'index.html';
    try {
      const body = await readFile(file);
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const gzip = /gzip/.test(req.headers['accept-encoding'] ?? '') && !type.startsWith('image/png');
      res.writeHead(200, {
        'content-type': type,
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
        'cache-control': 'no-store',
      });
      res.end(gzip ? gzipSync(body) : body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((r) => server.close(r)),
      }),
    ),
  );
}
