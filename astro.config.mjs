// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  integrations: [mdx()],
  compressHTML: false,
  build: { format: 'directory', inlineStylesheets: 'never' },
});
