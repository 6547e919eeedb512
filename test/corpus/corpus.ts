/**
 * The bad-input corpus: each folder here holds one or two files that replace the same files of
 * `template/` (a small valid project-year), and `expected.txt`, the errors the build must print
 * for it, exactly. A few cases are too large or too odd to keep as files and are made here.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
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

/** Cases made in code: too large to keep, or about folders rather than files. */
export const GENERATED: readonly CorpusCase[] = [
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
    .filter((e) => e.isDirectory() && /^\d\d-/.test(e.name))
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
      },
    })),
    ...GENERATED,
  ];
}

/** A project root holding the template with `corpusCase` applied. */
export function makeCaseRoot(root: string, corpusCase?: CorpusCase): string {
  mkdirSync(root, { recursive: true });
  cpSync(TEMPLATE_DIR, root, { recursive: true });
  corpusCase?.apply(root);
  return root;
}

/** The errors a case must produce, one per line, as the build prints them. */
export function expectedErrors(name: string): string[] | undefined {
  const file = join(CORPUS_DIR, name, 'expected.txt');
  const generated = join(CORPUS_DIR, 'generated', `${name}.txt`);
  const path = existsSync(file) ? file : existsSync(generated) ? generated : undefined;
  if (path === undefined) return undefined;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '');
}

/** Where a mismatch is written for review (never read by the tests). */
export function changedFile(name: string): string {
  return /^9\d-/.test(name)
    ? join(CORPUS_DIR, 'generated', `${name}.changed.txt`)
    : join(CORPUS_DIR, name, 'expected.changed.txt');
}
