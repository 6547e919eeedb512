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
const QUICK = /\d{11}|\d{3}[- ]\d{4}[- ]\d{4}|\d{14}[Xx]/;
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/** Finds an ID-card or mobile number in a cell, or returns undefined. */
export function findSensitive(cell: string): Sensitive | undefined {
  if (cell.length < 11) return undefined;
  const text = ASCII.test(cell) ? cell : cell.normalize('NFKC');
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
