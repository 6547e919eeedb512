/**
 * `npm run build`: `astro build`, plus the one thing Astro cannot do for it — keep every line it
 * prints free of ID-card and mobile numbers. The checks and the publishing themselves belong to
 * the build (src/integrations/publish.ts), so `npx astro build` publishes the same checked site.
 *
 *   node scripts/build.ts [--outDir dist | --out dist] [--base /] [--data data]
 *                         [--content content] [--cache dir] [--wait minutes] [--quiet]
 *                         [other astro build flags]
 *
 * --data, --content, --cache, --base and --wait set XF_DATA_DIR, XF_CONTENT_DIR, XF_CACHE_DIR,
 * XF_BASE and XF_LOCK_WAIT;
 * --out is the older name of Astro's --outDir; --quiet is Astro's --silent (errors still print).
 * Every option is listed in docs/settings.md.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { readBuildCommand, settingsEnv, SettingsError } from '../src/lib/base/settings.ts';
import { redactLines } from '../src/lib/privacy/privacy.ts';

// Flags and XF_* variables checked together, every bad one named (src/lib/base/settings.ts).
let command;
try {
  command = readBuildCommand(process.argv.slice(2), process.env, process.cwd());
} catch (e) {
  if (!(e instanceof SettingsError)) throw e;
  console.error(e.message);
  process.exit(2);
}
const env: NodeJS.ProcessEnv = {
  ...process.env,
  ...settingsEnv(command.settings),
  ASTRO_TELEMETRY_DISABLED: '1',
};
const passed = [...command.astroArgs];
if (command.outDir !== undefined) passed.push('--outDir', command.outDir);
if (command.quiet) passed.push('--silent');

const astro = join(
  dirname(createRequire(import.meta.url).resolve('astro/package.json')),
  'bin',
  'astro.mjs',
);
const child = spawn(process.execPath, [astro, 'build', ...passed], {
  env,
  stdio: ['inherit', 'pipe', 'pipe'],
});

/**
 * Line by line, so that a number split across two chunks is still seen whole: nothing printed
 * repeats an ID-card or mobile number, our messages (which never quote such cells) or an Astro
 * or MDX error quoting a line of a narrative.
 */
function relay(from: NodeJS.ReadableStream, to: NodeJS.WriteStream): Promise<void> {
  const lines = createInterface({ input: from, crlfDelay: Infinity });
  lines.on('line', (line) => to.write(`${redactLines(line)}\n`));
  return new Promise((done) => lines.once('close', done));
}
const relayed = Promise.all([
  relay(child.stdout, process.stdout),
  relay(child.stderr, process.stderr),
]);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => child.kill(signal));
}
const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) =>
  child.once('close', (c, s) => done([c, s])),
);
await relayed;
process.exitCode = code ?? (signal ? 1 : 0);
