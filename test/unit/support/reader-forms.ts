/**
 * The forms in which a reader reads an ID-card or mobile number at once, each with what it reads
 * as: the table of docs/privacy.md, tested form by form in test/unit/privacy/displayed.test.ts,
 * and planted in a cell, a narrative and project.yaml in test/whole/reader-forms.test.ts and
 * test/e2e/reader-forms.test.ts. The numbers are fictional (see ids.ts).
 */
import { ID18_X } from './ids.ts';

export interface ReaderForm {
  /** The form, as the table of docs/privacy.md names it. */
  form: string;
  /** The number written in that form. */
  example: string;
  /** What a reader reads. */
  reads: string;
  /** Where the form can be written: `markup` forms only mean something where HTML is shown. */
  markup?: boolean;
}

const PHONE = '13800138000';
const ID17 = ID18_X.slice(0, 17);

/** Each digit of PHONE written with `digits` (0–9). */
const phoneIn = (digits: string): string => [...PHONE].map((d) => [...digits][Number(d)]).join('');

export const READER_FORMS: readonly ReaderForm[] = [
  { form: 'ASCII digits', example: PHONE, reads: PHONE },
  { form: 'Chinese numerals', example: phoneIn('〇一二三四五六七八九'), reads: PHONE },
  { form: 'Chinese numerals with 零', example: phoneIn('零一二三四五六七八九'), reads: PHONE },
  { form: 'financial numerals (大写)', example: phoneIn('零壹贰叁肆伍陆柒捌玖'), reads: PHONE },
  {
    form: 'traditional financial numerals',
    example: phoneIn('零壹貳參肆伍陸柒捌玖'),
    reads: PHONE,
  },
  { form: 'spoken 幺 and 洞', example: '幺三八洞洞幺三八洞洞洞', reads: PHONE },
  { form: 'spoken 两', example: '幺三两洞洞幺三八洞洞洞', reads: '13200138000' },
  { form: '〇 among ASCII digits', example: '138〇〇138〇〇〇', reads: PHONE },
  { form: 'circled digits', example: phoneIn('⓪①②③④⑤⑥⑦⑧⑨'), reads: PHONE },
  { form: 'negative circled (dingbat) digits', example: phoneIn('⓿❶❷❸❹❺❻❼❽❾'), reads: PHONE },
  { form: 'dingbat circled sans-serif digits', example: '➀➂➇00➀➂➇000', reads: PHONE },
  { form: 'parenthesized digits', example: '⑴⑶⑻00⑴⑶⑻000', reads: PHONE },
  { form: 'digits with a full stop', example: '⒈⒊⒏00⒈⒊⒏000', reads: PHONE },
  { form: 'superscript digits', example: phoneIn('⁰¹²³⁴⁵⁶⁷⁸⁹'), reads: PHONE },
  { form: 'keycaps', example: [...PHONE].map((d) => `${d}\ufe0f\u20e3`).join(''), reads: PHONE },
  {
    form: 'digits with combining marks',
    example: [...PHONE].map((d) => `${d}\u0332`).join(''),
    reads: PHONE,
  },
  {
    form: 'digits with accents',
    example: '1\u03013\u03018\u0301001380\u0300\u030000',
    reads: PHONE,
  },
  { form: 'letters O and l between digits', example: '138OOl38OOO', reads: PHONE },
  { form: 'ID ending in Cyrillic Х', example: `${ID17}Х`, reads: ID18_X },
  { form: 'ID ending in Greek Χ', example: `${ID17}Χ`, reads: ID18_X },
  { form: 'ID ending in ×', example: `${ID17}×`, reads: ID18_X },
  { form: 'ID ending in ✕', example: `${ID17}✕`, reads: ID18_X },
  { form: 'commas that are not thousands', example: '138,0013,8000', reads: PHONE },
  { form: 'full-width commas', example: '138，0013，8000', reads: PHONE },
  { form: 'thousands spaced as SI writes them', example: '13 800 138 000', reads: PHONE },
  { form: 'a run of spaces and dashes', example: '138 -- 0013 -- 8000', reads: PHONE },
  {
    form: 'a separator hidden by markup',
    example: '138<span hidden>号码</span>00138000',
    reads: PHONE,
    markup: true,
  },
  {
    form: 'a separator hidden by aria-hidden',
    example: '138<span aria-hidden="true">-x-</span>00138000',
    reads: PHONE,
    markup: true,
  },
  {
    form: 'a separator hidden by an inline style',
    example: '138<span style="display:none">号码</span>00138000',
    reads: PHONE,
    markup: true,
  },
];
