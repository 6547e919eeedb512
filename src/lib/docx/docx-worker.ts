/** Worker thread of the Word export: writes the documents of the project-year folders it is sent. */
import { serveJobs } from '../base/pool.ts';
import { writeFolderDocx } from './site-docx.ts';

serveJobs(writeFolderDocx);
