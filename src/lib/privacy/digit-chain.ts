/**
 * Digit groups joined across separators, as the number detector collects them: a run of groups
 * is checked for an ID-card or mobile number when it ends, in every run of whole groups.
 */
import type { Sensitive } from './id-numbers.ts';
import { numberKind } from './id-numbers.ts';

export interface Hit {
  kind: Sensitive;
  /** Index in the text of the number's first digit (or of the markup that wrote it). */
  start: number;
  /** Index just after its last digit. */
  end: number;
}

/** Where long readings of digits are noted, and how many digits written together are long. */
export interface LongRuns {
  runs: { start: number; end: number }[];
  group: number;
}

/** Digit groups joined across separators: a run of them is checked when it ends. */
export class Chain {
  /** The groups of the run so far: their digits, where they are written, what follows them. */
  groups: string[] = [];
  starts: number[] = [];
  ends: number[] = [];
  /** The group was followed directly by X (the last character of an 18-digit ID). */
  xs: boolean[] = [];
  /** The separator before the group was a single dot (decimals, if the group is last and short). */
  dotBefore: boolean[] = [];
  /** The separators before the group held a comma (an amount's, if the groups are 1–3 and 3). */
  commaBefore: boolean[] = [];
  /** Groups of the run (the arrays are reused, never shortened). */
  count = 0;
  total = 0;
  digits = '';
  start = -1;
  end = -1;
  dotBeforeOpen = false;
  commaBeforeOpen = false;
  /** Separators since the last digit; -1 when no group is open or pending. */
  seps = -1;
  /** Separators since the last digit that are not whitespace: more than three end the run. */
  marks = 0;
  /** A comma among the separators since the last digit. */
  sepComma = false;
  lastSpace = false;
  /**
   * Characters that are digits only beside digits (幺 洞 两, O o l I), held until what follows
   * them says: their digits, where they start and end, and what they were written after.
   */
  pending = '';
  pendingStart = -1;
  pendingEnd = -1;
  pendingAfterDigit = false;
  pendingLetters = false;
  sepDot = false;
  hasX = false;

  private readonly hits: Hit[];
  /** False for numbers that are never written in groups (drawing coordinates). */
  private readonly joins: boolean;
  /**
   * When given, every long reading of digits is also noted here, number or not: a group of
   * `group` digits or more, and a run of groups of eleven or more (what a message must not repeat).
   */
  private readonly runs: { start: number; end: number }[] | undefined;
  private readonly longGroup: number;

  constructor(hits: Hit[], joins = true, long?: LongRuns) {
    this.hits = hits;
    this.joins = joins;
    this.runs = long?.runs;
    this.longGroup = long?.group ?? 7;
  }

  digit(d: string, at: number, to: number): void {
    if (this.pending !== '') this.settle(true);
    this.take(d, at, to);
  }

  private take(d: string, at: number, to: number): void {
    if (this.digits === '') {
      this.start = at;
      this.dotBeforeOpen = this.seps === 1 && this.sepDot;
      this.commaBeforeOpen = this.sepComma;
    }
    this.digits += d;
    this.end = to;
    this.seps = 0;
    this.marks = 0;
    this.sepComma = false;
    this.lastSpace = false;
    this.sepDot = false;
  }

  /**
   * A character that is a digit only beside digits: a spoken numeral (幺 洞 两) when a digit is
   * written just before or after it, a letter (O o l I) when just after a digit and not followed
   * by another letter (`138OO138OOO`, never `10Oct`). Held until the next character decides.
   */
  soft(d: string, at: number, to: number, letter: boolean): void {
    if (this.pending === '') {
      const afterDigit = this.digits !== '';
      if (letter && !afterDigit) {
        this.flush();
        return;
      }
      this.pendingAfterDigit = afterDigit;
      this.pendingStart = at;
    }
    this.pending += d;
    this.pendingEnd = to;
    if (letter) this.pendingLetters = true;
  }

  /**
   * Decides held characters: digits when a digit follows (`beforeDigit`), or when they follow a
   * digit and no letter comes next; otherwise they were words, and end the run.
   */
  private settle(beforeDigit: boolean, letterNext = false): void {
    const { pending } = this;
    this.pending = '';
    const digits = beforeDigit || (this.pendingAfterDigit && !(this.pendingLetters && letterNext));
    this.pendingLetters = false;
    if (digits) this.take(pending, this.pendingStart, this.pendingEnd);
    else this.flush();
  }

  /** A separator character; whitespace runs count once, a comma is marked on the next group. */
  sep(space: boolean, dot: boolean, comma = false): void {
    if (this.pending !== '') this.settle(false);
    if (this.seps < 0) return;
    if (!this.joins) {
      this.flush();
      return;
    }
    this.close();
    if (space && this.lastSpace) return;
    this.seps++;
    if (!space) this.marks++;
    if (comma) this.sepComma = true;
    this.lastSpace = space;
    this.sepDot = dot && this.seps === 1;
    if (this.marks > 3) this.flush();
  }

  sawX(): void {
    if (this.pending !== '') this.settle(false);
    if (this.digits !== '') {
      this.hasX = true;
      this.close();
    }
    this.flush();
  }

  close(): void {
    if (this.digits === '') return;
    const k = this.count++;
    this.groups[k] = this.digits;
    this.starts[k] = this.start;
    this.ends[k] = this.end;
    this.xs[k] = this.hasX;
    this.dotBefore[k] = this.dotBeforeOpen;
    this.commaBefore[k] = this.commaBeforeOpen;
    this.total += this.digits.length;
    if (this.runs && this.digits.length >= this.longGroup)
      this.runs.push({ start: this.start, end: this.end });
    this.digits = '';
    this.hasX = false;
  }

  /** Ends the run: anything that is not a digit or a separator (`letter`: an ASCII letter). */
  flush(letter = false): void {
    if (this.pending !== '') this.settle(false, letter);
    if (this.seps < 0 && this.digits === '') return;
    this.close();
    if (this.total >= 11) {
      this.check();
      if (this.runs && this.count > 1 && !this.isAmount())
        this.runs.push({ start: this.starts[0] ?? 0, end: this.ends[this.count - 1] ?? 0 });
    }
    this.count = 0;
    this.total = 0;
    this.seps = -1;
    this.marks = 0;
    this.sepComma = false;
    this.lastSpace = false;
    this.sepDot = false;
  }

  /** The run holds an amount's thousands commas (1,234,567,890.12). */
  private isAmount(): boolean {
    for (let j = 1; j < this.count; j++)
      if (this.commaBefore[j] && isThousands(this.groups[j - 1] ?? '', this.groups[j] ?? ''))
        return true;
    return false;
  }

  private check(): void {
    const { groups } = this;
    let n = this.count;
    // 12345678901.00: the last two digits after a dot are decimals, not part of a number.
    if (n >= 2 && this.dotBefore[n - 1] && (groups[n - 1] ?? '').length <= 2) n--;
    for (let i = 0; i < n; i++) {
      const first = groups[i] ?? '';
      let run = '';
      let singles = true;
      // 13 800 138 000: thousands grouped by spaces, as SI writes them, read as one number.
      let spacedThousands = true;
      for (let j = i; j < n; j++) {
        const g = groups[j] ?? '';
        if (j > i && g.length !== 3) spacedThousands = false;
        // 1,234,567: the commas of an amount's thousands are not between the groups of a number.
        if (j > i && this.commaBefore[j] === true && isThousands(groups[j - 1] ?? '', g)) break;
        run += g;
        if (g.length !== 1) singles = false;
        if (run.length > 18) break;
        if (j > i && first.length < 3 && !singles && !(spacedThousands && first.length > 0))
          continue;
        const kind = numberKind(run, this.xs[j] === true);
        if (kind) {
          this.hits.push({ kind, start: this.starts[i] ?? 0, end: this.ends[j] ?? 0 });
          i = j;
          break;
        }
      }
    }
  }
}

/** Two groups an amount's comma may stand between: one to three digits, then three. */
function isThousands(before: string, after: string): boolean {
  return after.length === 3 && before.length >= 1 && before.length <= 3;
}
