/**
 * Column metadata attached to the record schemas. Each record field that comes from a CSV column
 * registers its header, aliases and cell kind here, so the zod schema stays the single source of
 * both the record type and the file layout.
 */
import * as z from 'zod';

/** How a raw cell is turned into a value before the schema validates the record. */
export type CellKind = 'text' | 'money' | 'date' | 'flag';

export interface ColumnMeta {
  /** Canonical header as in the contract, without the unit: `案件编号`, `金额`, `年初预算数`. */
  header: string;
  /** Other headers accepted for the same column: `所属街镇` for `责任单位`. */
  aliases?: readonly string[];
  /** Cell parser. A `money` column must carry its unit in the header: `金额(元)` or `金额(万元)`. */
  cell: CellKind;
  /** The column must be present in the file (its cells may still be blank where allowed). */
  required?: boolean;
  /** Cell content is never echoed in messages or logs. */
  sensitive?: boolean;
}

export const columnRegistry = z.registry<ColumnMeta>();

/** Marks a record field as read from a CSV column. */
export function column<T extends z.ZodType>(schema: T, meta: ColumnMeta): T {
  // A fresh instance per field: the registry is keyed by schema object.
  const own = schema.clone();
  columnRegistry.add(own, meta);
  return own;
}

export interface ColumnDef extends ColumnMeta {
  /** Record field the column fills. */
  field: string;
}

/** The columns of a record schema, in the order the contract lists them. */
export function columnsOf(schema: z.ZodObject): ColumnDef[] {
  const defs: ColumnDef[] = [];
  for (const [field, fieldSchema] of Object.entries(schema.shape)) {
    const meta = columnRegistry.get(fieldSchema as z.ZodType);
    if (meta) defs.push({ field, ...meta });
  }
  return defs;
}

/** The header a user should write for a column: `金额(元)` for money, else the name itself. */
export function displayHeader(def: ColumnMeta): string {
  return def.cell === 'money' ? `${def.header}(元)` : def.header;
}

/** A required text field: blank cells fail with one plain message. */
export function requiredText() {
  return z.string({ error: '不能为空' }).min(1, { error: '不能为空' });
}

/** ISO date as produced by the date cell parser; a blank cell fails with the plain message. */
export const isoDate = z.iso.date({ error: '不能为空' });

/** Integer 分, as produced by the money cell parser; a blank cell fails with the plain message. */
export const fen = z.int({ error: '不能为空' });

/** A closed set of values, with a message that lists them (the cell is echoed unless sensitive). */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? '不能为空'
        : `“${String(issue.input)}”不是有效取值；应为 ${values.join('、')} 之一`,
  });
}
