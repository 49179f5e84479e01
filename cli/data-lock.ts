/**
 * One process at a time per data folder. The diff stage is the only writer of a corpus and runs one document at a
 * time (in AWS the FIFO queue guarantees it); two local runs on the same --data folder each start their own embedded
 * server on the same files, and their diff stages interleave: an index shard overwritten with another's, head entries
 * lost, every later ingest failing. So the folder holds a lock file naming the process that uses it.
 *
 * A lock left by a process that no longer runs (killed, machine restarted) is stale and taken over. A lock written
 * on another machine (a shared folder) cannot be checked from here, so it counts as held.
 */
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

export const LOCK_FILE = 'claimdiff.lock';

interface LockRecord {
  pid: number;
  host: string;
  since: string;
}

export class DataFolderInUse extends Error {}

/** Takes the folder's lock (the folder must exist) and returns its release. Throws DataFolderInUse when held. */
export function lockDataFolder(dataDir: string): () => void {
  const file = join(dataDir, LOCK_FILE);
  const mine: LockRecord = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(mine) + '\n', { flag: 'wx' }); // create only: atomic against a racing taker
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(file);
    if ((holder && isRunning(holder)) || attempt > 0) throw inUse(dataDir, file, holder);
    unlinkSync(file); // stale (or unreadable, written half by a process killed at that instant): take it over once
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    try {
      if (readHolder(file)?.pid === mine.pid) unlinkSync(file);
    } catch {
      // already gone
    }
  };
  process.on('exit', release); // Ctrl-C or an error exit still frees the folder
  return release;
}

function readHolder(file: string): LockRecord | null {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as LockRecord;
    return Number.isInteger(record.pid) ? record : null;
  } catch {
    return null;
  }
}

function isRunning(holder: LockRecord): boolean {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by another user
  }
}

function inUse(dataDir: string, file: string, holder: LockRecord | null): DataFolderInUse {
  const who = holder ? `process ${holder.pid} on ${holder.host}, since ${holder.since}` : 'another process';
  return new DataFolderInUse(
    `the data folder ${resolve(dataDir)} is in use by ${who}. Wait for it to finish (or stop it), or use another --data folder. ` +
      `If no claimdiff process is using it, delete ${resolve(file)}.`,
  );
}
