/// <reference types="astro/client" />
import type { ProjectYearModel } from './lib/site.ts';

declare global {
  namespace App {
    interface Locals {
      /** The project-year a page is about; read by the figure components used in the narrative. */
      projectYear?: ProjectYearModel;
    }
  }
}
