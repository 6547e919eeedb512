import { describe, expect, it } from 'vitest';
import { Collector } from '../../../src/lib/content/narrative-node.ts';

const F = 'content/2024/demo/01-jiben.mdx';

describe('Collector(file, localImage)', () => {
  it('locates a problem at its node: line, and the column as 第N列', () => {
    const out = new Collector(F);
    out.add({ type: 'link', position: { start: { line: 3, column: 12 } } }, '链接有误');
    expect(out.problems).toEqual([
      { file: F, line: 3, column: '第12列', message: '链接有误', severity: 'error' },
    ]);
  });

  it('takes the severity given, and a problem without a node or position by its file alone', () => {
    const out = new Collector(F);
    out.add(undefined, '甲', 'warning');
    out.add({ type: 'root' }, '乙');
    expect(out.problems).toEqual([
      { file: F, message: '甲', severity: 'warning' },
      { file: F, message: '乙', severity: 'error' },
    ]);
  });

  it('keeps the local image check it was given', () => {
    const check = (path: string) => (path.endsWith('.png') ? undefined : '不是图片');
    expect(new Collector(F, check).localImage).toBe(check);
    expect(new Collector(F).localImage).toBeUndefined();
  });
});
