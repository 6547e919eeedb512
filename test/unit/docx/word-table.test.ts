import { Document, Paragraph, Table } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'node-html-parser';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { packDocx } from '../../../src/lib/docx/pack-docx.ts';
import type { Block } from '../../../src/lib/docx/typesetting.ts';
import { tableBlocks } from '../../../src/lib/docx/word-table.ts';

const tables = (html: string) => parse(html).querySelectorAll('table') as HTMLElement[];

async function documentXml(blocks: Block[]): Promise<string> {
  const bytes = await packDocx(new Document({ sections: [{ children: blocks }] }), '2025-03-20');
  return strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
}

describe('tableBlocks(tables, width)', () => {
  it('gives nothing for tables without rows (Word refuses a table without one)', () => {
    expect(tableBlocks(tables('<table></table><table><tr></tr></table>'), 9000)).toEqual([]);
  });

  it('gives the caption, the table, then a paragraph so two tables never touch', () => {
    const out = tableBlocks(
      tables('<table><caption>表1</caption><tr><td>甲</td></tr></table>'),
      9000,
    );
    expect(out.map((b) => (b instanceof Table ? 'table' : 'paragraph'))).toEqual([
      'paragraph',
      'table',
      'paragraph',
    ]);
    expect(out[0]).toBeInstanceOf(Paragraph);
  });

  it('stacks several tables as Word tables of their own, a hairline paragraph between', async () => {
    const xml = await documentXml(
      tableBlocks(
        tables(
          '<table><tr><td>甲</td><td>乙</td></tr></table><table><tr><td>丙</td><td>丁</td><td>戊</td></tr></table>',
        ),
        6000,
      ),
    );
    expect(xml.match(/<w:tbl>/g)).toHaveLength(2);
    expect(xml.match(/<w:gridCol /g)).toHaveLength(5);
    expect(xml).toContain(
      '</w:tbl><w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="1" w:lineRule="exact"/></w:pPr></w:p><w:tbl>',
    );
  });

  it('repeats the rows of a <thead> at the top of the table on every page, no other row', async () => {
    const xml = await documentXml(
      tableBlocks(
        tables(
          '<table><thead><tr><th>甲</th></tr></thead><tbody><tr><td>乙</td></tr></tbody></table>',
        ),
        6000,
      ),
    );
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(xml.indexOf('<w:tblHeader/>')).toBeLessThan(xml.indexOf('乙'));
  });

  it('merges cells down a rowspan, no further than the last row', async () => {
    const xml = await documentXml(
      tableBlocks(
        tables('<table><tr><td rowspan="9">甲</td><td>乙</td></tr><tr><td>丙</td></tr></table>'),
        6000,
      ),
    );
    expect(xml.match(/<w:tr[ >]/g)).toHaveLength(2);
    expect(xml.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(1);
    expect(xml.match(/<w:vMerge w:val="continue"\/>|<w:vMerge\/>/g)).toHaveLength(1);
  });
});
