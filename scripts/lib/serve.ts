/**
 * A static file server on loopback for a built site, mounted under the site's base path, as a
 * plain intranet file server would serve it (no rewrites). Used by the PDF command and tests.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  /** `http://127.0.0.1:<port><base>` */
  url: string;
  close(): Promise<void>;
}

export async function serveSite(dir: string, base = '/'): Promise<StaticServer> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const files = sirv(dir, { dev: true, etag: false, dotfiles: false });
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(prefix)) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    req.url = `/${url.slice(prefix.length)}`;
    files(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
