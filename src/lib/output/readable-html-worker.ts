/** Worker thread of the readable-html integration: rewrites the pages it is sent. */
import { serveJobs } from '../base/pool.ts';
import { rewriteHtmlFiles } from './readable-html.ts';

serveJobs(rewriteHtmlFiles);
