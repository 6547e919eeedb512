/**
 * The components a unit report's narrative may use (content/unit-figures.ts: UNIT_COMPONENTS),
 * each bound to the unit report the page shows; set after the author's props, so a narrative
 * cannot point a figure at other data.
 */
import { jsx } from 'astro/jsx-runtime';
import type { UnitModel } from '../../lib/pipeline/unit.ts';
import Unit from '../figures/Unit.astro';

export function unitComponents(
  unitModel: UnitModel,
): Record<string, (props: Record<string, unknown>) => unknown> {
  return { Unit: (props) => jsx(Unit, { ...props, unitModel }) };
}
