import { readFileSync, readdirSync } from 'node:fs';

/** `pid` and every descendant, found through `/proc/<pid>/task/<tid>/children` (Linux). */
export function processTree(pid: number): number[] {
  const out: number[] = [];
  const stack = [pid];
  const seen = new Set<number>();
  while (stack.length) {
    const p = stack.pop()!;
    if (seen.has(p)) continue;
    seen.add(p);
    out.push(p);
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${p}/task`);
    } catch {
      continue; // exited since we listed it
    }
    for (const tid of tasks) {
      try {
        for (const child of readFileSync(`/proc/${p}/task/${tid}/children`, 'utf8').split(' ')) if (child.trim()) stack.push(Number(child));
      } catch {
        // the thread ended
      }
    }
  }
  return out;
}

/** Resident memory of one process in bytes (`VmRSS`), 0 once it has gone. */
export function rssBytes(pid: number): number {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Summed resident memory of a process and all its descendants, in bytes. */
export const treeRssBytes = (pid: number): number => processTree(pid).reduce((sum, p) => sum + rssBytes(p), 0);

export interface RssSampler {
  /** Stops sampling (taking one last sample) and returns the peak seen, in bytes. */
  stop(): { peakBytes: number; samples: number };
}

/** Samples the process tree's memory every `intervalMs` until stopped; keeps the peak. */
export function sampleTreeRss(pid: number, intervalMs = 50): RssSampler {
  let peak = 0;
  let samples = 0;
  const take = () => {
    peak = Math.max(peak, treeRssBytes(pid));
    samples++;
  };
  take();
  const timer = setInterval(take, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return { peakBytes: peak, samples };
    },
  };
}

/** Whether this system can be sampled at all (`/proc` with `children` files, i.e. Linux). */
export function canSampleRss(): boolean {
  try {
    readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8');
    return true;
  } catch {
    return false;
  }
}
