/**
 * `npm run dev` serves the site, not the project: the raw data (cases.csv holds names and
 * numbers the site never shows), the narrative sources, the configuration and the code stay
 * out of reach of any browser on the machine.
 *
 * Two layers. Vite's own `server.fs` (strict, and deny rules for the data and narrative folders
 * wherever they are, Astro's caches and the project's files) refuses them through /@fs/ and
 * `?raw`/`?url` imports. Vite transforms a module request (/src/lib/x.ts) without asking
 * `server.fs`, so a middleware answers 403 for any file of the project a browser does not need:
 * what it needs are the client scripts and styles under src/ (scripts, styles, the scripts and
 * styles of components and layouts), public/ and node_modules/ (not its .astro cache).
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Settings } from '../lib/base/settings.ts';
import { dataPaths } from '../loaders/paths.ts';
import { within } from '../lib/output/out-path.ts';

/** Folders of src/ whose modules the pages load in the browser. */
const CLIENT_DIRS = ['src/scripts/', 'src/styles/', 'src/components/', 'src/layouts/'];
/** Modules of src/lib the client scripts import (src/scripts/search-ui.ts). */
const CLIENT_MODULES = new Set(['src/lib/search/search-key.ts']);
/** Images a narrative may show (raster only), served from the narrative folder. */
const RASTER = /\.(?:png|jpe?g|webp|gif|avif)$/i;
/** An Astro component's own client script or style, never its server code. */
const ASTRO_CLIENT_PART = /[?&]astro&type=(?:script|style)\b/;

/** Vite's `server.fs.deny` for this project: the data wherever it is, raw tables, caches. */
export function denyRules(dataAbs: string): string[] {
  return [
    // Vite's defaults, kept.
    '.env',
    '.env.*',
    '*.{crt,pem}',
    '**/.git/**',
    `${dataAbs.split(sep).join('/')}/**`,
    // The narrative is read by the loader and compiled on the server (MDX), never fetched:
    // files of it in the project are refused by the middleware, as is every raw CSV.
    '**/*.{csv,xlsx,xls}',
    '**/node_modules/.astro/**',
    '**/package.json',
    '**/package-lock.json',
  ];
}

/**
 * Why a request for a file under `root` is refused (undefined: let Vite answer). `url` as the
 * browser sent it: /src/x.ts?import, /@fs/<absolute path>, /@id/<absolute path>, /README.md.
 * Page routes, which name no file, and folders pass.
 */
export function refusedInDev(
  url: string,
  root: string,
  contentAbs = resolve(root, 'content'),
): boolean {
  const [pathPart = '', query = ''] = url.split(/\?(.*)/s);
  let path: string;
  try {
    path = decodeURIComponent(pathPart);
  } catch {
    return true;
  }
  if (path.includes('\0')) return true;
  const file = path.startsWith('/@fs/')
    ? resolve(path.slice('/@fs'.length))
    : path.startsWith('/@id/')
      ? isAbsolute(path.slice('/@id/'.length))
        ? resolve(path.slice('/@id/'.length))
        : undefined
      : resolve(root, `.${path}`);
  if (file === undefined) return false;
  const rel = relative(root, file).split(sep).join('/');
  if (rel.startsWith('../') || rel === '..' || isAbsolute(rel)) return false;
  if (!existsSync(file) || statSync(file).isDirectory()) return false;
  if (rel.startsWith('public/')) return false;
  if (rel.startsWith('node_modules/')) return rel.startsWith('node_modules/.astro/');
  if (CLIENT_MODULES.has(rel)) return false;
  if (within(file, contentAbs) && RASTER.test(file)) return false;
  if (CLIENT_DIRS.some((dir) => rel.startsWith(dir)))
    return rel.endsWith('.astro') && !ASTRO_CLIENT_PART.test(`?${query}`);
  return true;
}

export function devGuardIntegration(settings: Settings): AstroIntegration {
  return {
    name: 'xinfang-dev-guard',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'dev') return;
        const root = resolve(config.root.pathname);
        const { dataAbs, contentAbs } = dataPaths(config, settings);
        updateConfig({
          vite: {
            server: { fs: { strict: true, deny: denyRules(dataAbs) } },
            plugins: [
              {
                name: 'xinfang-dev-guard',
                configureServer(server) {
                  server.middlewares.use((req, res, next) => {
                    if (!refusedInDev(req.url ?? '/', root, contentAbs)) return next();
                    res.statusCode = 403;
                    res.setHeader('content-type', 'text/plain; charset=utf-8');
                    res.end('403：开发服务器只提供站点的页面，不提供数据、叙述源文件和代码。\n');
                  });
                },
              },
            ],
          },
        });
      },
    },
  };
}
