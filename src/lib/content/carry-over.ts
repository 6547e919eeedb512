/**
 * A narrative carried over from last year by `npm run new-year`: its first line is a marker that
 * the build points out as a warning, so last year's facts are never published as this year's by
 * an oversight. The clerk deletes the line once the section is rewritten.
 */
import type { Problem } from '../base/problems.ts';

/** The marker written as the first line of a carried-over narrative (an MDX comment). */
export function carriedOverLine(from: number, to: number): string {
  return `{/* 待改写：本节沿用 ${from} 年度的正文，请按 ${to} 年度的情况改写，改完删除这一行 */}`;
}

const MARKER = /\{\/\* 待改写：本节沿用 (\d{4}) 年度的正文/;

/** A warning where a narrative still holds the carried-over marker; none once it is deleted. */
export function carriedOverProblems(file: string, text: string): Problem[] {
  const lines = text.split(/\r\n|\r|\n/);
  const at = lines.findIndex((l) => MARKER.test(l));
  if (at === -1) return [];
  const from = MARKER.exec(lines[at] as string)?.[1] as string;
  return [
    {
      file,
      line: at + 1,
      severity: 'warning',
      message: `本节仍是沿用 ${from} 年度的正文，尚未改写；改写后删除第 ${at + 1} 行的“待改写”标记`,
    },
  ];
}
