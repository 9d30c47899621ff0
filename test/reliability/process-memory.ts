/**
 * A process's memory as the kernel counts it (/proc/<pid>/status): VmRSS now and VmHWM, the peak.
 * Null where there is no /proc (not Linux) or the process is gone.
 */
import * as fs from 'node:fs';

export interface ProcessMemory {
  rssMb: number;
  peakMb: number;
}

export function processMemory(pid: number): ProcessMemory | null {
  let status: string;
  try {
    status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  const rss = kb('VmRSS');
  if (!Number.isFinite(rss)) return null;
  return { rssMb: rss / 1024, peakMb: kb('VmHWM') / 1024 };
}
