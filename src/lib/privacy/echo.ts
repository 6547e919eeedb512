/**
 * What of a user's cell a message may repeat: a few characters, and never a long run of digits
 * (an ID-card or phone number the guard did not recognise may hide in one), so a printed problem
 * cannot leak what the guard exists to keep out.
 */

/** Characters of a cell a message may repeat. */
const ECHO_CHARS = 24;

/**
 * Eleven or more characters of digits, spaces and hyphens: never repeated in a message, even
 * where the privacy guard did not take them for an ID-card or phone number (a number run into
 * other digits, `2024138123456780`, is not one, but may still hold one).
 */
const LONG_DIGITS = /[\d０-９][\d０-９\s-]{9,}[\d０-９]/g;
const HAS_LONG_DIGITS = new RegExp(LONG_DIGITS.source);

/** Echo of a user's cell in a message: short, and only ever for non-sensitive columns. */
export function quote(raw: string, max = ECHO_CHARS): string {
  const s = raw.trim().replace(LONG_DIGITS, '＊＊＊');
  return `“${s.length > max ? `${s.slice(0, max)}…` : s}”`;
}

/**
 * A message written by the schemas or the model made safe to print: they quote a value whole
 * (“…”不是有效取值, 现为 …), and a cell may be thousands of characters long or hold a long run of
 * digits. Quoted values are cut as quote() cuts them, and long digit runs are masked anywhere.
 */
export function safeMessage(message: string, max = ECHO_CHARS * 2): string {
  return message
    .replace(/“([^“”]*)”/g, (whole, inner: string) =>
      inner.length > max || HAS_LONG_DIGITS.test(inner) ? quote(inner, max) : whole,
    )
    .replace(LONG_DIGITS, '＊＊＊');
}
