/**
 * Short text diffs for people: the changed words of two versions of a paragraph with a little
 * context on either side, as `…上下文[-旧-]{+新+}上下文…` (the notation of `git diff --word-diff`).
 * Words are found with the platform's word segmenter, so Chinese text without spaces is split
 * into words rather than compared as one long token.
 */
import { diffWords } from 'diff';

export interface TextPart {
  type: 'same' | 'removed' | 'added';
  text: string;
}

/** One place where the text changed, with its context. */
export interface TextHunk {
  parts: TextPart[];
}

const SEGMENTER = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** Characters of context kept on either side of a change. */
export const CONTEXT = 12;

function tail(text: string, context: number): string {
  const line = text.slice(text.lastIndexOf('\n') + 1);
  return line.length > context ? `…${line.slice(-context)}` : line;
}

function head(text: string, context: number): string {
  const end = text.indexOf('\n');
  const line = end < 0 ? text : text.slice(0, end);
  return line.length > context ? `${line.slice(0, context)}…` : line;
}

/**
 * textHunks(before, after): the places where the text changed, each with up to `context`
 * characters of unchanged text on either side (never reaching past a line break). Changes
 * closer together than twice the context make one hunk. Changes of whitespace alone are none.
 */
export function textHunks(before: string, after: string, context = CONTEXT): TextHunk[] {
  const parts: TextPart[] = diffWords(before, after, { intlSegmenter: SEGMENTER }).map((c) => ({
    type: c.added ? 'added' : c.removed ? 'removed' : 'same',
    text: c.value,
  }));
  const hunks: TextHunk[] = [];
  let current: TextPart[] | undefined;
  parts.forEach((part, i) => {
    if (part.type !== 'same') {
      if (!current) {
        current = [];
        const previous = parts[i - 1];
        if (previous?.type === 'same')
          current.push({ type: 'same', text: tail(previous.text, context) });
      }
      current.push(part);
      return;
    }
    if (!current) return;
    if (i < parts.length - 1 && part.text.length <= context * 2 && !part.text.includes('\n')) {
      current.push(part);
      return;
    }
    current.push({ type: 'same', text: head(part.text, context) });
    hunks.push({ parts: current });
    current = undefined;
  });
  if (current) hunks.push({ parts: current });
  return hunks.map((h) => ({ parts: h.parts.filter((p) => p.text !== '') }));
}

/** A hunk on one line: `…上下文[-旧-]{+新+}上下文…`. */
export function hunkText(hunk: TextHunk): string {
  return hunk.parts
    .map((p) =>
      p.type === 'same' ? p.text : p.type === 'removed' ? `[-${p.text}-]` : `{+${p.text}+}`,
    )
    .join('')
    .replace(/\n/g, '⏎');
}
