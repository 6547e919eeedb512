/**
 * The unit report's facts (单位自评报告): `content/<年度>/_unit/unit.yaml`, written by staff with
 * Chinese keys (their words), read into English fields. The folder name starts with `_`, which a
 * project identifier (lowercase letters, digits, hyphens) never does, so it cannot be a project's.
 */
import * as z from 'zod';
import { SLUG_DIR } from '../dataset/load.ts';
import { text, titleText } from './facts-schema.ts';
import { UNIT_SECTIONS } from '../report/outline.ts';

/** The unit report's folder in a year's content folder. */
export const UNIT_DIR = '_unit';
/** Its facts file. */
export const UNIT_FILE = 'unit.yaml';

/** The unit report's facts as the site keeps them (English fields). */
export const unitFactsDataSchema = z.strictObject({
  /** Title on the page and the cover; absent: `<年度>年度<单位>项目支出绩效单位自评报告`. */
  title: z.string().optional(),
  /** The reporting unit; absent: the bureau of site.yaml. */
  unit: z.string().optional(),
  department: z.string().optional(),
  /** What the unit does, placeholders bound (unit-figures.ts). */
  overview: z.string().optional(),
  reportDate: z.iso.date().optional(),
  /** Project identifiers in the order the report lists them; the rest follow by identifier. */
  order: z.array(z.string()).optional(),
  /** Section keys the unit does not use this year: printed 不适用, not （待填写）, and no 草稿. */
  notApplicable: z.array(z.string()).optional(),
});

export type UnitFacts = z.output<typeof unitFactsDataSchema>;

/** A unit section by its key (`qita`) or its standard title (`其他需要说明的问题`) → its key. */
const UNIT_SECTION_NAMES = new Map(
  UNIT_SECTIONS.flatMap((s) => [
    [s.key, s.key],
    [s.title, s.key],
  ]),
);

/** 不适用章节 of unit.yaml: the report's sections 一 … 七 only (its 项目概况 and tables are computed). */
const unitNotApplicableSchema = z
  .array(text, { error: '应为章节的列表，如 [qita, 有关建议]' })
  .superRefine((list, ctx) => {
    const unknown = list.filter((k) => !UNIT_SECTION_NAMES.has(k.trim()));
    if (unknown.length > 0)
      ctx.addIssue({
        code: 'custom',
        message: `不认识的章节：${unknown.join('、')}；应为 ${UNIT_SECTIONS.map((s) => `${s.key}（${s.title}）`).join('、')} 之一`,
      });
  })
  .transform((list) => [...new Set(list.map((k) => UNIT_SECTION_NAMES.get(k.trim()) ?? k))]);

export const unitFactsSchema = z
  .strictObject(
    {
      /** 报告名称: e.g. 示例区信访局2024年度项目支出绩效单位自评报告. */
      报告名称: titleText.optional(),
      /** 单位: the reporting unit; defaults to the bureau of site.yaml. */
      单位: titleText.optional(),
      /** 主管部门 */
      主管部门: titleText.optional(),
      /** 单位概况: the unit's duties, one paragraph; may quote {项目个数}, {资金总额} … */
      单位概况: text.optional(),
      /** 报告日期: shown on the cover; defaults to the latest report date of its projects. */
      报告日期: z.iso.date({ error: '应为日期，如 2025-03-15' }).optional(),
      /** 项目顺序: project identifiers (data/<年度>/<项目标识>/) in the order to list them. */
      项目顺序: z
        .array(
          z
            .string()
            .regex(SLUG_DIR, { error: '应为项目标识（小写字母、数字和连字符），如 jiean-huajie' }),
          { error: '应为项目标识的列表，如 [xinfang-jiuzhu, jiean-huajie]' },
        )
        .min(1, { error: '至少列出一个项目标识，或删去此项' })
        .optional(),
      /** 不适用章节: sections the unit does not use this year, e.g. [qita]; printed “不适用”. */
      不适用章节: unitNotApplicableSchema.optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys' ? `不认识的项：${issue.keys.join('、')}` : undefined,
    },
  )
  .transform(
    (f): UnitFacts =>
      Object.fromEntries(
        Object.entries({
          title: f.报告名称,
          unit: f.单位,
          department: f.主管部门,
          overview: f.单位概况,
          reportDate: f.报告日期,
          order: f.项目顺序,
          notApplicable: f.不适用章节,
        }).filter(([, v]) => v !== undefined),
      ) as UnitFacts,
  );
