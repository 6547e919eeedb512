/** report.json text: the schema's key order, two-space indent, a final newline. */
import type { Report } from './report-schema.ts';
import { reportSchema } from './report-schema.ts';

/** Serialises a report; parsing through the schema fixes the key order to the schema's. */
export function reportJson(report: Report): string {
  return `${JSON.stringify(reportSchema.parse(report), null, 2)}\n`;
}
