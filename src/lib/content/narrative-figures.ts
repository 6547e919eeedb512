/**
 * The stale-number check over the narrative: the prose of each section file, with components,
 * tags, `{…}` expressions, code and link addresses blanked out, so only what staff typed by
 * hand is compared with the computed figures (content/stale-figures.ts).
 */
import { join } from 'node:path';
import type { Report } from '../model/report-schema.ts';
import type { Problem, Severity } from '../base/problems.ts';
import { readRegularFile } from '../read/file-kind.ts';
import { SECTIONS } from '../report/outline.ts';
import { staleProblems } from './bind-figures.ts';

/** Blanks a match to the same length, keeping its line breaks (so lines stay where they are). */
const blank = (m: string) => m.replace(/[^\n]/g, '□');

/** The prose of an MDX file with everything that is not typed text blanked out. */
export function proseOnly(mdx: string): string {
  return mdx
    .replace(/```[\s\S]*?```/g, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/<[A-Za-z/][^<>]*>/g, blank)
    .replace(/\{[^{}]*\}/g, blank)
    .replace(/\]\([^)\n]*\)/g, blank);
}

/** Stale figures in the section files of each project-year, located by file and line. */
export async function checkNarrativeFigures(
  root: string,
  contentDir: string,
  reports: ReadonlyMap<string, Report>,
  severity: Severity,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const [id, report] of reports) {
    for (const section of SECTIONS) {
      const file = `${contentDir}/${id}/${section.file}`;
      const read = await readRegularFile(join(root, file));
      if (read.bytes === undefined) continue;
      const text = proseOnly(read.bytes.toString('utf8'));
      problems.push(...staleProblems(text, report, { file, line: 1 }, severity, 'component'));
    }
  }
  return problems;
}
