/**
 * One build per output folder: a lock file next to the output holds the pid, host, process
 * start time and boot id of the build working on it; another build waits (for a bounded time),
 * and a lock left by a build that died is taken over. The start time and boot id tell a live
 * build from an unrelated process that was given the same pid later (or after a reboot).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { hostname } from 'node:os';
import { describeIoError, PublishError, rmQuietly } from './fs-steps.ts';

/** How long a build waits for another one working on the same output, by default. */
export const LOCK_WAIT_MS = 10 * 60_000;

/**
 * The wait given in minutes (XF_LOCK_WAIT, `npm run build -- --wait`), in milliseconds;
 * the default when unset. Fractions allowed (0.5 = 30 s); 0 gives up at once.
 */
export function lockWaitMs(minutes: string | undefined): number {
  if (minutes === undefined || minutes.trim() === '') return LOCK_WAIT_MS;
  const value = minutes.trim();
  if (!/^\d{1,4}(?:\.\d{1,3})?$/.test(value))
    throw new PublishError(
      '等待其他构建的时长（--wait 或环境变量 XF_LOCK_WAIT）应为 0 到 9999 之间的分钟数，如 10 或 0.5',
    );
  return Math.round(Number(value) * 60_000);
}

/** Whether a process with this pid runs on this machine. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * When the process `pid` started, in clock ticks since boot (Linux: field 22 of
 * /proc/<pid>/stat, counted after the command name, which may hold spaces and parentheses);
 * '' where there is no /proc or no such process.
 */
export function processStart(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields from 3 (state) on: starttime, field 22, is the 20th of them.
    return fields[19] ?? '';
  } catch {
    return '';
  }
}

/** This boot of the machine (Linux); '' elsewhere. */
export function bootId(): string {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return '';
  }
}

export interface LockOwner {
  pid: number;
  host: string;
  /** processStart(pid) when the lock was taken; '' when unknown (no /proc, older builds). */
  start: string;
  boot: string;
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
    const [pid, host, start, boot] = readFileSync(lock, 'utf8').split('\n');
    return { pid: Number(pid), host: host ?? '', start: start ?? '', boot: boot ?? '' };
  } catch {
    return undefined;
  }
}

/** The lock file's text for this process. */
export function lockText(pid = process.pid): string {
  return `${pid}\n${hostname()}\n${processStart(pid)}\n${bootId()}\n`;
}

/**
 * Whether the build that wrote a lock is gone: on this host, the machine was rebooted since,
 * its pid runs no more, or runs a process that started at another time (a pid used again). A
 * lock of this very process is a leftover too. Locks of other hosts are never judged stale.
 */
export function isStale(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return false;
  const boot = bootId();
  if (owner.boot !== '' && boot !== '' && owner.boot !== boot) return true;
  if (owner.pid === process.pid || !alive(owner.pid)) return true;
  const start = processStart(owner.pid);
  return owner.start !== '' && start !== '' && owner.start !== start;
}

export interface LockOptions {
  /** Called once when the lock is held by a live build. */
  onWait?: (owner: LockOwner) => void;
  /** The message of the PublishError thrown when the wait is over. */
  onTimeout?: (owner: LockOwner) => string;
  pollMs?: number;
  /** How long to wait for a live build (LOCK_WAIT_MS by default). */
  waitMs?: number;
}

/**
 * Takes the lock file `lock`, waiting while another live build holds it, for `waitMs` at most
 * (then a PublishError). A lock left by a build that died (see isStale) is taken over.
 * Resolves to the function that gives it back.
 */
export async function acquireLock(lock: string, options: LockOptions = {}): Promise<() => void> {
  const me = lockText();
  const deadline = Date.now() + (options.waitMs ?? LOCK_WAIT_MS);
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
    const stale = owner !== undefined && (garbled ? ageMs(lock) > 5_000 : isStale(owner));
    if (stale) {
      rmQuietly(lock);
      continue;
    }
    if (owner === undefined && !existsSync(lock)) continue;
    const holder = owner && !garbled ? owner : undefined;
    if (Date.now() >= deadline)
      throw new PublishError(
        (holder && options.onTimeout?.(holder)) ??
          `锁文件 ${lock} 一直被占用，等待超时：已停止，未作任何改动。若确认没有构建在运行，请删除它后重试。`,
      );
    if (holder && !told) {
      options.onWait?.(holder);
      told = true;
    }
    await new Promise((r) => setTimeout(r, options.pollMs ?? 250));
  }
}
