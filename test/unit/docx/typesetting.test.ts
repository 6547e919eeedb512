import { PageOrientation, convertMillimetersToTwip } from 'docx';
import { describe, expect, it } from 'vitest';
import {
  fonts,
  LANDSCAPE_WIDTH,
  PORTRAIT_WIDTH,
  section,
} from '../../../src/lib/docx/typesetting.ts';

const mm = convertMillimetersToTwip;

describe('section(landscape, children)', () => {
  it('is A4 portrait with the print pages’ margins (37/26/35/28 mm), numbered pages (odd and even)', () => {
    const { properties, footers } = section(false, []);
    expect(properties?.page?.size).toEqual({
      width: 11906,
      height: 16838,
      orientation: PageOrientation.PORTRAIT,
    });
    expect(properties?.page?.margin).toMatchObject({
      top: mm(37),
      right: mm(26),
      bottom: mm(35),
      left: mm(28),
    });
    expect(footers?.default).toBeDefined();
    expect(footers?.even).toBeDefined();
  });

  it('is A4 landscape with narrower margins for the 自评表', () => {
    const { properties } = section(true, []);
    expect(properties?.page?.size?.orientation).toBe(PageOrientation.LANDSCAPE);
    expect(properties?.page?.margin).toMatchObject({
      top: mm(12),
      right: mm(20),
      bottom: mm(14),
      left: mm(20),
    });
  });
});

describe('text widths', () => {
  it('are the page less its side margins, in twips', () => {
    expect(PORTRAIT_WIDTH).toBe(11906 - mm(28) - mm(26));
    expect(LANDSCAPE_WIDTH).toBe(16838 - mm(20) - mm(20));
  });
});

describe('fonts(eastAsia)', () => {
  it('sets the Chinese font, and Times New Roman for Latin text', () => {
    expect(fonts('黑体')).toEqual({
      ascii: 'Times New Roman',
      hAnsi: 'Times New Roman',
      eastAsia: '黑体',
      cs: 'Times New Roman',
    });
  });
});
