/**
 * The MDX tree as the narrative checks read it (the parser's mdast, only the fields they use),
 * and the collector their problems go to, each located at its node.
 */
import type { Problem, Severity } from '../base/problems.ts';

export interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  identifier?: string;
  attributes?: Attribute[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

export interface Attribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value?: string };
}

/** Says what is wrong with an image file beside the narrative (path from the root), if anything. */
export type LocalImageCheck = (path: string) => string | undefined;

export class Collector {
  readonly problems: Problem[] = [];
  readonly file: string;
  readonly localImage: LocalImageCheck | undefined;
  constructor(file: string, localImage?: LocalImageCheck) {
    this.file = file;
    this.localImage = localImage;
  }
  add(node: Node | undefined, message: string, severity: Severity = 'error'): void {
    const problem: Problem = { file: this.file, message, severity };
    const start = node?.position?.start;
    if (start) {
      problem.line = start.line;
      problem.column = `第${start.column}列`;
    }
    this.problems.push(problem);
  }
}
