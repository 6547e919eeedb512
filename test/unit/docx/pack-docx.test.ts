import { Document, ImageRun, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { docxText } from '../../../src/lib/docx/package.ts';
import { packDocx } from '../../../src/lib/docx/pack-docx.ts';

/** A 1×1 PNG. */
const pixel = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);
const svg = new TextEncoder().encode(
  '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><text>图</text></svg>',
);

/** A document with text, a drawing (SVG with its PNG) and characters that need escaping. */
const doc = () =>
  new Document({
    creator: '',
    title: '报告 & 附件',
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun('第一段 <甲> “乙” 😀')] }),
          new Paragraph({
            children: [
              new ImageRun({
                type: 'svg',
                data: svg,
                fallback: { type: 'png', data: pixel },
                transformation: { width: 10, height: 10 },
              }),
            ],
          }),
        ],
      },
    ],
  });

describe('packDocx(doc, date, viaPacker)', () => {
  it("zips docx's files once into the same bytes as rewriting the Packer's zip", async () => {
    const once = await packDocx(doc(), '2024-12-31');
    const twice = await packDocx(doc(), '2024-12-31', true);
    expect(Buffer.from(once).equals(Buffer.from(twice))).toBe(true);
    expect(docxText(once)).toContain('第一段 <甲> “乙” 😀');
  });

  it('refuses a date that is not YYYY-MM-DD either way', async () => {
    await expect(packDocx(doc(), '2024-1-1')).rejects.toThrow('不是有效日期');
    await expect(packDocx(doc(), '2024-1-1', true)).rejects.toThrow('不是有效日期');
  });
});
