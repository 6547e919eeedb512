/** The project-year of the page being rendered, for components used inside the narrative. */
import type { ProjectYearModel } from '../lib/pipeline/project-year.ts';

export function currentProjectYear(locals: App.Locals): ProjectYearModel {
  const py = locals.projectYear;
  if (!py) throw new Error('数据组件只能用在项目年度报告的叙述中（页面未设置当前项目年度）');
  return py;
}
