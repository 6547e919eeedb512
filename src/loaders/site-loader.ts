/**
 * The Astro content loader for the data folder. Unlike Astro's `file()` loader it reads GB18030
 * as well as UTF-8, reports every bad row at once instead of stopping at the first, and keeps
 * the content store small: one entry per project-year holding its computed model, with the
 * ledgers written as pages beside it.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { summaryLines, warningLines } from '../lib/dataset/summary.ts';
import { readSiteFacts } from '../lib/content/facts.ts';
import { setDevProblems } from '../lib/pipeline/dev-problems.ts';
import { DataError, problemLines } from '../lib/base/problems.ts';
import { loadSiteOnce } from '../lib/pipeline/prefetch.ts';
import type { SiteModel } from '../lib/pipeline/site.ts';
import { dataPaths, loaderSiteOptions } from './paths.ts';
import type { Settings } from '../lib/base/settings.ts';

/**
 * The site model both data loaders take from one load: the project-years' loader and the unit
 * reports' loader each ask for it once per sync (at start, and on each change in dev), the first
 * starting the load and the second taking it, so the data is read once for both.
 */
let shared: Promise<SiteModel> | undefined;

function sharedSite(config: LoaderContext['config'], settings: Settings): Promise<SiteModel> {
  if (shared !== undefined) {
    const taken = shared;
    shared = undefined;
    return taken;
  }
  shared = loadSiteOnce(loaderSiteOptions(config, settings));
  return shared;
}

/** Re-syncs on a change of the data or of the narrative. */
function watchContent(context: LoaderContext, settings: Settings, sync: () => Promise<void>): void {
  const paths = dataPaths(context.config, settings);
  context.watcher?.add([paths.dataAbs, paths.contentAbs]);
  context.watcher?.on('all', (_event, changed) => {
    if (
      changed.startsWith(paths.dataAbs) ||
      changed.endsWith('.yaml') ||
      changed.endsWith('.mdx')
    ) {
      sync().catch((e: unknown) =>
        context.logger.error(String(e instanceof Error ? e.message : e)),
      );
    }
  });
}

/** One entry per project-year, id `2024/jiean-huajie`. */
export function projectYearLoader(settings: Settings): Loader {
  return {
    name: 'xinfang-project-years',
    load: async (context) => {
      await syncProjectYears(context, settings);
      watchContent(context, settings, () => syncProjectYears(context, settings));
    },
  };
}

async function syncProjectYears(context: LoaderContext, settings: Settings): Promise<void> {
  const { store, logger, parseData } = context;
  // A build started reading the data while Astro loaded (src/integrations/prefetch-data.ts).
  const model = await sharedSite(context.config, settings);
  for (const line of summaryLines(model.files)) logger.info(line);
  for (const line of warningLines(model.problems)) logger.warn(line);
  if (model.problems.some((p) => p.severity === 'error')) {
    // A build stops. The dev server (the only one that watches) keeps running: the pages of the
    // project-years with errors show them instead of their last good figures, until a reload
    // finds none; the other project-years are stored as usual and their pages show.
    if (context.watcher === undefined) throw new DataError(model.problems);
    const paths = dataPaths(context.config, settings);
    setDevProblems(model.problems, paths);
    const errors = model.problems.filter((p) => p.severity === 'error');
    logger.error(
      `数据有 ${errors.length} 个错误，有错误的项目年度的页面改为显示错误列表，改正后自动恢复：\n${problemLines(errors).join('\n')}`,
    );
  } else setDevProblems(undefined);
  store.clear();
  for (const py of model.projectYears) {
    const data = await parseData({ id: py.id, data: py as unknown as Record<string, unknown> });
    store.set({ id: py.id, data, digest: context.generateDigest(data) });
  }
  logger.info(`数据读取完成：${model.projectYears.length} 个项目年度`);
}

/** One entry per unit report (单位自评报告), id `2024`. */
export function unitLoader(settings: Settings): Loader {
  return {
    name: 'xinfang-units',
    load: async (context) => {
      await syncUnits(context, settings);
      watchContent(context, settings, () => syncUnits(context, settings));
    },
  };
}

async function syncUnits(context: LoaderContext, settings: Settings): Promise<void> {
  const model = await sharedSite(context.config, settings);
  // Problems are reported, and stop a build, by the project-years' loader.
  if (model.problems.some((p) => p.severity === 'error')) return;
  context.store.clear();
  for (const unit of model.units) {
    const data = await context.parseData({
      id: unit.id,
      data: unit as unknown as Record<string, unknown>,
    });
    context.store.set({ id: unit.id, data, digest: context.generateDigest(data) });
  }
}

/** The single entry `site`: the bureau's name and the site title. */
export function siteLoader(settings: Settings): Loader {
  return {
    name: 'xinfang-site',
    load: async (context) => {
      const paths = dataPaths(context.config, settings);
      const read = async () => {
        const facts = await readSiteFacts(paths.root, paths.contentDir);
        // Its problems are reported with every other one by the project-year loader (loadSite
        // reads site.yaml too), which then stops the build: stopping here would hide the rest.
        if (!facts.value) return;
        const data = await context.parseData({ id: 'site', data: facts.value });
        context.store.set({ id: 'site', data });
      };
      await read();
      context.watcher?.on('change', (changed) => {
        if (changed.endsWith('site.yaml'))
          read().catch((e: unknown) => context.logger.error(String(e)));
      });
    },
  };
}
