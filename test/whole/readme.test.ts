/**
 * The README is a clerk's guide: short, with the two commands CI relies on, and every link in it
 * and in docs/ leading to a file that is there (the guide is read on disk and on a Git host).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Guides written beside this one on other branches; linked before they land. */
const LANDING = new Set([
  'docs/privacy.md',
  'docs/privacy-publishing.md',
  'docs/publishing.md',
  'docs/indicators.md',
  'docs/unit-report.md',
  'docs/printing.md',
]);

const docs = readdirSync('docs')
  .filter((n) => n.endsWith('.md'))
  .map((n) => `docs/${n}`);

/** Relative link targets of a Markdown file, resolved from the project root, anchors dropped. */
function links(file: string): string[] {
  const text = readFileSync(file, 'utf8')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => (m[1] as string).split('#')[0] as string)
    .filter((target) => target !== '' && !/^[a-z]+:/.test(target))
    .map((target) => join(dirname(file), target));
}

describe('README.md', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('is at most 15 KB', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(15 * 1024);
  });

  it('gives the two commands exactly, the test command being what CI runs', () => {
    expect(readme).toContain('npm ci && npm run build');
    expect(readme).toContain('npm ci && npm test');
    expect(readFileSync('.ci/run', 'utf8')).toContain('npm test');
  });

  it('has the new year as a numbered checklist starting with npm run new-year', () => {
    const section = readme.slice(readme.indexOf('## 每年新增年度'), readme.indexOf('## 出错时'));
    const steps = section.match(/^\d+\. /gm) ?? [];
    expect(steps.length).toBeGreaterThanOrEqual(5);
    expect(steps.map((s) => Number.parseInt(s, 10))).toEqual(steps.map((_, i) => i + 1));
    expect(section).toContain('npm run new-year -- 2025');
    expect(JSON.parse(readFileSync('package.json', 'utf8')).scripts['new-year']).toBeDefined();
  });
});

describe('links of README.md and docs/*.md', () => {
  it.each(['README.md', ...docs])('%s links only to files that are there', (file) => {
    const targets = links(file);
    if (file === 'README.md') expect(targets.length).toBeGreaterThan(10);
    for (const target of targets) {
      if (LANDING.has(target)) continue;
      expect(existsSync(target), `${file} → ${target}`).toBe(true);
    }
  });

  it('keeps every screenshot under 150 KB, and each is shown somewhere', () => {
    const images = readdirSync('docs/images').map((n) => `docs/images/${n}`);
    expect(images.length).toBeGreaterThan(0);
    const linked = new Set(['README.md', ...docs].flatMap(links));
    for (const image of images) {
      expect(statSync(image).size, image).toBeLessThan(150 * 1024);
      expect(linked.has(image), image).toBe(true);
    }
  });
});
