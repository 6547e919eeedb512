/** Worker thread of outputPass(): rewrites and scans the files it is sent. */
import { serveJobs } from '../base/pool.ts';
import { passFiles } from './output-pass.ts';

serveJobs(passFiles);
