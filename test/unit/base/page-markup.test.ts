/**
 * PAGE_CLASS and COLUMN_CLASS: the class names the built pages share with their readers (the
 * Word export, the build comparison), written by the components from here and styled by the
 * stylesheets under the same names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COLUMN_CLASS, PAGE_CLASS } from '../../../src/lib/base/page-markup.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function read(dir: string, suffix: string): string {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(suffix))
    .map((f) => readFileSync(join(ROOT, dir, f), 'utf8'))
    .join('\n');
}

const views = ['src/components', 'src/pages', 'src/layouts']
  .map((d) => read(d, '.astro'))
  .join('\n');
const styles = read('src/styles', '.css');
const names = [...Object.values(PAGE_CLASS), ...Object.values(COLUMN_CLASS)];

describe('PAGE_CLASS and COLUMN_CLASS', () => {
  it('name each class once', () => {
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(Object.entries(PAGE_CLASS))('PAGE_CLASS.%s is written by a component', (key) => {
    expect(views).toContain(`PAGE_CLASS.${key}`);
  });

  it.each(Object.entries(COLUMN_CLASS))('COLUMN_CLASS.%s is written by a component', (key) => {
    expect(views).toContain(`COLUMN_CLASS.${key}`);
  });

  // Marks for the readers only: the report's <article> and the 自评表's box have no style of their own.
  const unstyled = new Set<string>([PAGE_CLASS.report, PAGE_CLASS.selfEvaluation]);
  it.each(names.filter((n) => !unstyled.has(n)))('%s is styled by that name', (name) => {
    expect(styles).toMatch(new RegExp(`\\.${name}(?![\\w-])`));
  });

  it.each([...unstyled])('%s is not styled (else it belongs with the others)', (name) => {
    expect(styles).not.toMatch(new RegExp(`\\.${name}(?![\\w-])`));
  });

  it('are never written out by hand in a component’s markup', () => {
    const literal = new RegExp(`class="(?:[^"]* )?(?:${names.join('|')})(?: [^"]*)?"`, 'g');
    expect(views.match(literal) ?? []).toEqual([]);
  });
});
