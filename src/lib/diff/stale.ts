/**
 * Stale figures in a built site: the build's stale-number check (content/stale-figures.ts) run
 * again over what `npm run diff` reads — the narrative sections of the report page and the
 * indicators' text in report.json — against the measures of that same report.json. So a diff
 * lists text that contradicts the new figures without report.json carrying any warnings.
 * (project.yaml text is checked by the build only: it is not part of report.json.)
 */
import { findStaleFigures, staleMessage } from '../content/stale-figures.ts';
import { reportSchema } from '../model/report-schema.ts';
import type { Report } from '../model/report-schema.ts';
import { narrativeSections } from './narrative.ts';

/** Where each stale figure of a built project-year stands, and what it should be. */
export function staleTexts(reportJson: unknown, page?: string): string[] {
  const parsed = reportSchema.safeParse(reportJson);
  if (!parsed.success) return [];
  const report: Report = parsed.data;
  const out: string[] = [];
  if (page !== undefined) {
    for (const section of narrativeSections(page)) {
      for (const f of findStaleFigures(section.text, report)) {
        out.push(`${section.title}：${staleMessage(f, 'component')}`);
      }
    }
  }
  for (const ind of report.indicators) {
    const texts: [string, unknown][] = [
      ['实际完成值', ind.actual],
      ['偏差原因分析及改进措施', ind.reason],
    ];
    for (const [column, text] of texts) {
      if (typeof text !== 'string') continue;
      for (const f of findStaleFigures(text, report)) {
        out.push(`指标“${ind.name}”的${column}：${staleMessage(f, 'placeholder')}`);
      }
    }
  }
  return out;
}
