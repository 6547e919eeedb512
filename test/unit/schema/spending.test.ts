import { describe, expect, it } from 'vitest';
import { csv, formatted, readSpending } from '../support/tables.ts';

const F = 'data/2024/demo/spending.csv';
const HEADER = '凭证号,拨付日期,案件编号,资金来源,金额(万元),用途,审批文号';

describe('spending.csv records', () => {
  it('reads every column, 凭证号 as 拨付编号 and 万元 into 分', () => {
    const table = readSpending(
      csv(
        HEADER,
        '记-0012,2024年3月5日,A01,本年财政拨款,1.2345,困难救助,信访联席会议纪要〔2024〕3号',
      ),
    );
    expect(table.problems).toEqual([]);
    expect(table.records).toEqual([
      {
        line: 2,
        paymentId: '记-0012',
        date: '2024-03-05',
        caseId: 'A01',
        source: '本年财政拨款',
        amount: 1_234_500,
        purpose: '困难救助',
        approval: '信访联席会议纪要〔2024〕3号',
      },
    ]);
  });

  it('keeps a negative amount (冲减) as a negative record', () => {
    const table = readSpending(csv(HEADER, 'P9,2024-12-20,A01,本年财政拨款,-0.05,冲减,'));
    expect(table.records[0]?.amount).toBe(-50_000);
  });

  it.each([
    ['凭证号', '', '凭证号: 不能为空'],
    ['拨付日期', '', '拨付日期: 不能为空'],
    ['拨付日期', '2024-06-31', '拨付日期: 日期“2024-06-31”不存在；请核对年、月、日'],
    ['资金来源', '', '资金来源: 不能为空'],
    ['金额(万元)', '', '金额(万元): 不能为空'],
    [
      '金额(万元)',
      '1.2345678',
      '金额(万元): “（此处不显示内容）”超出了精确到分的位数：以“万元”为单位最多 6 位小数',
    ],
  ])('refuses %s = %j', (column, value, message) => {
    const cells = ['P1', '2024-03-05', 'A01', '本年财政拨款', '1', '', ''];
    cells[HEADER.split(',').indexOf(column)] = value;
    const table = readSpending(csv(HEADER, cells.join(',')));
    expect(formatted(table.problems)).toEqual([`${F}:2: ${message}`]);
  });
});
