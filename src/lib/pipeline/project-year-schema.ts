/**
 * One project-year's model as the content collection `projectYears` stores it (content.config.ts)
 * and every page reads it: composed of the schemas of its parts, so the data store checks each
 * entry, and the TypeScript type is read from the same schema. Keys are in the order loadSite()
 * writes them, which parsing keeps; a key the schema does not know is refused, not dropped.
 */
import * as z from 'zod';
import { projectFactsDataSchema } from '../content/facts-schema.ts';
import { fileSummarySchema } from '../dataset/files-schema.ts';
import { ledgerIndexSchema } from '../ledger/index-schema.ts';
import { breakdownsSchema } from '../model/breakdowns-schema.ts';
import { reportSchema } from '../model/report-schema.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const projectYearModelSchema = z
  .strictObject({
    /** `2024/jiean-huajie` */
    id: z.string().regex(/^\d{4}\/[a-z0-9]+(?:-[a-z0-9]+)*$/),
    year: z.int().nonnegative().max(9999),
    slug: z.string().regex(SLUG),
    report: reportSchema,
    /** Latest date in the records: the date the data speaks for. */
    dataDate: z.union([z.iso.date(), z.literal('')]),
    breakdowns: breakdownsSchema,
    ledger: ledgerIndexSchema,
    files: z.array(fileSummarySchema),
    /** Section keys whose prose file exists. */
    prose: z.array(z.string()),
    /** This year's facts, else the nearest earlier year's, else absent. */
    facts: projectFactsDataSchema.optional(),
    /** Year the facts were taken from, when not this year's own. */
    factsFrom: z.int().optional(),
  })
  .refine((py) => py.id === `${py.year}/${py.slug}`, {
    error: (issue) => {
      const py = issue.input as { id?: unknown; year?: unknown; slug?: unknown };
      return `项目年度标识 ${String(py.id)} 与年度 ${String(py.year)}、项目标识 ${String(py.slug)} 不一致`;
    },
    path: ['id'],
  });

export type ProjectYearModel = z.output<typeof projectYearModelSchema>;
