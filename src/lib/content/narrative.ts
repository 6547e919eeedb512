/**
 * Checks every narrative file (content/<年度>/<项目标识>/*.mdx) before Astro compiles it, so a
 * mistake comes back as a located Chinese problem with what would be right, instead of an MDX
 * compiler error or a module-resolution failure.
 *
 * MDX is a programming language: `import`, `export` and `{…}` run as code when the page is built.
 * A narrative is prose, so what it may hold is a whitelist:
 * - Markdown, and the components the site provides (COMPONENTS), each attribute written as a
 *   quoted string (`name="化解率"`), its value checked against the data model;
 * - common typesetting HTML elements (HTML_ELEMENTS), without event attributes (`onclick`);
 * - `{…}` only as a comment `{/* … *\/}` or a single quoted string `{" "}`.
 * Refused (errors): `import` and `export`, every other expression, attribute values in braces,
 * spread attributes, any other element (`<script>`, `<style>`, `<iframe>`, `<link>` …), a
 * resource (image, video, audio, srcset, `url()` in a style) from another host or a
 * `javascript:` address. A link to another host is a warning: the reader may not reach it.
 */
import type { Dirent } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { lstatSync } from 'node:fs';
import { join, posix } from 'node:path';
import { mdxToMdast } from 'satteri';
import { CHART_TITLES } from '../report/charts.ts';
import { MEASURE_NAMES } from '../model/measures.ts';
import type { Report } from '../model/report-schema.ts';
import type { Problem, Severity } from '../base/problems.ts';
import { compareText } from '../base/problems.ts';
import {
  entryKind,
  notAFileMessage,
  notAFolderMessage,
  readRegularFile,
} from '../read/file-kind.ts';
import { quote } from '../read/cells.ts';
import { LEVEL1 } from '../schema/indicators.ts';

/** What a component's attribute may be: a fixed list, or names taken from the project-year. */
type Values =
  | { kind: 'list'; what: string; values: readonly string[]; labels?: Record<string, string> }
  | { kind: 'source' }
  | { kind: 'indicator' }
  | { kind: 'text' };

interface PropRule {
  required?: boolean;
  values: Values;
}

const MONEY_UNITS: Values = { kind: 'list', what: '单位', values: ['万元', '元'] };

/** The components of src/components/figures/ as the narrative may use them (Prose.astro). */
export const COMPONENTS: Record<string, Record<string, PropRule>> = {
  Budget: {
    of: {
      required: true,
      values: { kind: 'list', what: '预算项', values: ['年初预算数', '全年预算数', '全年执行数'] },
    },
    source: { values: { kind: 'source' } },
    unit: { values: MONEY_UNITS },
  },
  Chart: {
    kind: {
      required: true,
      values: {
        kind: 'list',
        what: '图表种类',
        values: Object.keys(CHART_TITLES),
        labels: {
          monthly: '按月拨付进度',
          sources: '按资金来源的支出',
          units: '按责任单位的案件数',
          categories: '按问题类别的案件数',
          status: '化解状态',
        },
      },
    },
    label: { values: { kind: 'text' } },
  },
  Funding: {},
  Grade: {},
  Indicator: { name: { required: true, values: { kind: 'indicator' } } },
  Indicators: {
    level1: { values: { kind: 'list', what: '一级指标', values: LEVEL1 } },
    caption: { values: { kind: 'text' } },
  },
  IndicatorValue: {
    name: { required: true, values: { kind: 'indicator' } },
    field: {
      values: {
        kind: 'list',
        what: '指标字段',
        values: ['target', 'actual', 'points', 'score'],
        labels: { target: '年度指标值', actual: '实际完成值', points: '分值', score: '得分' },
      },
    },
  },
  Measure: {
    name: { required: true, values: { kind: 'list', what: '计算口径', values: MEASURE_NAMES } },
    unit: { values: MONEY_UNITS },
  },
  Score: {
    of: {
      values: {
        kind: 'list',
        what: '得分种类',
        values: ['total', 'funding'],
        labels: { total: '总分', funding: '预算执行得分' },
      },
    },
  },
  Share: { source: { required: true, values: { kind: 'source' } } },
};
const COMPONENT_NAMES = Object.keys(COMPONENTS).sort(compareText);

/** Typesetting elements a narrative may use; nothing that loads or runs anything by itself. */
export const HTML_ELEMENTS = new Set(
  (
    'a abbr b blockquote br caption code col colgroup dd del div dl dt em figcaption figure h1 h2 ' +
    'h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s small span strong sub sup table tbody td ' +
    'tfoot th thead tr u ul audio video source track picture'
  ).split(' '),
);

/** Attributes that make the browser fetch something. */
const RESOURCE_ATTRIBUTES = new Set([
  'src',
  'poster',
  'data',
  'href',
  'background',
  'lowsrc',
  'dynsrc',
  'longdesc',
  // <a ping> posts to its addresses when the link is followed.
  'ping',
]);

/** The names a project-year's narrative may refer to; undefined when its data has errors. */
export interface NarrativeNames {
  sources: readonly string[];
  indicators: readonly string[];
}

export function namesOf(report: Report | undefined): NarrativeNames | undefined {
  if (report === undefined) return undefined;
  return {
    sources: report.funding.lines.map((l) => l.source),
    indicators: report.indicators.map((i) => i.name),
  };
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  identifier?: string;
  attributes?: Attribute[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

interface Attribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value?: string };
}

/** Says what is wrong with an image file beside the narrative (path from the root), if anything. */
export type LocalImageCheck = (path: string) => string | undefined;

class Collector {
  readonly problems: Problem[] = [];
  readonly file: string;
  readonly localImage: LocalImageCheck | undefined;
  constructor(file: string, localImage?: LocalImageCheck) {
    this.file = file;
    this.localImage = localImage;
  }
  add(node: Node | undefined, message: string, severity: Severity = 'error'): void {
    const problem: Problem = { file: this.file, message, severity };
    const start = node?.position?.start;
    if (start) {
      problem.line = start.line;
      problem.column = `第${start.column}列`;
    }
    this.problems.push(problem);
  }
}

/** Checks one narrative's text; `names` is undefined when its project-year's data is unusable. */
export function checkNarrative(
  file: string,
  text: string,
  names?: NarrativeNames,
  localImage?: LocalImageCheck,
): Problem[] {
  const out = new Collector(file, localImage);
  let tree: Node;
  try {
    tree = mdxToMdast(text.replace(/^\uFEFF/, '')) as unknown as Node;
  } catch (e) {
    out.problems.push(syntaxProblem(file, e));
    return out.problems;
  }
  const imageRefs = new Set<string>();
  walk(tree, (n) => {
    if (n.type === 'imageReference' && n.identifier !== undefined) imageRefs.add(n.identifier);
    return true;
  });
  walk(tree, (n) => checkNode(n, out, names, imageRefs));
  return out.problems;
}

/** Visits every node; a visitor returning false skips the node's children. */
function walk(node: Node, visit: (n: Node) => boolean): void {
  if (visit(node) === false) return;
  for (const child of node.children ?? []) walk(child, visit);
}

function checkNode(
  n: Node,
  out: Collector,
  names: NarrativeNames | undefined,
  imageRefs: ReadonlySet<string>,
): boolean {
  switch (n.type) {
    case 'mdxjsEsm': {
      const code = String(n.value ?? '').trimStart();
      const word = /^export\b/.test(code) ? 'export' : 'import';
      out.add(
        n,
        `正文不能使用 ${word} 语句；报告正文只能使用站点提供的组件（${COMPONENT_NAMES.join('、')}），无需也不能导入或导出任何内容`,
      );
      return true;
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (!isPlainLiteral(String(n.value ?? ''))) {
        // `{已化解件数}` is how project.yaml quotes a figure; the narrative has a component for it.
        // (`{资金支出总额:元}` does not parse as MDX at all: a syntax error is reported.)
        const bare = String(n.value ?? '').trim();
        const measure = MEASURE_NAMES.includes(bare) ? bare : undefined;
        out.add(
          n,
          measure === undefined
            ? '正文不能使用 {…} 表达式（构建时会作为代码执行）；花括号中只能写注释 {/* … */} 或带引号的文字，如 {" "}'
            : `正文中引用计算数字请用组件 <Measure name="${measure}" />；{${measure}} 这种占位符只用于 project.yaml 和 indicators.csv 的文字`,
        );
      }
      return true;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      // What lies inside a refused element is not looked at again.
      return checkElement(n, out, names);
    case 'yaml':
    case 'toml':
      out.add(
        n,
        '正文文件不能以 --- 包围的文件头（frontmatter）开始；项目信息请写在同目录的 project.yaml 中',
      );
      return true;
    case 'html':
      out.add(n, '正文不能包含原始 HTML；请用 Markdown 或站点提供的组件');
      return true;
    case 'image':
      checkAddress(n, out, n.url ?? '', 'resource', '图片');
      checkLocalImage(n, out, n.url ?? '');
      return true;
    case 'link':
      checkAddress(n, out, n.url ?? '', 'link', '链接');
      return true;
    case 'definition':
      if (n.identifier !== undefined && imageRefs.has(n.identifier)) {
        checkAddress(n, out, n.url ?? '', 'resource', '图片');
      } else {
        checkAddress(n, out, n.url ?? '', 'link', '链接');
      }
      return true;
    default:
      return true;
  }
}

/** Checks an element; false when it is refused as a whole. */
function checkElement(n: Node, out: Collector, names: NarrativeNames | undefined): boolean {
  const name = n.name;
  if (name === null || name === undefined) return true; // a fragment <>…</> holds only what it holds
  const attributes = n.attributes ?? [];
  const isComponent = /^[A-Z]/.test(name) || /[.:]/.test(name);
  if (isComponent) {
    const rules = COMPONENTS[name];
    if (rules === undefined) {
      out.add(
        n,
        `不认识的组件 <${name}>${suggest(name, COMPONENT_NAMES, (s) => `<${s}>`)}；可用的组件有 ${COMPONENT_NAMES.join('、')}`,
      );
      return false;
    }
    checkComponent(n, name, rules, attributes, out, names);
    return true;
  }
  if (!HTML_ELEMENTS.has(name)) {
    out.add(
      n,
      `正文不能使用 <${name}> 元素；正文只能写文字、Markdown、站点提供的组件和常见排版元素（如 <br>、<sup>、<table>、本站的 <img>）`,
    );
    return false;
  }
  for (const a of attributes) {
    if (a.type !== 'mdxJsxAttribute' || a.name === undefined) {
      out.add(n, `<${name}> 不能使用 {…} 展开属性；属性应逐个写成 名称="文字"`);
      continue;
    }
    const attr = a.name;
    if (/^on/i.test(attr)) {
      out.add(n, `<${name}> 不能使用事件属性 ${attr}（会在浏览器中执行脚本）`);
      continue;
    }
    if (a.value !== null && typeof a.value === 'object') {
      out.add(
        n,
        `<${name}> 的属性 ${attr} 必须写成带引号的文字，如 ${attr}="…"；不能用 {…} 表达式`,
      );
      continue;
    }
    const value = a.value ?? '';
    // Browsers read attribute names in any case: SRC and SrcSet load like src and srcset.
    const key = attr.toLowerCase();
    const label = name === 'img' || name === 'picture' ? '图片' : `<${name}> 的 ${attr} 地址`;
    if (key === 'href' && name === 'a') checkAddress(n, out, value, 'link', '链接');
    else if (key === 'srcset' || key === 'ping') {
      for (const part of value.split(key === 'ping' ? /\s+/ : ',')) {
        checkAddress(n, out, part.trim().split(/\s+/)[0] ?? '', 'resource', label);
      }
    } else if (RESOURCE_ATTRIBUTES.has(key)) {
      checkAddress(n, out, value, 'resource', label);
    } else if (key === 'style') {
      checkStyle(n, name, value, out);
    }
  }
  return true;
}

/**
 * A style attribute may load images through url() and image-set("…"): each address in it must
 * be this site's. CSS escapes (`ht\\74 tp`) would hide an address from this check, so a
 * backslash is refused, as are @import and expression().
 */
function checkStyle(n: Node, name: string, value: string, out: Collector): void {
  if (/\\|@import|expression\s*\(/i.test(value)) {
    out.add(n, `<${name}> 的 style 属性不能使用反斜杠转义、@import 或 expression()`);
    return;
  }
  const what = `<${name}> 的样式中的图片`;
  for (const m of value.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)|(['"])([^'"]*)\3/gi)) {
    checkAddress(n, out, m[2] ?? m[4] ?? '', 'resource', what);
  }
}

function checkComponent(
  n: Node,
  name: string,
  rules: Record<string, PropRule>,
  attributes: readonly Attribute[],
  out: Collector,
  names: NarrativeNames | undefined,
): void {
  const allowed = Object.keys(rules);
  const seen = new Set<string>();
  for (const a of attributes) {
    if (a.type !== 'mdxJsxAttribute' || a.name === undefined) {
      out.add(n, `<${name}> 不能使用 {…} 展开属性；属性应逐个写成 名称="文字"`);
      continue;
    }
    const attr = a.name;
    const rule = rules[attr];
    if (rule === undefined) {
      out.add(
        n,
        allowed.length === 0
          ? `<${name}> 没有属性，不能写 ${attr}；应写成 <${name} />`
          : `<${name}> 没有属性 ${attr}${suggest(attr, allowed, (s) => s)}；可用的属性有 ${allowed.join('、')}`,
      );
      continue;
    }
    seen.add(attr);
    if (typeof a.value !== 'string') {
      out.add(
        n,
        `<${name}> 的属性 ${attr} 必须写成带引号的文字，如 ${attr}="${example(rule.values, names)}"${a.value === null || a.value === undefined ? '' : '；不能用 {…} 表达式'}`,
      );
      continue;
    }
    checkValue(n, name, attr, a.value, rule.values, out, names);
  }
  for (const [attr, rule] of Object.entries(rules)) {
    if (rule.required && !seen.has(attr)) {
      out.add(
        n,
        `<${name}> 缺少属性 ${attr}，如 <${name} ${attr}="${example(rule.values, names)}" />`,
      );
    }
  }
  if ((n.children ?? []).length > 0) {
    out.add(n, `<${name}> 不接受内容，其中的文字不会显示；应写成 <${name} … />`);
  }
}

function example(values: Values, names: NarrativeNames | undefined): string {
  switch (values.kind) {
    case 'list':
      return values.values[0] ?? '';
    case 'source':
      return names?.sources[0] ?? '本年财政拨款';
    case 'indicator':
      return names?.indicators[0] ?? '群众满意率';
    case 'text':
      return '…';
  }
}

function checkValue(
  n: Node,
  component: string,
  attr: string,
  value: string,
  values: Values,
  out: Collector,
  names: NarrativeNames | undefined,
): void {
  switch (values.kind) {
    case 'text':
      return;
    case 'list': {
      if (values.values.includes(value)) return;
      const list = values.values
        .map((v) => (values.labels?.[v] ? `${v}（${values.labels[v]}）` : v))
        .join('、');
      out.add(
        n,
        `<${component}> 的 ${attr}：${quote(value)}不是已知的${values.what}${suggest(value, values.values, (s) => `“${s}”`)}；可用的有 ${list}`,
      );
      return;
    }
    case 'source': {
      if (names === undefined || names.sources.includes(value)) return;
      out.add(
        n,
        `<${component}> 的 ${attr}：资金来源${quote(value)}不在本项目年度的 budget.csv 中${suggest(value, names.sources, (s) => `“${s}”`)}；应为 ${names.sources.join('、')} 之一`,
      );
      return;
    }
    case 'indicator': {
      if (names === undefined || names.indicators.includes(value)) return;
      out.add(
        n,
        `<${component}> 的 ${attr}：indicators.csv 中没有名为${quote(value)}的三级指标${suggest(value, names.indicators, (s) => `“${s}”`)}；本项目年度的指标有 ${names.indicators.join('、')}`,
      );
      return;
    }
  }
}

/**
 * A Markdown image with a relative path is bundled from beside the narrative at build time: it
 * must exist and be an ordinary file inside the content folder, or the build fails unlocated.
 */
function checkLocalImage(n: Node, out: Collector, url: string): void {
  if (out.localImage === undefined || url === '') return;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || /^[/\\#]/.test(url)) return;
  const bare = url.split(/[?#]/)[0] ?? '';
  let path = bare;
  try {
    path = decodeURI(bare);
  } catch {
    // Written undecodable: checked as written.
  }
  const message = out.localImage(posix.normalize(posix.join(posix.dirname(out.file), path)));
  if (message !== undefined) out.add(n, message);
}

type AddressUse = 'resource' | 'link';

/**
 * A resource must come from this site: a relative or root-relative path, or a `data:` image.
 * A link may lead elsewhere, with a warning. Script-like schemes are refused everywhere.
 */
function checkAddress(n: Node, out: Collector, raw: string, use: AddressUse, what: string): void {
  // Browsers drop control characters and whitespace from URLs: `java\tscript:` is `javascript:`.
  // eslint-disable-next-line no-control-regex
  const url = raw.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  const external = url.startsWith('//') || url.startsWith('\\\\') || /^\/\\|^\\\//.test(url);
  if (scheme === undefined && !external) return;
  if (scheme === 'data' && use === 'resource' && /^data:image\/(png|jpeg|gif|webp);/i.test(url)) {
    return;
  }
  if (scheme === 'mailto' || scheme === 'tel') {
    if (use === 'link') return;
  }
  if (external || scheme === 'http' || scheme === 'https' || scheme === 'ftp') {
    const host = hostOf(url);
    if (use === 'resource') {
      out.add(
        n,
        `${what}来自其他网站（${host}）；报告只能使用本站的文件（其他网站可借此得知谁在何时阅读报告，内网中也可能无法打开）：请把文件放进 public/ 目录，写成以 / 开头的本站路径`,
      );
    } else {
      out.add(
        n,
        `链接到其他网站（${host}）；读者在内网中可能无法打开，请确认确需此链接`,
        'warning',
      );
    }
    return;
  }
  out.add(
    n,
    `${what.endsWith('地址') ? what : `${what}的地址`}不能以“${scheme ?? ''}:”开头；${use === 'link' ? '链接应为本站路径或 http(s) 网址' : '应为本站的文件路径，以 / 开头'}`,
  );
}

function hostOf(url: string): string {
  const m = /^(?:[a-z][a-z0-9+.-]*:)?[/\\]{2}([^/\\?#]*)/i.exec(url);
  const host = (m?.[1] ?? '').replace(/^[^@]*@/, '');
  return host === '' ? url.slice(0, 40) : host.slice(0, 60);
}

/**
 * Whether `{…}` holds nothing that runs: whitespace, comments and at most one quoted string
 * without escapes. Tokenised left to right, so `"/*" + x + "*\/"` is not mistaken for a comment.
 */
export function isPlainLiteral(code: string): boolean {
  let strings = 0;
  let i = 0;
  while (i < code.length) {
    const c = code[i] as string;
    if (/\s/.test(c)) {
      i++;
    } else if (code.startsWith('/*', i)) {
      const end = code.indexOf('*/', i + 2);
      if (end < 0) return false;
      i = end + 2;
    } else if (code.startsWith('//', i)) {
      const end = code.indexOf('\n', i);
      i = end < 0 ? code.length : end + 1;
    } else if (c === '"' || c === "'") {
      const end = code.indexOf(c, i + 1);
      if (end < 0 || /[\\\r\n]/.test(code.slice(i + 1, end))) return false;
      strings++;
      i = end + 1;
    } else {
      return false;
    }
  }
  return strings <= 1;
}

/** `（是否应为 <Measure>？）` for the nearest name, when one is close enough. */
export function suggest(
  value: string,
  names: readonly string[],
  show: (s: string) => string,
): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of names) {
    const d = distance(value.toLowerCase(), name.toLowerCase());
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  const limit = Math.max(1, Math.floor(Math.max(value.length, best?.length ?? 0) / 3));
  if (best !== undefined && bestDistance <= limit) return `（是否应为 ${show(best)}？）`;
  // A name written short or long: 满意率 for 群众满意率.
  const containing = names.filter(
    (n) => value.length > 1 && (n.includes(value) || value.includes(n)),
  );
  return containing.length === 1 ? `（是否应为 ${show(containing[0] as string)}？）` : '';
}

/** Edit distance by code point, a swap of two neighbours counting as one edit (nmae → name). */
function distance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => (d[i] as number[])[j] as number;
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      let best = Math.min(
        at(i - 1, j) + 1,
        at(i, j - 1) + 1,
        at(i - 1, j - 1) + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      (d[i] as number[])[j] = best;
    }
  }
  return at(x.length, y.length);
}

/** The parser's message (`3:12: Unexpected … (mdx:code)`) as a located Chinese problem. */
function syntaxProblem(file: string, e: unknown): Problem {
  const raw = e instanceof Error ? e.message : String(e);
  const m = /^(\d+):(\d+):\s*([\s\S]*?)\s*(?:\(([\w:-]+)\))?$/.exec(raw);
  const reason = m?.[3] ?? raw;
  const problem: Problem = {
    file,
    severity: 'error',
    message: `MDX 语法错误：${hint(reason)}（解析器：${reason.slice(0, 160)}）`,
  };
  if (m) {
    problem.line = Number(m[1]);
    problem.column = `第${m[2]}列`;
  }
  return problem;
}

function hint(reason: string): string {
  if (/create a comment/.test(reason)) return 'MDX 中不能用 <!-- --> 注释，应写成 {/* 注释 */}';
  if (/closing brace|in expression/.test(reason))
    return '花括号 { 没有配对的 }；如要显示花括号，请写成 \\{';
  if (/create a link|valid JSX tag|before name/.test(reason)) {
    return '“<”后应为完整的组件标签，如 <Measure name="化解率" />（以 /> 结尾）；如要显示小于号，请写成 \\<';
  }
  if (/closing tag|Unexpected closing|end of file/.test(reason)) {
    return '标签没有正确闭合；组件应写成 <Measure name="化解率" />（以 /> 结尾）';
  }
  if (/import|export/i.test(reason)) return '正文不能使用 import 或 export 语句';
  if (/attribute/i.test(reason)) return '组件的属性应写成 名称="文字"';
  return '请检查 < > { } 是否成对';
}

/** Every narrative file the content collection would load, checked; see checkNarrative. */
export async function checkNarratives(
  root: string,
  contentDir: string,
  reports: ReadonlyMap<string, Report | undefined>,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const base = join(root, contentDir);
  const top = await lstat(base).catch(() => undefined);
  if (top === undefined) return problems;
  if (!top.isDirectory()) {
    problems.push({
      file: contentDir,
      severity: 'error',
      message: notAFolderMessage(entryKind(top) ?? '是普通文件'),
    });
    return problems;
  }
  for (const year of await list(base)) {
    if (!/^\d{4}$/.test(year.name)) continue;
    const yearFile = `${contentDir}/${year.name}`;
    if (year.isSymbolicLink()) {
      problems.push({
        file: yearFile,
        severity: 'error',
        message: notAFolderMessage('是符号链接'),
      });
      continue;
    }
    if (!year.isDirectory()) continue;
    for (const project of await list(join(base, year.name))) {
      if (project.name.startsWith('.')) continue;
      const dir = `${yearFile}/${project.name}`;
      if (project.isSymbolicLink()) {
        problems.push({ file: dir, severity: 'error', message: notAFolderMessage('是符号链接') });
        continue;
      }
      if (!project.isDirectory()) continue;
      const id = `${year.name}/${project.name}`;
      const names = namesOf(reports.get(id));
      for (const entry of await list(join(root, dir))) {
        if (!entry.name.endsWith('.mdx') || entry.name.startsWith('.')) continue;
        const file = `${dir}/${entry.name}`;
        const kind = entryKind(entry);
        if (kind !== undefined) {
          problems.push({ file, severity: 'error', message: notAFileMessage(kind) });
          continue;
        }
        const read = await readRegularFile(join(root, file));
        if (read.bytes === undefined) {
          if (read.kind !== undefined) {
            problems.push({ file, severity: 'error', message: notAFileMessage(read.kind) });
          }
          continue;
        }
        problems.push(
          ...checkNarrative(file, read.bytes.toString('utf8'), names, (path) =>
            localImageProblem(root, contentDir, path),
          ),
        );
      }
    }
  }
  return problems;
}

function localImageProblem(root: string, contentDir: string, path: string): string | undefined {
  const advice = '图片应与正文放在同一目录，写成 ./图片.png';
  if (!path.startsWith(`${contentDir}/`))
    return `图片 ${path} 不在 ${contentDir}/ 目录中；${advice}`;
  let stats;
  try {
    stats = lstatSync(join(root, path));
  } catch {
    return `找不到图片文件 ${path}；请检查文件名，${advice}`;
  }
  const kind = entryKind(stats);
  return kind === undefined ? undefined : `图片 ${path} ${notAFileMessage(kind)}`;
}

async function list(path: string): Promise<Dirent[]> {
  const entries = await readdir(path, { withFileTypes: true }).catch(() => [] as Dirent[]);
  return entries.sort((a, b) => compareText(a.name, b.name));
}
