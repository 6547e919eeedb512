/** What a run of digits is: a resident ID (GB 11643, 18 or 15 digits) or a mobile number. */

export type Sensitive = 'idcard' | 'mobile';

/** What a run of digits is: an 18- or 15-digit ID, or a mobile number with or without 86/0086. */
export function numberKind(run: string, x: boolean): Sensitive | undefined {
  const n = run.length;
  if (x && n === 17 && isIdCard18(`${run}X`)) return 'idcard';
  if (n === 18 && isIdCard18(run)) return 'idcard';
  if (n === 15 && isIdCard15(run)) return 'idcard';
  if (isMobile(run)) return 'mobile';
  if (n === 13 && run.startsWith('86') && isMobile(run.slice(2))) return 'mobile';
  if (n === 15 && run.startsWith('0086') && isMobile(run.slice(4))) return 'mobile';
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
