/**
 * What of a user's cell a message may repeat: a few characters, and never anything that reads as
 * a long run of digits, in any script (an ID-card or phone number the guard did not take for one
 * may hide in one: `一三八〇〇一三八〇〇〇`, `2024138123456780`), so a printed problem cannot leak
 * what the guard exists to keep out.
 */
import { longDigitRuns } from './displayed.ts';
import { findSensitive } from './privacy.ts';

/** Characters of a cell a message may repeat. */
const ECHO_CHARS = 24;

/** What a message shows instead of a value that reads as a long run of digits. */
export const WITHHELD = '“（此处不显示内容）”';

/** True when `text` may be repeated: no number and no long run of digits, as a reader reads it. */
export function mayEcho(text: string): boolean {
  return longDigitRuns(text).length === 0 && findSensitive(text) === undefined;
}

/** Echo of a user's cell in a message: short, and withheld whole if it reads as long digits. */
export function quote(raw: string, max = ECHO_CHARS): string {
  const s = raw.trim();
  if (!mayEcho(s)) return WITHHELD;
  return `“${s.length > max ? `${s.slice(0, max)}…` : s}”`;
}

/**
 * `text` with every number and every run of eleven digits or more it reads as replaced by ＊＊＊
 * (a message's own examples, 20230305, stay).
 */
function maskRuns(text: string): string {
  let out = '';
  let at = 0;
  for (const { start, end } of longDigitRuns(text, 11)) {
    if (start < at) continue;
    out += `${text.slice(at, start)}＊＊＊`;
    at = end;
  }
  return out + text.slice(at);
}

/**
 * A message written by the schemas, the model or a library made safe to print: they quote a
 * value whole (“…”不是有效取值, "…", 现为 …), and a cell may be thousands of characters long or
 * read as a long run of digits. Quoted values are cut as quote() cuts them, or withheld whole;
 * long runs of digits outside quotes are masked.
 */
export function safeMessage(message: string, max = ECHO_CHARS * 2): string {
  const quoted = message.replace(
    /“([^“”]*)”|"([^"\n]*)"/g,
    (whole, curly?: string, straight?: string) => {
      const inner = curly ?? straight ?? '';
      if (!mayEcho(inner)) return WITHHELD;
      return inner.length > max ? quote(inner, max) : whole;
    },
  );
  const masked = maskRuns(quoted);
  return findSensitive(masked) === undefined ? masked : WITHHELD_MESSAGE;
}

/** A message that still reads as a number once its runs are masked (through markup) is not shown. */
export const WITHHELD_MESSAGE = '（此条消息含疑似身份证号或手机号，不显示内容）';
