/**
 * A title cut into the phrases a line may break between, so that on a phone “项目” or “信访”
 * never ends one line and begins the next (GB/T 9704: 回行时词意完整). Browsers break Chinese
 * between any two characters; the page marks these phrase boundaries with <wbr> and sets the
 * title `word-break: keep-all` (src/components/report/Phrases.astro, site.css).
 *
 * The words come from the ICU dictionary segmenter (Intl.Segmenter). Words it does not know it
 * returns one character at a time (信|访|局, 自|评): such a run is one phrase (信访局, 自评). The
 * names the site knows (bureau, unit, project, 责任单位) bound the runs, so that a run never
 * joins the end of one name to the start of the next. A lone character (与、及) and a number
 * (2024) stay with what follows, or at the end of a name or title with what precedes;
 * punctuation stays with its side.
 */

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** Punctuation that opens (stays with the next phrase). */
const OPENING = /^[（([“‘《〈【「]+$/u;
const OPENING_START = /^[（([“‘《〈【「]/u;
const IDEOGRAPH = /^\p{Script=Han}$/u;
const NUMBER = /^[0-9０-９.]+$/u;

interface Piece {
  text: string;
  kind: 'run' | 'word' | 'number' | 'open' | 'close';
  /** The last piece of a name or of the text between names. */
  last: boolean;
}

/** The title in stretches: each occurrence of a name (longest first), and the text between. */
function stretches(title: string, names: readonly string[]): string[] {
  const known = [...new Set(names.filter((n) => n !== ''))].sort((a, b) => b.length - a.length);
  if (known.length === 0) return [title];
  const pattern = new RegExp(
    `(${known.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`,
    'u',
  );
  return title.split(pattern).filter((s) => s !== '');
}

function pieces(title: string, names: readonly string[]): Piece[] {
  const out: Piece[] = [];
  for (const stretch of stretches(title, names)) {
    let prev: Piece | undefined;
    for (const { segment, isWordLike } of segmenter.segment(stretch)) {
      if (IDEOGRAPH.test(segment) && prev?.kind === 'run') {
        // A character the dictionary did not join to a word: part of an unknown word.
        prev.text += segment;
        continue;
      }
      const kind: Piece['kind'] = IDEOGRAPH.test(segment)
        ? 'run'
        : NUMBER.test(segment)
          ? 'number'
          : isWordLike === true
            ? 'word'
            : OPENING.test(segment)
              ? 'open'
              : 'close';
      prev = { text: segment, kind, last: false };
      out.push(prev);
    }
    if (prev) prev.last = true;
  }
  return out;
}

/** Whether a piece waits for the one after it rather than standing as a phrase. */
function leans(p: Piece): boolean {
  if (p.kind === 'open') return true;
  if (p.last) return false;
  return p.kind === 'number' || (p.kind === 'run' && [...p.text].length === 1);
}

/**
 * `title` as phrases whose concatenation is `title`: `2024年度信访积案化解专项资金绩效自评报告`
 * → `2024年度 | 信访积案 | 化解 | 专项 | 资金 | 绩效 | 自评 | 报告`. `names` are kept apart
 * from what surrounds them. Empty for an empty title.
 */
export function titlePhrases(title: string, names: readonly string[] = []): string[] {
  const phrases: string[] = [];
  let pending = ''; // what leans on the next piece
  for (const p of pieces(title, names)) {
    const lone = p.kind === 'number' || (p.kind === 'run' && [...p.text].length === 1);
    if (p.kind === 'close' || (p.last && lone)) {
      // Back onto the phrase before, with what was waiting (附件1：), unless that opens.
      if (phrases.length > 0 && !OPENING_START.test(pending)) {
        phrases[phrases.length - 1] += pending + p.text;
        pending = '';
      } else pending += p.text;
      continue;
    }
    const text = pending + p.text;
    pending = '';
    if (leans(p)) pending = text;
    else phrases.push(text);
  }
  if (pending !== '') {
    if (phrases.length > 0) phrases[phrases.length - 1] += pending;
    else phrases.push(pending);
  }
  return phrases;
}
