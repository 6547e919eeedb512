/**
 * scripts/ensure-system.sh installs what is missing and nothing else: on a machine that has
 * everything it installs nothing, however long the font list (a long `fc-list` once made
 * `fc-list | grep -q` fail with SIGPIPE under pipefail, reinstalling the fonts on every run).
 * The system's commands are stand-ins on PATH; apt-get only records what it was asked for.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'xinfang-ensure-system-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ALL_FONTS = ['Noto Sans CJK SC', 'AR PL UMing CN', 'AR PL UKai CN', 'WenQuanYi Zen Hei'];

/** Runs the script with stand-ins: `fonts` listed first, then thousands of other fonts. */
function ensureSystem(fonts: string[], name: string): { code: number | null; installed: string } {
  const bin = join(work, name);
  const log = join(bin, 'apt.log');
  const stub = (file: string, body: string) => {
    writeFileSync(join(bin, file), `#!/bin/bash\n${body}\n`);
    chmodSync(join(bin, file), 0o755);
  };
  spawnSync('mkdir', ['-p', bin]);
  for (const tool of ['chromium', 'pdftotext', 'soffice']) stub(tool, 'exit 0');
  // Far more than a pipe holds (64 KiB): the matching lines come first.
  const listing = [
    ...fonts.map((f) => `/usr/share/fonts/${f}.ttf: ${f}:style=Regular`),
    ...Array.from({ length: 5000 }, (_, i) => `/usr/share/fonts/other-${i}.ttf: Other Font ${i}`),
  ].join('\n');
  writeFileSync(join(bin, 'fonts.txt'), `${listing}\n`);
  stub('fc-list', `cat ${join(bin, 'fonts.txt')}`);
  stub('apt-get', `echo "$@" >> ${log}`);
  stub('sudo', '"$@"');
  const run = spawnSync('bash', [resolve('scripts/ensure-system.sh')], {
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}:/usr/bin:/bin` },
  });
  return { code: run.status, installed: existsSync(log) ? readFileSync(log, 'utf8') : '' };
}

describe('scripts/ensure-system.sh', () => {
  it('installs nothing when every package is there, with a font list longer than a pipe holds, run after run', () => {
    for (const round of [1, 2]) {
      const { code, installed } = ensureSystem(ALL_FONTS, `all-${round}`);
      expect(code).toBe(0);
      expect(installed).toBe('');
    }
  });

  it('installs exactly the missing font package', () => {
    const { code, installed } = ensureSystem(
      ALL_FONTS.filter((f) => !f.startsWith('AR PL UKai')),
      'no-ukai',
    );
    expect(code).toBe(0);
    expect(installed).toContain('update -qq');
    expect(installed).toMatch(/install -y -qq --no-install-recommends fonts-arphic-ukai\n$/);
  });
});
