/** Worker thread of loadSite: builds the project-years it is sent (see src/lib/pool.ts). */
import { serveJobs } from './pool.ts';
import { buildProjectYear } from './project-year.ts';

serveJobs(buildProjectYear);
