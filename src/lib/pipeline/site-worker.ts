/** Worker thread of loadSite: builds the project-years it is sent (see src/lib/base/pool.ts). */
import { serveJobs } from '../base/pool.ts';
import { buildProjectYear } from './project-year.ts';

serveJobs(buildProjectYear);
