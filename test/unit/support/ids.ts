/** Fictional resident IDs for the tests, with check digits computed here, not by the code under test. */

/** GB 11643 check digit, computed here so the test does not depend on the code under test. */
export function withCheckDigit(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * (weights[i] ?? 0), 0);
  return first17 + ('10X98765432'[sum % 11] ?? '');
}

// Fictional: region 123456 does not exist; born 2000-01-01; sequence 000 (and 005, whose check digit is X).
export const ID18 = withCheckDigit('12345620000101000');
export const ID18_X = withCheckDigit('12345620000101005');
export const ID18_WRONG = ID18.slice(0, 17) + String((Number(ID18[17]) + 1) % 10);
export const ID15 = '123456000101000'; // 15-digit form: region, born (19)00-01-01, sequence
