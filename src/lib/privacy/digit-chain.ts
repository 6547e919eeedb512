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
  /** Groups of the run (the arrays are reused, never shortened). */
  count = 0;
  total = 0;
  digits = '';
  start = -1;
  end = -1;
  dotBeforeOpen = false;
  /** Separators since the last digit; -1 when no group is open or pending. */
  seps = -1;
  lastSpace = false;
  sepDot = false;
  hasX = false;

  private readonly hits: Hit[];
  /** False for numbers that are never written in groups (drawing coordinates). */
  private readonly joins: boolean;

  constructor(hits: Hit[], joins = true) {
    this.hits = hits;
    this.joins = joins;
  }

  digit(d: string, at: number, to: number): void {
    if (this.digits === '') {
      this.start = at;
      this.dotBeforeOpen = this.seps === 1 && this.sepDot;
    }
    this.digits += d;
    this.end = to;
    this.seps = 0;
    this.lastSpace = false;
    this.sepDot = false;
  }

  /** A separator character; whitespace runs count once. */
  sep(space: boolean, dot: boolean): void {
    if (this.seps < 0) return;
    if (!this.joins) {
      this.flush();
      return;
    }
    this.close();
    if (space && this.lastSpace) return;
    this.seps++;
    this.lastSpace = space;
    this.sepDot = dot && this.seps === 1;
    if (this.seps > 3) this.flush();
  }

  sawX(): void {
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
    this.total += this.digits.length;
    this.digits = '';
    this.hasX = false;
  }

  /** Ends the run: anything that is not a digit or a separator. */
  flush(): void {
    if (this.seps < 0 && this.digits === '') return;
    this.close();
    if (this.total >= 11) this.check();
    this.count = 0;
    this.total = 0;
    this.seps = -1;
    this.lastSpace = false;
    this.sepDot = false;
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
      for (let j = i; j < n; j++) {
        const g = groups[j] ?? '';
        run += g;
        if (g.length !== 1) singles = false;
        if (run.length > 18) break;
        if (j > i && first.length < 3 && !singles) continue;
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
