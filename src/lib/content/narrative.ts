/**
 * Checks a narrative's text (content/<年度>/<项目标识>/*.mdx, found by narrative-files.ts) before
 * Astro compiles it, so a mistake comes back as a located Chinese problem with what would be
 * right, instead of an MDX compiler error or a module-resolution failure.
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
import { mdxToMdast } from 'satteri';
import type { Problem } from '../base/problems.ts';
import { MEASURE_NAMES } from '../model/measures.ts';
import { checkAddress, checkLocalImage, checkStyle, RESOURCE_ATTRIBUTES } from './addresses.ts';
import type { NarrativeNames } from './components.ts';
import { compareText } from '../base/problems.ts';
import { checkComponent, COMPONENT_NAMES, COMPONENTS } from './components.ts';
import type { LocalImageCheck, Node } from './narrative-node.ts';
import { Collector } from './narrative-node.ts';
import { suggest } from './suggest.ts';

/** Typesetting elements a narrative may use; nothing that loads or runs anything by itself. */
export const HTML_ELEMENTS = new Set(
  (
    'a abbr b blockquote br caption code col colgroup dd del div dl dt em figcaption figure h1 h2 ' +
    'h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s small span strong sub sup table tbody td ' +
    'tfoot th thead tr u ul audio video source track picture'
  ).split(' '),
);

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
        `正文不能使用 ${word} 语句；报告正文只能使用站点提供的组件（${componentNames(names).join('、')}），无需也不能导入或导出任何内容`,
      );
      return true;
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (!isPlainLiteral(String(n.value ?? ''))) {
        // `{已化解件数}` is how project.yaml quotes a figure; the narrative has a component for it.
        // (`{资金支出总额:元}` does not parse as MDX at all: a syntax error is reported.)
        const bare = String(n.value ?? '').trim();
        const figure = figureComponent(bare, names);
        out.add(
          n,
          figure === undefined
            ? '正文不能使用 {…} 表达式（构建时会作为代码执行）；花括号中只能写注释 {/* … */} 或带引号的文字，如 {" "}'
            : `正文中引用计算数字请用组件 <${figure} name="${bare}" />；{${bare}} 这种占位符只用于 ${names?.components ? 'unit.yaml 的单位概况' : 'project.yaml 和 indicators.csv 的文字'}`,
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
        checkLocalImage(n, out, n.url ?? '');
      } else {
        checkAddress(n, out, n.url ?? '', 'link', '链接');
      }
      return true;
    default:
      return true;
  }
}

/** The component that quotes the figure `name` here (`Measure`, or the unit report's `Unit`). */
function figureComponent(name: string, names: NarrativeNames | undefined): string | undefined {
  if (!names?.components) return MEASURE_NAMES.includes(name) ? 'Measure' : undefined;
  return Object.entries(names.components).find(([, rules]) => {
    const values = rules['name']?.values;
    return values?.kind === 'list' && values.values.includes(name);
  })?.[0];
}

/** The components this narrative may use: a project-year's, or those given (the unit report's). */
function componentNames(names: NarrativeNames | undefined): readonly string[] {
  return names?.components ? Object.keys(names.components).sort(compareText) : COMPONENT_NAMES;
}

/** Checks an element; false when it is refused as a whole. */
function checkElement(n: Node, out: Collector, names: NarrativeNames | undefined): boolean {
  const name = n.name;
  if (name === null || name === undefined) return true; // a fragment <>…</> holds only what it holds
  const attributes = n.attributes ?? [];
  const isComponent = /^[A-Z]/.test(name) || /[.:]/.test(name);
  if (isComponent) {
    const set = names?.components ?? COMPONENTS;
    const known = componentNames(names);
    const rules = Object.hasOwn(set, name) ? set[name] : undefined;
    if (rules === undefined) {
      out.add(
        n,
        `不认识的组件 <${name}>${suggest(name, known, (s) => `<${s}>`)}；可用的组件有 ${known.join('、')}`,
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
        const url = part.trim().split(/\s+/)[0] ?? '';
        checkAddress(n, out, url, 'resource', label);
        if (key === 'srcset') checkLocalImage(n, out, url);
      }
    } else if (RESOURCE_ATTRIBUTES.has(key)) {
      checkAddress(n, out, value, 'resource', label);
      // A file beside the narrative, wherever it is named as a picture, is a raster image.
      if (key === 'src' && (name === 'img' || name === 'source')) checkLocalImage(n, out, value);
    } else if (key === 'style') {
      checkStyle(n, name, value, out);
    }
  }
  return true;
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
