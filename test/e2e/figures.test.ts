/**
 * Figures in free text, end to end (`node scripts/build.ts`): with one case of the sample flipped
 * to 已化解, every page shows the new count where project.yaml and indicators.csv quote it; a
 * contradicting number typed into project.yaml is warned about at its line, and fails the build
 * under XF_STRICT_FIGURES=1, leaving the last good site as it was.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlPages, readReport, runBuild, siteFiles } from './helpers.ts';

const WORK = resolve('.build/e2e/figures');
const ROOT = join(WORK, 'root');
const OUT = join(WORK, 'site');
const CASES = join(ROOT, 'data/2024/jiean-huajie/cases.csv');
const FACTS = join(ROOT, 'content/2024/jiean-huajie/project.yaml');

// Not quiet: the stale-number check speaks in warnings.
const build = () => runBuild({ root: ROOT, out: OUT, cache: join(WORK, 'cache'), quiet: false });
const prefix = () => `${relative(process.cwd(), ROOT).split(sep).join('/')}/`;
const pagesWith = (text: string) =>
  htmlPages(OUT).filter((p) => readFileSync(join(OUT, p), 'utf8').includes(text));

beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(ROOT, { recursive: true });
  cpSync('data', join(ROOT, 'data'), { recursive: true });
  cpSync('content', join(ROOT, 'content'), { recursive: true });
  // One case still 化解中 is resolved: 270 → 271 resolved.
  const lines = readFileSync(CASES, 'utf8').split('\n');
  const at = lines.findIndex((l) => l.includes(',,化解中,'));
  lines[at] = (lines[at] as string).replace(',,化解中,', ',2024-11-20,已化解,');
  writeFileSync(CASES, lines.join('\n'));
});

describe('a build after one case is resolved', () => {
  it('shows the new count wherever project.yaml and indicators.csv quote it', () => {
    const run = build();
    expect(run.code, run.output).toBe(0);
    expect(run.output).not.toContain('计算得出的');
    const report = readReport(2024, 'jiean-huajie', OUT);
    expect(report.measures['已化解件数']).toBe(271);
    expect(report.indicators.find((i) => i.name === '息诉罢访率')?.reason).toMatch(
      /^已化解的271件积案中/,
    );
    for (const stale of ['全年化解信访积案270件', '已化解的270件']) {
      expect(pagesWith(stale)).toEqual([]);
    }
    const shown = pagesWith('全年化解信访积案271件');
    expect(shown).toContain('2024/jiean-huajie/index.html');
    expect(shown).toContain('2024/jiean-huajie/print/annex/index.html');
    expect(pagesWith('已化解的271件积案中')).toContain('2024/jiean-huajie/index.html');
  });

  it('warns about a contradicting number typed into project.yaml, and fails on it when strict', () => {
    const text = readFileSync(FACTS, 'utf8');
    const line = text.split('\n').findIndex((l) => l.startsWith('实际完成情况:')) + 1;
    writeFileSync(FACTS, text.replace('全年化解信访积案{已化解件数}', '全年化解信访积案270件'));
    const warning = `${prefix()}content/2024/jiean-huajie/project.yaml:${line}: 实际完成情况: 写的是“270件”，计算得出的已化解件数是 271件；请改用 {已化解件数}`;

    const warned = build();
    expect(warned.code, warned.output).toBe(0);
    expect(warned.output).toContain(`警告 ${warning}`);
    const before = siteFiles(OUT).map((f) => readFileSync(join(OUT, f)).toString('base64'));

    process.env['XF_STRICT_FIGURES'] = '1';
    try {
      const strict = build();
      expect(strict.code, strict.output).toBe(1);
      expect(strict.output.split('\n')).toContain(warning);
      expect(strict.output).toContain('构建失败');
    } finally {
      delete process.env['XF_STRICT_FIGURES'];
    }
    expect(siteFiles(OUT).map((f) => readFileSync(join(OUT, f)).toString('base64'))).toEqual(
      before,
    );
  }, 600_000);
});
