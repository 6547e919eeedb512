/**
 * The build publishes a checked site or nothing, whichever command ran it (`npm run build`,
 * `astro build`, `npx astro build`, a hosting preset):
 *
 * - astro:config:setup — the output folder (Astro's outDir) is checked against the path rules
 *   (src/lib/output/out-path.ts), its lock taken, what a killed build left tidied up, and Astro's outDir
 *   pointed at a staging folder next to it. Each output folder gets a cache of its own.
 * - astro:build:done — registered after the readable-HTML pass, so it sees the final pages: the
 *   output scan (src/lib/output/scan.ts) runs on the staging folder — taking the findings of
 *   the pass over the output for the files unchanged since — and, if it finds nothing, the
 *   staging folder is renamed into place.
 *
 * Any failure (data errors, scan findings, an exception, an I/O error) leaves the old site as
 * it was: on exit, an unpublished staging folder is removed and the lock given back.
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Settings } from '../lib/base/settings.ts';
import { dataPaths } from '../loaders/paths.ts';
import type { OutputPassResult } from './readable-html.ts';
import { formatFinding, scanOutput } from '../lib/output/scan.ts';
import { acquireLock, lockWaitMs } from '../lib/output/build-lock.ts';
import { PublishError, removeNow } from '../lib/output/fs-steps.ts';
import { realPath, refuseExistingOut, refuseOutPath, shownPath } from '../lib/output/out-path.ts';
import { moveToStaging, prepareParent, publish, siblings, tidyUp } from '../lib/output/publish.ts';

/** Findings printed in full; past that, a count (one leaking template can touch every page). */
const MAX_FINDINGS = 100;

interface Job {
  out: string;
  shown: string;
  staging: string;
  /** Astro's outDir: a folder of this output's own under <cwd>/.astro/builds/. */
  build: string;
  /** The project, for paths in messages. */
  root: string;
  /** Set once the staging folder is this build's (never remove one found there). */
  staged: boolean;
  releases: (() => void)[];
  published: boolean;
  /** Set once the old site could have been touched: the exit message says it was kept. */
  started: boolean;
}

/** `600000` → `10 分钟`. */
function minutes(ms: number): string {
  return `${Number((ms / 60_000).toFixed(2))} 分钟`;
}

/**
 * The settings give the input folders, kept apart from the output; the cache: a folder shared
 * by every build (cacheDir), else one per output folder under Astro's cacheDir, so builds into
 * different folders never share ledger pages or a content store; and how long to wait for
 * another build of the same output (lockWait, in minutes). `pass` holds what the pass over the
 * output (readable-html.ts) found: the scan takes those findings for every file unchanged since
 * and reads the rest.
 */
export function publishIntegration(
  settings: Settings,
  pass: OutputPassResult = {},
): AstroIntegration {
  let job: Job | undefined;

  const finish = (): void => {
    if (!job) return;
    if (!job.published) {
      removeNow(job.build);
      if (job.staged) removeNow(job.staging);
    }
    for (const release of job.releases.splice(0).reverse()) release();
  };
  const onExit = (code: number): void => {
    const current = job;
    finish();
    if (current && !current.published && current.started && code !== 0) {
      process.stderr.write(
        `\n构建失败：输出目录 ${current.shown}/ 保持上一次成功构建的内容，未作任何改动。\n`,
      );
    }
  };

  return {
    name: 'xinfang-publish',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig, logger }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const paths = dataPaths(config, settings);
        const out = realPath(fileURLToPath(config.outDir));
        const shown = shownPath(out, realPath(root));
        const refusal = refuseOutPath(out, {
          root,
          inputs: [
            { dir: paths.dataAbs, what: '数据目录' },
            { dir: paths.contentAbs, what: '叙述目录' },
          ],
        });
        if (refusal) throw new PublishError(refusal);

        const waitMs = lockWaitMs(settings.lockWait);
        const { staging, lock } = siblings(out);
        const key = createHash('sha256').update(out).digest('hex').slice(0, 16);
        // Astro builds in <cwd>/.astro/builds/, one folder per output: a folder of the
        // project's own, which a killed build may leave and the next one removes without
        // asking, and on the filesystem of the working directory, where Astro moves its assets
        // by renaming. After the scan the build is moved next to the output (copied when on
        // another filesystem) with its marker.
        const build = join(realPath(process.cwd()), '.astro', 'builds', key);
        job = {
          out,
          shown,
          staging,
          build,
          root,
          staged: false,
          releases: [],
          published: false,
          started: false,
        };
        process.once('exit', onExit);
        await prepareParent(out);
        job.releases.push(
          await acquireLock(lock, {
            waitMs,
            onWait: (owner) =>
              logger.warn(
                `另一次构建（进程 ${owner.pid}）正在写入输出目录 ${shown}/，等它完成后再继续（最多等 ${minutes(waitMs)}）……`,
              ),
            onTimeout: (owner) =>
              `另一次构建（进程 ${owner.pid}）占用输出目录 ${shown}/ 已超过 ${minutes(waitMs)}，不再等待：已停止，未作任何改动。若它仍在运行，请等它结束后再构建；若确认没有构建在运行，请删除锁文件 ${shownPath(lock, realPath(root))} 后重试。等待时长可用 npm run build -- --wait 分钟数（或环境变量 XF_LOCK_WAIT）调整。`,
          }),
        );
        for (const note of await tidyUp(out, job.build, root)) logger.info(`${note}（${shown}/）`);
        const existing = refuseExistingOut(out, root);
        if (existing) throw new PublishError(existing);
        job.started = true;

        const cache = settings.cacheDir
          ? resolve(root, settings.cacheDir)
          : join(fileURLToPath(config.cacheDir), 'out', key);
        updateConfig({
          outDir: pathToFileURL(build + '/'),
          cacheDir: pathToFileURL(cache + '/'),
        });
      },

      'astro:build:done': async ({ dir, logger }) => {
        if (!job) return;
        const built = fileURLToPath(dir).replace(/\/$/, '');
        if (built !== job.build)
          throw new PublishError(`构建写到了 ${built}，而不是预期的暂存目录 ${job.build}`);
        const started = performance.now();
        const findings = await scanOutput(built, { passed: pass.record });
        if (findings.length > 0) {
          const shownFindings = findings.slice(0, MAX_FINDINGS).map(formatFinding);
          if (findings.length > MAX_FINDINGS)
            shownFindings.push(`……另有 ${findings.length - MAX_FINDINGS} 处`);
          throw new PublishError(
            [`输出检查发现 ${findings.length} 处不得发布的内容：`, ...shownFindings].join('\n'),
          );
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`输出检查通过：无身份证号、手机号或未脱敏的信访人（${seconds} 秒）`);
        const files = await moveToStaging(job.build, job.staging);
        job.staged = true;
        await publish(job.out, files, job.root);
        job.published = true;
        finish();
        process.off('exit', onExit);
        logger.info(`构建完成：${job.shown}/`);
        job = undefined;
      },
    },
  };
}
