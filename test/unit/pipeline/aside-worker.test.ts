/**
 * The second thread of a project-year, driven directly: it answers a read with the spending
 * file's TableResult exactly as readSpecFile() gives it here, and a write with the payment
 * ledger writePaymentLedger() would write from those payments.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { readSpecFile } from '../../../src/lib/dataset/load.ts';
import { SPENDING } from '../../../src/lib/dataset/specs.ts';
import { writePaymentLedger } from '../../../src/lib/ledger/ledger.ts';
import { paymentRowsOf } from '../../../src/lib/ledger/rows.ts';
import type { AsideReply } from '../../../src/lib/pipeline/aside.ts';
import { tempRoot } from '../support/folders.ts';

const worker = new Worker(new URL('../../../src/lib/pipeline/aside-worker.ts', import.meta.url));
afterAll(() => worker.terminate());

function ask(request: object): Promise<AsideReply> {
  return new Promise((resolve) => {
    worker.once('message', resolve);
    worker.postMessage(request);
  });
}

const FILE = 'data/2024/jiean-huajie/spending.csv';

describe('aside-worker', () => {
  it('reads the spending file as readSpecFile() does, then writes its payment ledger', async () => {
    const path = join(process.cwd(), FILE);
    const read = await ask({ id: 1, read: { path, file: FILE } });
    const here = await readSpecFile(path, FILE, SPENDING);
    expect(read).toStrictEqual({ id: 1, table: here });

    const units = here.records.map((_, i) => (i % 2 === 0 ? '城关街道' : ''));
    const [there, local] = [await tempRoot({}), await tempRoot({})];
    const listed = ['用途'];
    const written = await ask({ id: 2, write: { dir: there, units, pageSize: 7, listed } });
    const rows = paymentRowsOf(here.records, units);
    const expected = await writePaymentLedger(local, rows, 7, listed);
    expect(readFileSync(join(there, 'payments.csv'), 'utf8').split('\r\n')[0]).toContain('用途');
    expect(written).toStrictEqual({ id: 2, part: expected });
    const names = readdirSync(local, { recursive: true, encoding: 'utf8' }).sort();
    expect(readdirSync(there, { recursive: true, encoding: 'utf8' }).sort()).toEqual(names);
    for (const name of names.filter((n) => n.includes('.')))
      expect(readFileSync(join(there, name)).equals(readFileSync(join(local, name))), name).toBe(
        true,
      );
  });

  it('writes the payment ledger of a project-year without cases without their columns', async () => {
    const path = join(process.cwd(), 'data/2024/xinfang-jingfei/spending.csv');
    const read = await ask({ id: 4, read: { path, file: FILE } });
    const units = (read.table?.records ?? []).map(() => '');
    expect(units.length).toBeGreaterThan(0);
    const there = await tempRoot({});
    await ask({ id: 5, write: { dir: there, units, pageSize: 50, listed: [], hasCases: false } });
    const head = readFileSync(join(there, 'payments.csv'), 'utf8').split('\r\n')[0] ?? '';
    expect(head).toContain('资金来源');
    expect(head).not.toContain('案件编号');
    expect(head).not.toContain('责任单位');
  });

  it('answers a read of a missing file with its error, not an exception', async () => {
    const path = join(process.cwd(), 'data/2024/jiean-huajie/no-such.csv');
    const reply = await ask({ id: 3, read: { path, file: 'x/spending.csv' } });
    expect(reply.table?.problems.map((p) => p.message)).toEqual([
      '文件 spending.csv 读取前已被删除',
    ]);
  });
});
