/**
 * Header row → columns. Headers come with stray spaces, full-width brackets (`金额（元）`),
 * aliases (`所属街镇` for `责任单位`) and units (`金额(元)` / `金额(万元)`); this module maps them
 * onto the schema's columns and reports what is missing, doubled or unknown.
 */
import type { ColumnDef } from './columns.ts';
import { displayHeader } from './columns.ts';
import type { MoneyUnit } from './cells.ts';

export interface MappedColumn {
  def: ColumnDef;
  /** Position of the column in each row. */
  index: number;
  /** The header as the user wrote it (trimmed), used in messages. */
  header: string;
  /** Unit of a money column, from its header. */
  unit?: MoneyUnit;
}

export interface HeaderMap {
  columns: MappedColumn[];
  /** Headers the site does not know, as written; kept out of the records. */
  unknown: string[];
  /** Number of cells that have a header (trailing empty header cells excluded). */
  width: number;
  errors: { column?: string; message: string }[];
}

/** Canonical form of a header cell: NFKC (full-width brackets, letters), no whitespace. */
export function normalizeHeader(raw: string): string {
  return raw.normalize('NFKC').replace(/[\s\uFEFF]+/g, '');
}

const UNIT = /^(.*)\((?:单位:)?(元|万元)\)$/;

/** Splits `金额(万元)` into `金额` and `万元`. */
function splitUnit(name: string): { base: string; unit?: MoneyUnit } {
  const m = UNIT.exec(name);
  return m ? { base: m[1] ?? '', unit: m[2] as MoneyUnit } : { base: name };
}

/** Maps a header row onto the schema's columns. */
export function mapHeader(cells: readonly string[], defs: readonly ColumnDef[]): HeaderMap {
  const byName = new Map<string, ColumnDef>();
  for (const def of defs) {
    for (const name of [def.header, ...(def.aliases ?? [])]) byName.set(normalizeHeader(name), def);
  }

  let width = cells.length;
  while (width > 0 && (cells[width - 1] ?? '').trim() === '') width--;

  const columns: MappedColumn[] = [];
  const unknown: string[] = [];
  const errors: HeaderMap['errors'] = [];
  const seen = new Map<string, MappedColumn>();

  for (let index = 0; index < width; index++) {
    const header = (cells[index] ?? '').trim();
    if (header === '') {
      unknown.push(`第 ${index + 1} 列（无表头）`);
      continue;
    }
    const name = normalizeHeader(header);
    const { base, unit } = splitUnit(name);
    const def = byName.get(base) ?? byName.get(name);
    if (!def) {
      unknown.push(header);
      continue;
    }
    if (def.cell === 'money' && unit === undefined) {
      errors.push({
        column: header,
        message: `金额列必须在表头注明单位：写作“${def.header}(元)”或“${def.header}(万元)”`,
      });
      continue;
    }
    if (def.cell !== 'money' && unit !== undefined && byName.get(name) === undefined) {
      unknown.push(header);
      continue;
    }
    const earlier = seen.get(def.field);
    if (earlier) {
      errors.push({
        column: header,
        message: `与第 ${earlier.index + 1} 列“${earlier.header}”是同一列，只能保留一个`,
      });
      continue;
    }
    const mapped: MappedColumn = { def, index, header };
    if (unit !== undefined && def.cell === 'money') mapped.unit = unit;
    seen.set(def.field, mapped);
    columns.push(mapped);
  }

  for (const def of defs) {
    if (def.required && !seen.has(def.field) && !errors.some((e) => sameColumn(e.column, def))) {
      const names = [displayHeader(def), ...(def.aliases ?? [])].map((n) => `“${n}”`).join(' 或 ');
      errors.push({ column: displayHeader(def), message: `缺少必需的列：应有 ${names}` });
    }
  }
  return { columns, unknown, width, errors };
}

function sameColumn(header: string | undefined, def: ColumnDef): boolean {
  if (header === undefined) return false;
  const base = splitUnit(normalizeHeader(header)).base;
  return [def.header, ...(def.aliases ?? [])].some((n) => normalizeHeader(n) === base);
}

/**
 * When the header is not recognised, guess why: a semicolon or tab delimiter, or a title row
 * above the real header.
 */
export function explainUnrecognised(
  rows: readonly string[][],
  lines: readonly number[],
  defs: readonly ColumnDef[],
): string | undefined {
  const first = rows[0] ?? [];
  const joined = first.join(',');
  for (const [delimiter, name] of [
    [';', '分号'],
    ['\t', '制表符'],
    ['|', '竖线'],
  ] as const) {
    const parts = joined.split(delimiter);
    if (parts.length > 1 && mapHeader(parts, defs).columns.length >= 2) {
      return `文件用${name}分隔各列，而不是逗号；请在 Excel 中另存为“CSV（逗号分隔）”`;
    }
  }
  for (let i = 1; i < Math.min(rows.length, 10); i++) {
    const candidate = rows[i] ?? [];
    if (mapHeader(candidate, defs).columns.length >= 2) {
      return `表头应在第一行，但第 ${lines[i] ?? i + 1} 行才像是表头；请删除上方的标题行`;
    }
  }
  return undefined;
}
