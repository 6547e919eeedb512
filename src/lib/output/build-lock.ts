/**
 * One build per output folder: a lock file next to the output holds the pid and host of the
 * build working on it; another build waits, and a lock left by a build that died is taken over.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { hostname } from 'node:os';
import { describeIoError, PublishError, rmQuietly } from './fs-steps.ts';

/** Whether a process with this pid runs on this machine. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface LockOwner {
  pid: number;
  host: string;
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return Infinity;
  }
}

function readOwner(lock: string): LockOwner | undefined {
  try {
    const [pid, host] = readFileSync(lock, 'utf8').split('\n');
    return { pid: Number(pid), host: host ?? '' };
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock file `lock`, waiting while another live build holds it. A lock left by a build
 * that died (its pid no longer runs on this host), or by this very process, is taken over.
 * Resolves to the function that gives it back.
 */
export async function acquireLock(
  lock: string,
  options: { onWait?: (owner: LockOwner) => void; pollMs?: number } = {},
): Promise<() => void> {
  const me = `${process.pid}\n${hostname()}\n`;
  let told = false;
  for (;;) {
    try {
      const handle = await open(lock, 'wx');
      await handle.writeFile(me);
      await handle.close();
      return () => {
        // Only our own lock is removed: a build that took over a lock it thought stale keeps it.
        if (readOwner(lock)?.pid === process.pid) rmQuietly(lock);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
        throw new PublishError(describeIoError(error, '创建锁文件', lock));
    }
    const owner = readOwner(lock);
    // A lock with no pid in it is being written right now, or was cut short by a kill: only the
    // latter stays that way for seconds.
    const garbled = owner !== undefined && !(Number.isInteger(owner.pid) && owner.pid > 0);
    const stale =
      owner !== undefined &&
      (garbled
        ? ageMs(lock) > 5_000
        : owner.host === hostname() && (owner.pid === process.pid || !alive(owner.pid)));
    if (stale) {
      rmQuietly(lock);
      continue;
    }
    if (owner === undefined && !existsSync(lock)) continue;
    if (!told && owner && !garbled) {
      options.onWait?.(owner);
      told = true;
    }
    await new Promise((r) => setTimeout(r, options.pollMs ?? 250));
  }
}
