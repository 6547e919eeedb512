// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

/**
 * A static site for an intranet: served from any sub-path (XF_BASE, e.g. /xinfang/jixiao/),
 * readable HTML (one element per line, for diffing builds), every asset from the site itself,
 * and a Content-Security-Policy that allows nothing else.
 */
export default defineConfig({
  base: process.env.XF_BASE ?? '/',
  integrations: [mdx()],
  compressHTML: false,
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
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
