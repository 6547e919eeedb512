import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { projectYearLoader, siteLoader } from './loaders/site-loader.ts';
import { projectYearModelSchema } from './lib/pipeline/project-year-schema.ts';
import { siteFactsDataSchema } from './lib/content/facts-schema.ts';
import settings from 'virtual:xinfang/settings';

// The schemas come from src/lib, written with `zod`; `astro/zod` re-exports the same package
// (zod/v4 of the one zod install), so Astro's data store checks each entry with them as they are.

/** Each project-year's computed model (report, subtotals, ledger index), built by our loader. */
const projectYears = defineCollection({
  loader: projectYearLoader(settings),
  schema: projectYearModelSchema,
});

/** The bureau's name and the site title, from content/site.yaml. */
const site = defineCollection({
  loader: siteLoader(settings),
  schema: siteFactsDataSchema,
});

/** The narrative: one MDX file per report section, id `2024/jiean-huajie/01-jiben`. */
const narrative = defineCollection({
  loader: glob({
    pattern: '[0-9][0-9][0-9][0-9]/*/*.mdx',
    base: settings.contentDir ?? './content',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
});

export const collections = { projectYears, site, narrative };
