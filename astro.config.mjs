// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { publishIntegration } from './src/integrations/publish.ts';
import { docxExportIntegration } from './src/integrations/docx-export.ts';
import { readableHtmlIntegration } from './src/integrations/readable-html.ts';
import { prefetchDataIntegration } from './src/integrations/prefetch-data.ts';
import { devGuardIntegration } from './src/integrations/dev-guard.ts';

/**
 * A static site for an intranet: served from any sub-path (XF_BASE, e.g. /xinfang/jixiao/),
 * readable HTML (one element per line, for diffing builds), every asset from the site itself,
 * and a Content-Security-Policy that allows nothing else.
 */
export default defineConfig({
  base: process.env.XF_BASE ?? '/',
  // A build keeps its cache (ledger pages included) under <cacheDir>/out/, one per output folder,
  // unless XF_CACHE_DIR names one folder for all.
  cacheDir: process.env.XF_CACHE_DIR ?? './node_modules/.astro',
  // In this order: pages rewritten one block per line; the Word documents made from the finished
  // report pages; then the output scan and the publishing of the checked site
  // (src/integrations/publish.ts), whatever command runs the build.
  integrations: [
    mdx(),
    readableHtmlIntegration(),
    docxExportIntegration(),
    publishIntegration({
      sharedCache: process.env.XF_CACHE_DIR,
      lockWait: process.env.XF_LOCK_WAIT,
    }),
    // Reads the data while Astro loads itself (the content loader takes the result).
    prefetchDataIntegration(),
    // `npm run dev` serves the site only: no raw data, narrative source or code.
    devGuardIntegration(),
  ],
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
