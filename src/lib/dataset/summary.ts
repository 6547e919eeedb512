/** The build summary: per file, what its rows became, the money read, and the warnings. */
import type { Problem } from '../base/problems.ts';
import { problemLines } from '../base/problems.ts';
import { formatYuan } from '../base/money.ts';
import type { FileSummary } from './load.ts';

const FIELD_NAMES: Record<string, string> = {
  amount: '金额',
  initialBudget: '年初预算数',
  annualBudget: '全年预算数',
  executed: '全年执行数',
};

/** One line per file: `data/…/spending.csv [GB18030]: 312 行 = 310 条记录 + 1 空行 + 1 合计行; 金额 7,686,979.00 元`. */
export function summaryLines(files: readonly FileSummary[]): string[] {
  return files.map((f) => {
    const c = f.counts;
    const parts = [`${c.records} 条记录`];
    if (c.blank > 0) parts.push(`${c.blank} 空行`);
    if (c.total > 0) parts.push(`${c.total} 合计行`);
    if (c.invalid > 0) parts.push(`${c.invalid} 行有错误`);
    const money = Object.entries(f.totals)
      .map(([field, fen]) => `${FIELD_NAMES[field] ?? field} ${formatYuan(fen)} 元`)
      .join('，');
    const encoding = f.encoding ? ` [${f.encoding}]` : '';
    return `${f.file}${encoding}: ${c.rows} 行 = ${parts.join(' + ')}${money ? `；合计 ${money}` : ''}`;
  });
}

/** The warnings as printed, `警告 ` before each; many rows with the same warning as one line. */
export function warningLines(problems: readonly Problem[]): string[] {
  return problemLines(problems.filter((p) => p.severity === 'warning')).map((l) => `警告 ${l}`);
}

/** The errors as printed; many rows with the same error as one line (base/problems.ts). */
export function errorLines(problems: readonly Problem[]): string[] {
  return problemLines(problems.filter((p) => p.severity === 'error'));
}
