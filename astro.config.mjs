// @ts-check
import { defineConfig } from 'astro/config';
import { readSettings } from './src/lib/base/settings.ts';
import { xinfang } from './src/integrations/xinfang.ts';

// The one place the environment is read (docs/settings.md): a bad value stops here, every
// problem named, and the checked settings go to the integrations and loaders as arguments.
const settings = readSettings(process.env);

/**
 * A static site for an intranet: served from any sub-path (XF_BASE, e.g. /xinfang/jixiao/),
 * readable HTML (one element per line, for diffing builds), every asset from the site itself,
 * and a Content-Security-Policy that allows nothing else.
 */
export default defineConfig({
  base: settings.base,
  // A build keeps its cache (ledger pages included) under <cacheDir>/out/, one per output folder,
  // unless XF_CACHE_DIR names one folder for all.
  cacheDir: settings.cacheDir ?? './node_modules/.astro',
  // In a fixed order, publishing last (src/integrations/xinfang.ts), whatever command runs the
  // build.
  integrations: xinfang(settings),
  // Reports hold no code; Shiki's inline styles would also conflict with the CSP.
  markdown: { syntaxHighlight: false },
  // Compressed so that no stray whitespace shows between CJK text and figures; the build then
  // writes every page one block per line (readable-html) so builds diff cleanly.
  compressHTML: true,
  // Pages are rendered a few at a time, so that writing one overlaps rendering the next: a
  // ten-year archive writes over a gigabyte of ledger pages.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        output: {
          // The class names the components share with the Word export (src/lib/base/page-markup.ts)
          // in a chunk of their own: in the chunk of the shared layout they would give its
          // stylesheet their name (page-markup.<hash>.css instead of BaseLayout.<hash>.css).
          manualChunks: (id) =>
            id.endsWith('/src/lib/base/page-markup.ts') ? 'page-markup' : null,
        },
        // MDX pages carry Astro's own "use astro:head-inject" marker; the bundler's note about
        // module-level directives is expected and says nothing about this project.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
