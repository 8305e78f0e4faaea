import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { sampleTreeRss } from './tree-rss.ts';

export interface CommandResult {
  /** Wall time from spawn to exit, in milliseconds. */
  ms: number;
  /** Peak summed resident memory of the process tree, in bytes. */
  peakRssBytes: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CommandOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Sampling interval of the memory of the process tree. */
  sampleMs?: number;
  /** Kill the tree after this long. */
  timeoutMs?: number;
  /**
   * Send stdout to this file instead of a pipe (removed afterwards). A command that calls `process.exit()`
   * right after printing a large report loses the end of it on a pipe, never on a file.
   */
  stdoutFile?: string;
}

/** Runs one command, measuring its wall time and the peak memory of it and all its children. */
export function measureCommand(command: string, args: readonly string[], options: CommandOptions): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const fd = options.stdoutFile ? openSync(options.stdoutFile, 'w') : undefined;
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', fd ?? 'pipe', 'pipe'] });
    if (fd !== undefined) closeSync(fd);
    const fileOutput = () => {
      if (!options.stdoutFile) return '';
      const text = readFileSync(options.stdoutFile, 'utf8');
      rmSync(options.stdoutFile, { force: true });
      return text;
    };
    if (child.pid === undefined) {
      child.once('error', reject);
      return;
    }
    const sampler = sampleTreeRss(child.pid, options.sampleMs ?? 50);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (d: Buffer) => out.push(d));
    child.stderr?.on('data', (d: Buffer) => err.push(d));
    const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : undefined;
    child.once('error', (error) => {
      sampler.stop();
      if (timer) clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      const ms = performance.now() - start;
      const { peakBytes } = sampler.stop();
      if (timer) clearTimeout(timer);
      const stdout = options.stdoutFile ? fileOutput() : Buffer.concat(out).toString('utf8');
      resolve({ ms, peakRssBytes: peakBytes, code, signal, stdout, stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

/** The last lines of a command's output, for an error message. */
export function tail(result: Pick<CommandResult, 'stdout' | 'stderr'>, lines = 25): string {
  return `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-lines).join('\n');
}
