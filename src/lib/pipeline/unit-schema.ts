/**
 * A unit report's model (单位自评报告) as the content collection `units` stores it and its pages
 * read it: the year, its facts, the summary of every project-year of that year, and which of
 * its sections have prose.
 */
import * as z from 'zod';
import { unitFactsDataSchema } from '../content/unit-facts.ts';
import { unitSummarySchema } from '../model/unit-schema.ts';

export const unitModelSchema = z.strictObject({
  /** `2024`: one unit report per year. */
  id: z.string().regex(/^\d{4}$/),
  year: z.int().nonnegative().max(9999),
  /** 报告名称, from unit.yaml or made from the year and the unit. */
  title: z.string().min(1),
  /** The reporting unit: unit.yaml's 单位, else the bureau of site.yaml. */
  unit: z.string().min(1),
  /** Cover date: unit.yaml's 报告日期, else the latest report date of its project-years. */
  reportDate: z.union([z.iso.date(), z.literal('')]),
  /** unit.yaml's facts, placeholders bound. */
  facts: unitFactsDataSchema,
  summary: unitSummarySchema,
  /** Section keys whose prose file exists. */
  prose: z.array(z.string()),
});

export type UnitModel = z.output<typeof unitModelSchema>;
