import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock } from '../../../src/lib/output/build-lock.ts';
import { tempRoot } from '../support/folders.ts';

describe('acquireLock: one build per output folder', () => {
  it('makes a second taker wait, telling it who holds the lock, until the first gives it back', async () => {
    const dir = await tempRoot({});
    const lock = join(dir, '.site-lock');
    const release = await acquireLock(lock);
    expect(readFileSync(lock, 'utf8')).toBe(`${process.pid}\n${hostname()}\n`);
    const waits: number[] = [];
    // A lock this very process holds counts as left over (see below): pid 1, which runs for as
    // long as the machine does, holds it here.
    release();
    writeFileSync(lock, `1\n${hostname()}\n`);
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
    writeFileSync(lock, `1\n${hostname()}\n`);
    release();
    expect(readFileSync(lock, 'utf8')).toBe(`1\n${hostname()}\n`);
  });

  it('takes over a lock whose process has died, or one left by this process', async () => {
    const dir = await tempRoot({});
    const lock = join(dir, '.site-lock');
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    writeFileSync(lock, `${dead.stdout.toString()}\n${hostname()}\n`);
    const release = await acquireLock(lock, { pollMs: 10 });
    expect(readFileSync(lock, 'utf8')).toBe(`${process.pid}\n${hostname()}\n`);
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
});
