/**
 * project.yaml's 主要数据: the measures 与上年对比 lists, checked against the defined measures
 * with a located error; mainMeasures() picks the default (the indicators' 计算口径 and funding).
 */
import { describe, expect, it } from 'vitest';
import { parseFacts } from '../../../src/lib/content/facts.ts';
import { mainMeasures, yearOverYear } from '../../../src/lib/model/yoy.ts';
import { formatProblem } from '../../../src/lib/base/problems.ts';
import { projectFactsSchema } from '../../../src/lib/content/facts-schema.ts';
import { golden, indicatorResult, report } from '../support/reports.ts';

const P = 'content/2024/demo/project.yaml';
const parse = (text: string) => parseFacts(P, `项目名称: 某专项资金\n${text}`, projectFactsSchema);
const messages = (text: string) => parse(text).problems.map(formatProblem);

describe('parseFacts(file, text, projectFactsSchema) on 主要数据', () => {
  it('reads a list of measure names, flow or block style', () => {
    expect(parse('主要数据: [已化解件数, 化解率]\n').value?.mainMeasures).toEqual([
      '已化解件数',
      '化解率',
    ]);
    expect(parse('主要数据:\n  - 满意率\n  - 预算执行率\n').value?.mainMeasures).toEqual([
      '满意率',
      '预算执行率',
    ]);
  });

  it.each([
    ['an unknown name', '主要数据: [已化解件数, 化解律]\n', '不认识的计算口径“化解律”'],
    ['a single name instead of a list', '主要数据: 化解率\n', '应为计算口径的列表'],
    ['an empty list', '主要数据: []\n', '至少列出一个计算口径'],
    ['a number in the list', '主要数据: [化解率, 3]\n', '应为一段文字'],
    ['a nested map', '主要数据:\n  化解率: 1\n', '应为计算口径的列表'],
    [
      'a name with spaces around it is not trimmed into a match',
      '主要数据: [" 化解率x"]\n',
      '不认识的计算口径',
    ],
  ])('refuses %s at the line of the key', (_, text, message) => {
    const [problem] = messages(text);
    expect(problem).toContain(`${P}:2:`);
    expect(problem).toContain('主要数据');
    expect(problem).toContain(message);
  });
});

describe('mainMeasures(reports, chosen)', () => {
  it('defaults to the indicators’ 计算口径 and the funding measures, in definition order', () => {
    const r = report({
      measures: {
        积案总数: 10,
        已化解件数: 9,
        化解率: 0.9,
        救助人数: 3,
        资金支出总额: 5,
        预算执行率: 1,
      },
      indicators: [indicatorResult({ measure: '化解率', unit: '%' })],
    });
    expect(mainMeasures([r])).toEqual(['化解率', '资金支出总额', '预算执行率']);
  });

  it('takes the chosen list when given, leaving out names no report has', () => {
    const r = report({ measures: { 已化解件数: 9, 化解率: 0.9 } });
    expect(mainMeasures([r], ['化解率', '满意率', '已化解件数'])).toEqual(['已化解件数', '化解率']);
  });

  it('leaves 按期办结率 and 救助人数 out of 积案化解 2024, whose indicators do not use them', () => {
    const yoy = yearOverYear(golden(2023, 'jiean-huajie'), golden(2024, 'jiean-huajie'));
    const names = yoy.measures.map((m) => m.name);
    expect(names).not.toContain('按期办结率');
    expect(names).not.toContain('救助人数');
    expect(names).toContain('件均化解资金');
    expect(names).toContain('预算执行率');
  });
});
