/// <reference types="astro/client" />
import type { ProjectYearModel } from './lib/pipeline/project-year.ts';

declare global {
  namespace App {
    interface Locals {
      /** The project-year a page is about; read by the figure components used in the narrative. */
      projectYear?: ProjectYearModel;
      /** How many times each chart has been put on the page so far, by its element id prefix. */
      chartsShown?: Map<string, number>;
    }
  }
}
