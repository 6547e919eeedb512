/**
 * Golden files for the bundled sample: each project-year's report.json is compared with
 * test/golden/<year>-<slug>.report.json. A mismatch writes <year>-<slug>.report.changed.json
 * beside the golden and fails; review the difference, then move the changed file over the golden.
 * A missing golden is created on a developer's machine, never under CI (there it fails).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reportJson } from '../../src/lib/model/report-json.ts';
import { loadSite } from '../../src/lib/pipeline/site.ts';
import { errors } from '../unit/support/tables.ts';

const GOLDEN = fileURLToPath(new URL('../golden/', import.meta.url));
const CI = Boolean(process.env['CI']);

const site = await loadSite({ root: process.cwd() });
const names = site.projectYears.map((p) => `${p.year}-${p.slug}`);

describe('the bundled sample', () => {
  it('loads without errors', () => {
    expect(errors(site.problems)).toEqual([]);
    expect(site.projectYears.map((p) => p.id)).toContain('2024/jiean-huajie');
  });

  it('has the headline figures of the 2024 seed report (270 件 resolved, 7,686,979 元 spent)', () => {
    const report = site.projectYears.find((p) => p.id === '2024/jiean-huajie')?.report;
    expect(report?.measures['已化解件数']).toBe(270);
    expect(report?.measures['资金支出总额']).toBe(768_697_900); // 分
  });

  it('has a golden for every project-year and no golden without one', async () => {
    const goldens = (await readdir(GOLDEN))
      .filter((f) => f.endsWith('.report.json'))
      .map((f) => f.slice(0, -'.report.json'.length));
    const created = CI ? [] : names.filter((n) => !goldens.includes(n));
    expect([...goldens, ...created].sort()).toEqual([...names].sort());
  });
});

describe('report.json of each sample project-year', () => {
  it.each(site.projectYears.map((p) => [`${p.year}-${p.slug}`, p.report] as const))(
    '%s matches its golden file',
    async (name, report) => {
      const golden = `${GOLDEN}${name}.report.json`;
      const changed = `${GOLDEN}${name}.report.changed.json`;
      const actual = reportJson(report);
      if (!existsSync(golden)) {
        if (CI)
          throw new Error(
            `缺少 golden 文件 ${golden}；CI 中不会自动创建，请在本地运行测试生成并审阅后提交`,
          );
        await writeFile(golden, actual);
        console.warn(`已创建 golden 文件 ${golden}，请审阅后提交`);
        return;
      }
      const expected = await readFile(golden, 'utf8');
      if (actual === expected) {
        await rm(changed, { force: true });
        return;
      }
      await writeFile(changed, actual);
      expect.fail(
        `${name} 的 report.json 与 golden 不一致；新结果已写入 ${changed}，审阅差异后用它替换 ${golden}`,
      );
    },
  );
});
