/**
 * The bad-input corpus: each folder here holds one or two files that replace the same files of
 * `template/` (a small valid project-year) — CSV files at the folder's top, narrative and YAML
 * files under `content/` as they lie in the project — and `expected.txt`, the errors the build
 * must print for it, exactly, and/or `warnings.txt`, the warnings it must add to the template's.
 * A few cases are too large or too odd to keep as files and are made here.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = fileURLToPath(new URL('.', import.meta.url));
export const TEMPLATE_DIR = join(CORPUS_DIR, 'template');
/** Where the template's project-year lives, relative to a project root. */
export const PROJECT_DIR = 'data/2024/demo';

/** Where a case's narrative or facts file goes: site.yaml at the content root, others beside the project-year's. */
function contentFileDir(file: string): string {
  return file === 'site.yaml' ? 'content' : PROJECT_DIR.replace(/^data\//, 'content/');
}

/** Values planted in the corpus that no message or log may ever repeat. */
export const PLANTED = ['110101199003071233', '13812345678', '周志武'];

export interface CorpusCase {
  name: string;
  /** Writes the case into a copy of the template at `root`. */
  apply: (root: string) => void;
}

/** A 50 MB single cell: the 备注 of case A02 (line 3) runs on for 50 MiB. */
function hugeCell(root: string): void {
  const file = join(root, PROJECT_DIR, 'cases.csv');
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  lines[2] = `${lines[2] ?? ''}${'x'.repeat(50 * 1024 * 1024)}`;
  writeFileSync(file, `${lines.join('\n')}\n`);
}

/**
 * Links where ordinary files and folders belong: a data file and a narrative file linked to
 * copies outside the project, and a project folder linked to another.
 */
function symlinks(root: string): void {
  const outside = join(root, '..', `${root.split(/[\\/]/).pop() ?? 'case'}-outside`);
  mkdirSync(outside, { recursive: true });
  const budget = join(root, PROJECT_DIR, 'budget.csv');
  cpSync(budget, join(outside, 'budget.csv'));
  rmSync(budget);
  symlinkSync(join(outside, 'budget.csv'), budget);
  const prose = join(root, 'content/2024/demo/01-jiben.mdx');
  cpSync(prose, join(outside, '01-jiben.mdx'));
  rmSync(prose);
  symlinkSync(join(outside, '01-jiben.mdx'), prose);
  symlinkSync(join(root, PROJECT_DIR), join(root, 'data/2024/demo-copy'), 'dir');
}

/** A named pipe where spending.csv should be: reading it would wait for a writer for ever. */
function fifo(root: string): void {
  const file = join(root, PROJECT_DIR, 'spending.csv');
  rmSync(file);
  execFileSync('mkfifo', [file]);
}

/** Cases made in code: too large to keep, or about folders rather than files. */
export const GENERATED: readonly CorpusCase[] = [
  { name: '88-symbolic-links', apply: symlinks },
  { name: '89-named-pipe', apply: fifo },
  { name: '90-fifty-megabyte-cell', apply: hugeCell },
  {
    name: '91-missing-file',
    apply: (root) => rmSync(join(root, PROJECT_DIR, 'indicators.csv')),
  },
  {
    name: '92-year-folder-not-a-year',
    apply: (root) => renameSync(join(root, 'data/2024'), join(root, 'data/24')),
  },
  {
    name: '93-slug-with-capitals',
    apply: (root) => {
      renameSync(join(root, PROJECT_DIR), join(root, 'data/2024/Demo_Project'));
      rmSync(join(root, 'content/2024/demo'), { recursive: true });
    },
  },
];

/** Every case: the folders of this directory, then the generated ones. */
export function corpusCases(): CorpusCase[] {
  const folders = readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\d{2,}-/.test(e.name))
    .map((e) => e.name)
    .sort();
  return [
    ...folders.map((name) => ({
      name,
      apply: (root: string) => {
        for (const file of readdirSync(join(CORPUS_DIR, name))) {
          if (file.endsWith('.csv'))
            cpSync(join(CORPUS_DIR, name, file), join(root, PROJECT_DIR, file));
          // A narrative or facts file replaces the template's in its content folder.
          else if (/\.(?:mdx|yaml)$/.test(file))
            cpSync(join(CORPUS_DIR, name, file), join(root, contentFileDir(file), file));
        }
        const content = join(CORPUS_DIR, name, 'content');
        if (existsSync(content)) cpSync(content, join(root, 'content'), { recursive: true });
      },
    })),
    ...GENERATED,
  ].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const isGenerated = (name: string) => GENERATED.some((c) => c.name === name);

/** A project root holding the template with `corpusCase` applied. */
export function makeCaseRoot(root: string, corpusCase?: CorpusCase): string {
  mkdirSync(root, { recursive: true });
  cpSync(TEMPLATE_DIR, root, { recursive: true });
  corpusCase?.apply(root);
  return root;
}

function readLines(path: string): string[] | undefined {
  if (!existsSync(path)) return undefined;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '');
}

/** The errors a case must produce, one per line, as the build prints them. */
export function expectedErrors(name: string): string[] | undefined {
  return readLines(
    isGenerated(name)
      ? join(CORPUS_DIR, 'generated', `${name}.txt`)
      : join(CORPUS_DIR, name, 'expected.txt'),
  );
}

/** The warnings a case must add to the template's, as the build prints them (`警告 …`). */
export function expectedWarnings(name: string): string[] | undefined {
  return readLines(
    isGenerated(name)
      ? join(CORPUS_DIR, 'generated', `${name}.warnings.txt`)
      : join(CORPUS_DIR, name, 'warnings.txt'),
  );
}

/** Where a mismatch is written for review (never read by the tests). */
export function changedFile(name: string, what: 'errors' | 'warnings' = 'errors'): string {
  const suffix = what === 'errors' ? '' : '.warnings';
  return isGenerated(name)
    ? join(CORPUS_DIR, 'generated', `${name}${suffix}.changed.txt`)
    : join(CORPUS_DIR, name, what === 'errors' ? 'expected.changed.txt' : 'warnings.changed.txt');
}
