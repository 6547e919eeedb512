/**
 * Column metadata on the record schemas: column() registers a header on its own copy of a field
 * schema, columnsOf() lists a schema's columns in order, displayHeader() names the header a user
 * writes, and the shared field schemas refuse blank and malformed values in plain Chinese.
 */
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import {
  column,
  columnRegistry,
  columnsOf,
  displayHeader,
  fen,
  isoDate,
  oneOf,
  requiredText,
} from '../../../src/lib/read/columns.ts';
import { caseRecordSchema } from '../../../src/lib/schema/cases.ts';

const message = (schema: z.ZodType, value: unknown) =>
  schema.safeParse(value).error?.issues.map((i) => i.message);

describe('column(schema, meta) and columnsOf(schema)', () => {
  it('registers the header on a copy, leaving the shared schema unmarked', () => {
    const shared = z.string();
    const a = column(shared, { header: '甲', cell: 'text' });
    const b = column(shared, { header: '乙', cell: 'text', required: true });
    expect(columnRegistry.get(shared)).toBeUndefined();
    expect(columnRegistry.get(a)?.header).toBe('甲');
    expect(columnRegistry.get(b)?.header).toBe('乙');
  });

  it('lists the columns in field order, leaving out fields read from no column', () => {
    const schema = z.object({
      line: z.number(),
      id: column(z.string(), { header: '编号', cell: 'text', required: true }),
      amount: column(z.number(), { header: '金额', cell: 'money', aliases: ['数额'] }),
    });
    expect(columnsOf(schema)).toEqual([
      { field: 'id', header: '编号', cell: 'text', required: true },
      { field: 'amount', header: '金额', cell: 'money', aliases: ['数额'] },
    ]);
  });

  it('marks the petitioner’s name in the case ledger as never to be echoed', () => {
    const petitioner = columnsOf(caseRecordSchema).find((c) => c.field === 'petitioner');
    expect(petitioner?.header).toBe('信访人');
    expect(petitioner?.sensitive).toBe(true);
  });
});

describe('displayHeader(def)', () => {
  it.each([
    [{ header: '金额', cell: 'money' as const }, '金额(元)'],
    [{ header: '案件编号', cell: 'text' as const }, '案件编号'],
    [{ header: '登记日期', cell: 'date' as const }, '登记日期'],
    [{ header: '是否息诉罢访', cell: 'flag' as const }, '是否息诉罢访'],
  ])('%j → %s', (def, header) => expect(displayHeader(def)).toBe(header));
});

describe('the shared field schemas', () => {
  it.each<[string, z.ZodType, unknown, string[] | undefined]>([
    ['requiredText, a word', requiredText(), '东街', undefined],
    ['requiredText, blank', requiredText(), '', ['不能为空']],
    ['requiredText, missing', requiredText(), undefined, ['不能为空']],
    ['isoDate, a date', isoDate, '2024-02-29', undefined],
    ['isoDate, missing', isoDate, undefined, ['不能为空']],
    ['fen, an amount', fen, -12_345, undefined],
    ['fen, missing', fen, undefined, ['不能为空']],
  ])('%s', (_, schema, value, messages) => {
    expect(message(schema, value)).toEqual(messages);
  });

  it.each([['2024-02-30'], ['2023-02-29'], ['2024-2-1'], ['20240201']])(
    'isoDate refuses %s',
    (value) => expect(isoDate.safeParse(value).success).toBe(false),
  );

  it.each([[1.5], [Number.NaN], [Infinity], ['100']])('fen refuses %s', (value) =>
    expect(fen.safeParse(value).success).toBe(false),
  );

  it('oneOf(values) names the cell and every allowed value, or says it is blank', () => {
    const status = oneOf(['已化解', '化解中']);
    expect(message(status, '已化解')).toBeUndefined();
    expect(message(status, '化解了')).toEqual(['“化解了”不是有效取值；应为 已化解、化解中 之一']);
    expect(message(status, undefined)).toEqual(['不能为空']);
  });
});
