/** Worker thread of scanOutput: scans the files it is sent (see src/lib/base/pool.ts). */
import { scanFiles } from './scan.ts';
import { serveJobs } from '../base/pool.ts';

serveJobs(scanFiles);
