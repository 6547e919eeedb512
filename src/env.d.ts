/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The project-year a page is about; read by the figure components used in the narrative. */
    projectYear?: import('./lib/site.ts').ProjectYearModel;
  }
}
