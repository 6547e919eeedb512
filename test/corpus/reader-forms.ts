/**
 * Plants numbers written in the forms a reader reads (test/unit/support/reader-forms.ts) in a
 * copy of the corpus template, where staff write: the 备注 of a case (cases.csv line 3), a line
 * of the narrative (01-jiben.mdx line 3 on), a line of project.yaml (line 3 on, as comments,
 * which ship in no page but are read all the same).
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReaderForm } from '../unit/support/reader-forms.ts';
import { PROJECT_DIR } from './corpus.ts';

export const PLACES = ['cell', 'narrative', 'yaml'] as const;
export type Place = (typeof PLACES)[number];

/** Writes `forms` into the template copy at `root`: all in one cell, or one line each. */
export function plantForm(root: string, place: Place, forms: readonly ReaderForm[]): void {
  if (place === 'cell') {
    const file = join(root, PROJECT_DIR, 'cases.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    const note = forms.map((f) => `电话 ${f.example}`).join('；');
    lines[2] = (lines[2] ?? '').replace(/,[^,]*$/, `,"${note.replace(/"/g, '""')}"`);
    writeFileSync(file, lines.join('\n'));
  } else if (place === 'narrative') {
    const file = join(root, 'content/2024/demo/01-jiben.mdx');
    const text = readFileSync(file, 'utf8').trimEnd();
    const added = forms.map((f) => `经回访，信访人（电话 ${f.example}）表示满意。`);
    writeFileSync(file, `${text}\n\n${added.join('\n\n')}\n`);
  } else {
    const file = join(root, 'content/2024/demo/project.yaml');
    appendFileSync(file, forms.map((f) => `# 联系电话 ${f.example}\n`).join(''));
  }
}
