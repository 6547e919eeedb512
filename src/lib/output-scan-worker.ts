/** Worker thread of scanOutput: scans the files it is sent (see src/lib/pool.ts). */
import { scanFiles } from './output-scan.ts';
import { serveJobs } from './pool.ts';

serveJobs(scanFiles);
