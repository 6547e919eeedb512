/**
 * The privacy guard. A petitioner appears only under a masked name (罗某厚, 罗某, 罗某甲); an
 * ID-card number or a mainland mobile number in any cell of any file stops the build. Messages
 * point at the cell and never repeat what is in it.
 */

export type Sensitive = 'idcard' | 'mobile';

/** What the guard says about a cell, without its content. */
export const SENSITIVE_MESSAGE: Record<Sensitive, string> = {
  idcard: '单元格中疑似有身份证号码，不得录入；请删除该号码（此处不显示单元格内容）',
  mobile: '单元格中疑似有手机号码，不得录入；请删除该号码（此处不显示单元格内容）',
};

export const UNMASKED_NAME_MESSAGE =
  '信访人应为脱敏姓名（如 罗某厚、罗某、罗某甲），此单元格不是脱敏形式；请改为“姓 + 某 + 末字”（此处不显示单元格内容）';

const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff';
const MASKED = new RegExp(`^[${HAN}]{1,2}某[${HAN}]?(?:等(?:\\d+人)?)?$`);

/** True for 罗某厚, 罗某, 罗某甲, 欧阳某华, and 罗某厚等3人 (a group case). */
export function isMaskedName(name: string): boolean {
  return MASKED.test(name.trim());
}

// A candidate: a run of 11+ digits (an 18-digit ID may end in X), or a phone written 3-4-4.
const CANDIDATE = /\d{11,}[Xx]?|\d{14,17}[Xx]|\d{3}[- ]\d{4}[- ]\d{4}/g;
// Every candidate the search accepts starts where no digit stands before it, so the quick test
// tries only such places: 60 times faster on a page full of dates and amounts.
const QUICK = /(?<!\d)\d{3}(?:\d{8}|[- ]\d{4}[- ]\d{4})/;

/**
 * The characters outside ASCII that NFKC turns into a digit, `X`, `x`, `-` or a space: spaces
 * (U+00A0, U+2000–200A, U+3000 …), full-width forms (０–９, －, Ｘ), super- and subscripts,
 * fractions, circled and parenthesised numbers, CJK compatibility signs (㉑, ㏠ …), mathematical
 * and segmented digits, and a few spacing accents whose compatibility form begins with a space.
 * A cell without one reads the same before and after NFKC as far as the search is concerned, so
 * only these characters are normalised (normalising every Chinese cell dominated the cost of
 * the guard). Found by a scan of every code point; test/unit/fuzz-privacy.test.ts repeats it.
 * Outside the BMP the class holds the four high surrogates of those blocks (U+1CC00…, U+1D400…,
 * U+1F100…, U+1FB00…), a little wider than needed, so the test needs no `u` flag and stays fast.
 */
/** The BMP part of NFKC_DIGITISH, as the inside of a regex character class. */
export const DIGITISH_BMP =
  '\\u00a0\\u00a8\\u00af\\u00b2-\\u00b4\\u00b8-\\u00b9\\u00bc-\\u00be\\u02d8-\\u02dd\\u02e3\\u037a\\u0384-\\u0385\\u1fbd\\u1fbf-\\u1fc1\\u1fcd-\\u1fcf\\u1fdd-\\u1fdf\\u1fed-\\u1fee\\u1ffd-\\u1ffe\\u2000-\\u200a\\u2017\\u202f\\u203e\\u205f\\u2070\\u2074-\\u2079\\u2080-\\u2089\\u2093\\u213b\\u2150-\\u215f\\u2168-\\u216b\\u2178-\\u217b\\u2189\\u2460-\\u249b\\u24b3\\u24cd\\u24e7\\u24ea\\u3000\\u309b-\\u309c\\u3251-\\u325f\\u32b1-\\u32cb\\u3358-\\u3370\\u3378-\\u3379\\u339f-\\u33a6\\u33a8\\u33af\\u33d3\\u33e0-\\u33fe\\ufc5e-\\ufc63\\ufdfa-\\ufdfb\\ufe49-\\ufe4c\\ufe63\\ufe70\\ufe72\\ufe74\\ufe76\\ufe78\\ufe7a\\ufe7c\\ufe7e\\uff0d\\uff10-\\uff19\\uff38\\uff58\\uffe3';
/**
 * Every such character, for replace: a high surrogate takes its low one along. One class then an
 * optional part, rather than an alternation, so that a long page is scanned quickly.
 */
export const NFKC_DIGITISH_ALL = new RegExp(
  `[${DIGITISH_BMP}\\ud833\\ud835\\ud83c\\ud83e][\\udc00-\\udfff]?`,
  'g',
);
/** A quick test for one: a single class, which scans a long page several times faster. */
const NFKC_DIGITISH = new RegExp(`[${DIGITISH_BMP}\\ud833\\ud835\\ud83c\\ud83e]`);
/**
 * A character outside ASCII, C1 controls and the CJK Unified Ideographs, where NFKC_DIGITISH has
 * none: two ranges test far faster than its ninety, and most cells (ids, dates, amounts, names,
 * streets) have no such character, so they never meet the long class.
 */
export const OUTSIDE_ASCII_AND_HAN = /[\u00a0-\u4dff\ua000-\uffff]/;

/** True when the cell has a character that NFKC turns into a digit, X, x, a hyphen or a space. */
function hasDigitish(cell: string): boolean {
  return OUTSIDE_ASCII_AND_HAN.test(cell) && NFKC_DIGITISH.test(cell);
}

/** NFKC_DIGITISH without the ideographic space (U+3000), which most pages of the site carry. */
const DIGITISH_BUT_IDEOGRAPHIC_SPACE = new RegExp(
  `[${DIGITISH_BMP.replace('\\u3000', '')}\\ud833\\ud835\\ud83c\\ud83e]`,
);
/** QUICK on a text whose only NFKC-sensitive character is U+3000, which NFKC makes a space. */
const QUICK_IDEOGRAPHIC_SPACE = /(?<!\d)\d{3}(?:\d{8}|[- \u3000]\d{4}[- \u3000]\d{4})/;

/**
 * False when a long text (a built page) certainly holds no ID-card or mobile number, decided
 * without normalising it; true when findSensitive must look. A page's only character that NFKC
 * changes is usually the ideographic space, which the quick test then reads as a space.
 */
export function mayHoldSensitive(text: string): boolean {
  if (DIGITISH_BUT_IDEOGRAPHIC_SPACE.test(text)) return true;
  return QUICK_IDEOGRAPHIC_SPACE.test(text);
}

/** Finds an ID-card or mobile number in a cell, or returns undefined. */
export function findSensitive(cell: string): Sensitive | undefined {
  if (!mayHoldNumber(cell)) return undefined;
  const text = hasDigitish(cell) ? digitForm(cell) : cell;
  if (!QUICK.test(text)) return undefined;
  for (const match of text.matchAll(CANDIDATE)) {
    const start = match.index;
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    const after = text.charCodeAt(start + match[0].length);
    // The 3-4-4 form can sit inside a longer digit run; then it is not a phone number.
    if (isDigit(before) || isDigit(after)) continue;
    const found = classify(match[0].replace(/[- ]/g, ''));
    if (found) return found;
  }
  return undefined;
}

/**
 * The text with the characters of NFKC_DIGITISH in their NFKC form (`１３８` → `138`, U+3000 → ` `)
 * and the rest as it was: for the search, the same as NFKC of the whole text (no other character
 * normalises to a digit, X, hyphen or space), and far cheaper on a long page.
 */
function digitForm(text: string): string {
  return text.replace(NFKC_DIGITISH_ALL, (c) => c.normalize('NFKC'));
}

/**
 * False when a cell is too short to hold 11 digits: under 11 characters, unless NFKC expands it
 * (one UTF-16 unit becomes at most three digits, ⅒ → 1⁄10, so 4 units is the floor).
 */
export function mayHoldNumber(cell: string): boolean {
  if (cell.length >= 11) return true;
  return cell.length >= 4 && hasDigitish(cell);
}

function classify(run: string): Sensitive | undefined {
  if (run.length === 18 && isIdCard18(run)) return 'idcard';
  if (run.length === 15 && isIdCard15(run)) return 'idcard';
  if (isMobile(run)) return 'mobile';
  if (run.length === 13 && run.startsWith('86') && isMobile(run.slice(2))) return 'mobile';
  return undefined;
}

function isMobile(run: string): boolean {
  return (
    run.length === 11 && run[0] === '1' && run.charCodeAt(1) >= 0x33 && run.charCodeAt(1) <= 0x39
  );
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** 18-digit resident ID (GB 11643): region, a real birth date, and the ISO 7064 check digit. */
export function isIdCard18(run: string): boolean {
  if (!/^[1-8]\d{16}[\dXx]$/.test(run)) return false;
  if (!validBirthDate(run.slice(6, 14))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(run[i]) * (WEIGHTS[i] ?? 0);
  return CHECK[sum % 11] === (run[17] ?? '').toUpperCase();
}

/** 15-digit resident ID (before 1999): region and a real birth date `YYMMDD` in 19xx. */
export function isIdCard15(run: string): boolean {
  return /^[1-8]\d{14}$/.test(run) && validBirthDate(`19${run.slice(6, 12)}`);
}

function validBirthDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** What a redacted line of a log shows instead. */
export const REDACTED_LINE = '（此行含疑似身份证号或手机号，已隐去）';

/**
 * Text for a log: every line holding an ID-card or mobile number replaced by REDACTED_LINE. The
 * build passes all it prints through this, its own messages and those of Astro and MDX alike.
 */
export function redactLines(text: string): string {
  if (findSensitive(text) === undefined) return text;
  return text
    .split('\n')
    .map((line) => (findSensitive(line) === undefined ? line : REDACTED_LINE))
    .join('\n');
}
