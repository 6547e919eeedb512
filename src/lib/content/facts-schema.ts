/**
 * Facts a narrative cannot compute: the project's name, who runs it, its legal basis, the
 * year's overall goal. Written by staff in `content/<年度>/<项目标识>/project.yaml` with Chinese
 * keys (their words), read into English fields.
 */
import * as z from 'zod';
import { LAYOUT_HEADINGS, SECTIONS } from '../report/outline.ts';
import { STANDARD_SOURCES } from '../model/standard-funding.ts';
import { MEASURE_NAMES } from '../model/measures.ts';
import { ALWAYS_PUBLISHED, LISTABLE_COLUMNS } from '../ledger/columns.ts';

/**
 * 公开列: the free-text ledger columns to publish (包案领导, 备注, 用途, 审批文号); each is left out of
 * the ledger pages and downloads unless named here. A column always published may be named to
 * no effect; any other name (信访人编号 included) is refused.
 */
const publicColumnsSchema = z
  .array(
    z.string().superRefine((name, ctx) => {
      const trimmed = name.trim();
      if (LISTABLE_COLUMNS.includes(trimmed) || ALWAYS_PUBLISHED.includes(trimmed)) return;
      ctx.addIssue({
        code: 'custom',
        message:
          trimmed === '信访人编号'
            ? '信访人编号不公开，不能列入公开列'
            : `台账中没有可公开的列“${trimmed}”；公开列只能列出 ${LISTABLE_COLUMNS.join('、')}`,
      });
    }),
    { error: `应为列名的列表，如 [${LISTABLE_COLUMNS.slice(0, 2).join(', ')}]` },
  )
  .transform((names) => [
    ...new Set(names.map((n) => n.trim()).filter((n) => LISTABLE_COLUMNS.includes(n))),
  ]);

/** Words; a bare number (`实施周期: 2024`) is read as the text it is written as. */
export const text = z.preprocess(
  (v) => (typeof v === 'number' ? String(v) : v),
  z.string().trim().min(1, { error: '不能为空' }),
);

/** Longest title or name accepted: real ones run to about 40 characters. */
export const TITLE_MAX = 100;

/**
 * A title or name (报告标题, 项目名称, 单位 …): shown as written on the page, the cover, the
 * running head, Word and report.json, where no placeholder is replaced and no markup rendered;
 * so one line, of a title's length, without `{…}` or tags that would show as they are typed.
 */
export const titleText = text.superRefine((value, ctx) => {
  const problem = (message: string) => ctx.addIssue({ code: 'custom', message });
  const length = [...value].length;
  if (/[\r\n]/.test(value)) problem('应写在一行内');
  else if (length > TITLE_MAX) problem(`不能超过 ${TITLE_MAX} 个字（现为 ${length} 个字）`);
  if (/<[/!?]?[A-Za-z]/.test(value))
    problem('不能含 HTML 或 MDX 标记（如 <b>、<script>）；这里按原样显示文字，书名请用《》');
  if (/[{}]/.test(value))
    problem('不能含花括号 {…}：这里的占位符和表达式不会替换，会原样显示；请直接写出文字');
});

/** A section named by its key (`jiben`) or its standard title (`基本情况`) → its key. */
const SECTION_NAMES = new Map(
  [...SECTIONS, ...LAYOUT_HEADINGS].flatMap((s) => [
    [s.key, s.key] as const,
    [s.title, s.key] as const,
  ]),
);

/** 章节标题: the bureau's own wording of section headings, by section key or standard title. */
const headingsSchema = z
  .record(z.string(), text, { error: '应为“章节: 标题”的列表，如 jiben: 预算支出基本情况' })
  .superRefine((map, ctx) => {
    const unknown = Object.keys(map).filter((k) => !SECTION_NAMES.has(k.trim()));
    if (unknown.length > 0)
      ctx.addIssue({
        code: 'custom',
        message: `不认识的章节：${unknown.join('、')}；应为 ${[...SECTIONS, ...LAYOUT_HEADINGS].map((s) => `${s.key}（${s.title}）`).join('、')} 之一`,
      });
  })
  .transform((map) =>
    Object.fromEntries(Object.entries(map).map(([k, v]) => [SECTION_NAMES.get(k.trim()) ?? k, v])),
  );

/** 不适用章节: sections the unit does not use this year, by key or standard title → keys. */
const notApplicableSchema = z
  .array(text, { error: '应为章节的列表，如 [qita, 有关建议]' })
  .superRefine((list, ctx) => {
    // The layout's own sub-headings (项目概况 …) are not sections a unit can leave out.
    const layout = list.filter((k) => LAYOUT_HEADINGS.some((h) => h.key === k || h.title === k));
    const unknown = list.filter((k) => !SECTION_NAMES.has(k));
    if (layout.length > 0)
      ctx.addIssue({
        code: 'custom',
        message: `${layout.join('、')} 由站点生成，不能标为不适用；不要生成项目概况请写“生成项目概况: 否”`,
      });
    if (unknown.length > 0)
      ctx.addIssue({
        code: 'custom',
        message: `不认识的章节：${unknown.join('、')}；应为 ${SECTIONS.map((s) => `${s.key}（${s.title}）`).join('、')} 之一`,
      });
  })
  .transform((list) => [...new Set(list.map((k) => SECTION_NAMES.get(k) ?? k))]);

/** 是/否 as staff write it (YAML reads `否` as text, `false` as a boolean). */
const yesNo = z.preprocess(
  (v) => (v === '是' ? true : v === '否' ? false : v),
  z.boolean({ error: '应为 是 或 否' }),
);

/** 资金来源对应: which standard row of the 自评表 a 资金来源 of budget.csv falls under. */
const sourcesSchema = z.record(
  z.string().trim().min(1, { error: '资金来源不能为空' }),
  z.enum(STANDARD_SOURCES, { error: `应为 ${STANDARD_SOURCES.join('、')} 之一` }),
  { error: '应为“资金来源: 标准行”的列表，如 区财政: 当年财政拨款' },
);

/**
 * A project's facts as the site keeps them (English fields): what projectFactsSchema reads
 * project.yaml into, and what the content collection checks each project-year's facts against.
 */
export const projectFactsDataSchema = z.strictObject({
  name: z.string(),
  /** The report's title in full, replacing `<年度>年度<项目名称>绩效自评报告`. */
  title: z.string().optional(),
  /** False: no generated 项目概况 (facts and budget sentence) before the unit's own text. */
  generatedOverview: z.boolean().optional(),
  /** Section keys the unit marks 不适用: printed as such, not counted as unwritten. */
  notApplicable: z.array(z.string()).optional(),
  unit: z.string().optional(),
  department: z.string().optional(),
  basis: z.string().optional(),
  period: z.string().optional(),
  overview: z.string().optional(),
  plan: z.string().optional(),
  goal: z.string().optional(),
  achievement: z.string().optional(),
  reportDate: z.iso.date().optional(),
  timelyDays: z.int().positive().optional(),
  /** Section key → heading. */
  headings: z.record(z.string(), z.string()).optional(),
  /** 资金来源 → standard row of the 自评表. */
  fundingSources: z.record(z.string(), z.enum(STANDARD_SOURCES)).optional(),
  mainMeasures: z.array(z.string()).optional(),
  /** Free-text ledger columns published besides those always published (公开列). */
  publicColumns: z.array(z.string()).optional(),
});

export type ProjectFacts = z.output<typeof projectFactsDataSchema>;

export const projectFactsSchema = z
  .strictObject(
    {
      /** 项目名称: 信访积案化解专项资金 */
      项目名称: titleText,
      /** 报告标题: the title as published, e.g. `2023年度信访局积案化解专项资金绩效自评报告`. */
      报告标题: titleText.optional(),
      /** 生成项目概况: 否 leaves out the generated 项目概况 (the unit writes its own). */
      生成项目概况: yesNo.optional(),
      /** 不适用章节: sections the unit does not use, e.g. [qita]; printed “不适用”. */
      不适用章节: notApplicableSchema.optional(),
      /** 实施单位 (实施主体); defaults to the bureau of site.yaml. */
      实施单位: text.optional(),
      /** 主管部门 */
      主管部门: text.optional(),
      /** 立项依据 */
      立项依据: text.optional(),
      /** 实施周期: 经常性项目, or a range of years. */
      实施周期: text.optional(),
      /** 项目概述: what the fund is for, one paragraph. */
      项目概述: text.optional(),
      /** 实施方案: the plan or document that governs the spending. */
      实施方案: text.optional(),
      /** 年度总体目标 (预期目标) of the 自评表. */
      年度总体目标: text.optional(),
      /** 实际完成情况 of the 自评表. */
      实际完成情况: text.optional(),
      /** 报告日期: shown on the cover; defaults to the latest date in the data. */
      报告日期: z.iso.date({ error: '应为日期，如 2025-03-15' }).optional(),
      /** 按期办结天数: days for 按期办结率; default 90 (信访工作条例: 60 + 30). */
      按期办结天数: z.int().positive().optional(),
      /** 章节标题: headings in the bureau's words, e.g. `jiben: 预算支出基本情况`. */
      章节标题: headingsSchema.optional(),
      /** 资金来源对应: e.g. `区财政: 当年财政拨款`; unnamed sources are placed by their name. */
      资金来源对应: sourcesSchema.optional(),
      /** 主要数据: the measures 与上年对比 lists; default those the indicators and funding use. */
      主要数据: z
        .array(
          z.string().superRefine((name, ctx) => {
            if (!MEASURE_NAMES.includes(name)) {
              ctx.addIssue({
                code: 'custom',
                message: `不认识的计算口径“${name}”；可选：${MEASURE_NAMES.join('、')}`,
              });
            }
          }),
          { error: '应为计算口径的列表，如 [已化解件数, 化解率]' },
        )
        .min(1, { error: '至少列出一个计算口径，或删去此项' })
        .optional(),
      /** 公开列: free-text ledger columns to publish, e.g. [包案领导, 用途]; by default none. */
      公开列: publicColumnsSchema.optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys' ? `不认识的项：${issue.keys.join('、')}` : undefined,
    },
  )
  .transform((f): ProjectFacts => ({
    name: f.项目名称,
    title: f.报告标题,
    generatedOverview: f.生成项目概况,
    notApplicable: f.不适用章节,
    unit: f.实施单位,
    department: f.主管部门,
    basis: f.立项依据,
    period: f.实施周期,
    overview: f.项目概述,
    plan: f.实施方案,
    goal: f.年度总体目标,
    achievement: f.实际完成情况,
    reportDate: f.报告日期,
    timelyDays: f.按期办结天数,
    headings: f.章节标题,
    fundingSources: f.资金来源对应,
    mainMeasures: f.主要数据,
    publicColumns: f.公开列,
  }));

/** The site's facts as the site keeps them: what siteFactsSchema reads site.yaml into. */
export const siteFactsDataSchema = z.strictObject({
  /** The bureau that publishes the site. */
  bureau: z.string().min(1),
  title: z.string().min(1),
});

export type SiteFacts = z.output<typeof siteFactsDataSchema>;

export const siteFactsSchema = z
  .strictObject({
    /** 单位: the bureau that publishes the site. */
    单位: titleText,
    /** 站点标题 */
    站点标题: titleText.optional(),
  })
  .transform((f): SiteFacts => ({
    bureau: f.单位,
    title: f.站点标题 ?? `${f.单位}项目支出绩效自评`,
  }));
