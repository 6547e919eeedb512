import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { projectYearLoader, siteLoader } from './loaders/site-loader.ts';
import type { ProjectYearModel } from './lib/pipeline/project-year.ts';
import type { SiteFacts } from './lib/content/facts-schema.ts';

/** Each project-year's computed model (report, subtotals, ledger index), built by our loader. */
const projectYears = defineCollection({
  loader: projectYearLoader(),
  schema: z.custom<ProjectYearModel>(),
});

const site = defineCollection({
  loader: siteLoader(),
  schema: z.custom<SiteFacts>(),
});

/** The narrative: one MDX file per report section, id `2024/jiean-huajie/01-jiben`. */
const narrative = defineCollection({
  loader: glob({
    pattern: '[0-9][0-9][0-9][0-9]/*/*.mdx',
    base: process.env['XF_CONTENT_DIR'] ?? './content',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
});

export const collections = { projectYears, site, narrative };
