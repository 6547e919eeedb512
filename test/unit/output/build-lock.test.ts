import { execSync, spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  acquireLock,
  bootId,
  isStale,
  LOCK_WAIT_MS,
  lockText,
  lockWaitMs,
  processStart,
} from '../../../src/lib/output/build-lock.ts';
import { tempRoot } from '../support/folders.ts';

describe('acquireLock: one build per output folder', () => {
  it('makes a second taker wait, telling it who holds the lock, until the first gives it back', async () => {
    const dir = await tempRoot({});
    const lock = join(dir, '.site-lock');
    const release = await acquireLock(lock);
    expect(readFileSync(lock, 'utf8')).toBe(lockText());
    const waits: number[] = [];
    // A lock this very process holds counts as left over (see below): pid 1, which runs for as
    // long as the machine does, holds it here.
    release();
    writeFileSync(lock, lockText(1));
    let taken = false;
    const second = acquireLock(lock, {
      pollMs: 10,
      onWait: (owner) => waits.push(owner.pid),
    }).then((r) => {
      taken = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(taken).toBe(false);
    expect(waits).toEqual([1]);
    rmSync(lock); // the holder finishes
    const releaseSecond = await second;
    expect(taken).toBe(true);
    releaseSecond();
    expect(existsSync(lock)).toBe(false);
  });

  it('gives back only its own lock: a lock another build took over is left alone', async () => {
    const dir = await tempRoot({});
    const lock = join(dir, '.site-lock');
    const release = await acquireLock(lock);
    writeFileSync(lock, lockText(1));
    release();
    expect(readFileSync(lock, 'utf8')).toBe(lockText(1));
  });

  it('takes over a lock whose process has died, or one left by this process', async () => {
    const dir = await tempRoot({});
    const lock = join(dir, '.site-lock');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    writeFileSync(lock, `${dead.stdout.toString()}\n${hostname()}\n`);
    const release = await acquireLock(lock, { pollMs: 10 });
    expect(readFileSync(lock, 'utf8')).toBe(lockText());
    const again = await acquireLock(lock, { pollMs: 10 });
    again();
    release();
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over a lock file with no pid in it (cut short by a kill) once it is a minute old', async () => {
    const dir = await tempRoot({ '.site-lock': '' });
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(dir, '.site-lock'), old, old);
    const release = await acquireLock(join(dir, '.site-lock'), { pollMs: 10 });
    release();
    expect(existsSync(join(dir, '.site-lock'))).toBe(false);
  });

  it('waits for a live build a bounded time, then fails with the message it was given', async () => {
    const dir = await tempRoot({});
    const lock = join(dir, '.site-lock');
    writeFileSync(lock, lockText(1));
    const started = Date.now();
    await expect(
      acquireLock(lock, {
        pollMs: 10,
        waitMs: 200,
        onTimeout: (owner) => `进程 ${owner.pid} 占用太久`,
      }),
    ).rejects.toThrow('进程 1 占用太久');
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    expect(readFileSync(lock, 'utf8')).toBe(lockText(1));
  });
});

describe('isStale(owner): a live pid is not enough, it must be the same process', () => {
  const live = { pid: 1, host: hostname(), start: processStart(1), boot: bootId() };

  it.runIf(existsSync('/proc/1/stat'))(
    'processStart(pid) reads field 22 of /proc/<pid>/stat, after a command name with spaces and parentheses',
    async () => {
      // A command named `a) b (c`: two spaces and both parentheses in field 2.
      const dir = mkdtempSync(join(tmpdir(), 'xf-lock-'));
      const named = join(dir, 'a) b (c');
      symlinkSync(execSync('command -v sleep', { shell: '/bin/sh' }).toString().trim(), named);
      const child = spawn(named, ['30']);
      try {
        // Until the child has exec'd, /proc shows node's name.
        let stat = '';
        for (let i = 0; i < 200 && !stat.includes('(a) b (c)'); i++) {
          stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
          await new Promise((r) => setTimeout(r, 10));
        }
        expect(stat).toContain('(a) b (c)');
        expect(processStart(child.pid ?? 0)).toBe(stat.split(' ')[21 + 2]);
        expect(processStart(child.pid ?? 0)).toMatch(/^\d+$/);
      } finally {
        child.kill();
        rmSync(dir, { recursive: true, force: true });
      }
      expect(processStart(999_999_999)).toBe('');
    },
  );

  it('a lock of a live process that started when the lock says is held', () => {
    expect(isStale(live)).toBe(false);
    expect(isStale({ ...live, start: '', boot: '' })).toBe(false); // older locks: pid alone
  });

  it.runIf(existsSync('/proc/1/stat'))(
    'a lock whose pid now runs a process started at another time (the pid used again) is stale',
    () => {
      expect(isStale({ ...live, start: String(Number(live.start) + 1) })).toBe(true);
    },
  );

  it.runIf(bootId() !== '')('a lock from before a reboot (another boot id) is stale', () => {
    expect(isStale({ ...live, boot: 'aaaaaaaa-0000-0000-0000-000000000000' })).toBe(true);
  });

  it('a lock of another host is never judged from here', () => {
    expect(isStale({ ...live, host: `${hostname()}-other`, pid: 999_999_999 })).toBe(false);
  });

  it.runIf(existsSync('/proc/1/stat'))(
    'acquireLock takes over a lock held by a live but unrelated process',
    async () => {
      const dir = await tempRoot({});
      const lock = join(dir, '.site-lock');
      writeFileSync(lock, `1\n${hostname()}\n${Number(live.start) + 5}\n${bootId()}\n`);
      const release = await acquireLock(lock, { pollMs: 10, waitMs: 1_000 });
      expect(readFileSync(lock, 'utf8')).toBe(lockText());
      release();
    },
  );
});

describe('lockWaitMs(minutes): XF_LOCK_WAIT and --wait', () => {
  it.each([
    [undefined, LOCK_WAIT_MS],
    ['', LOCK_WAIT_MS],
    ['10', 600_000],
    [' 0.5 ', 30_000],
    ['0', 0],
  ])('lockWaitMs(%j) is %d ms', (value, ms) => {
    expect(lockWaitMs(value)).toBe(ms);
  });

  it.each([['-1'], ['abc'], ['1e3'], ['10 分钟'], ['99999']])(
    'lockWaitMs(%j) is refused in Chinese',
    (value) => {
      expect(() => lockWaitMs(value)).toThrow(
        '等待其他构建的时长（--wait 或环境变量 XF_LOCK_WAIT）应为 0 到 9999 之间的分钟数',
      );
    },
  );
});
