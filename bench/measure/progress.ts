/** Progress on stderr, so stdout stays the report: which step, which size, which run, how long so far. */
export interface Progress {
  /** Starts a step; returns a function that ends it with an optional note. */
  step(label: string): (note?: string) => void;
  /** A one-off line. */
  note(message: string): void;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function createProgress(stream: NodeJS.WriteStream = process.stderr, quiet = false): Progress {
  const started = performance.now();
  const clock = () => `[bench ${seconds(performance.now() - started).padStart(8)}]`;
  return {
    note: (message) => {
      if (!quiet) stream.write(`${clock()} ${message}\n`);
    },
    step: (label) => {
      const t0 = performance.now();
      if (quiet) return () => {};
      const tty = Boolean(stream.isTTY);
      stream.write(`${clock()} ${label} …${tty ? '' : '\n'}`);
      // On a terminal, the elapsed time ticks on the same line; in a log, a line every 15 s.
      const timer = setInterval(
        () => {
          const elapsed = seconds(performance.now() - t0);
          if (tty) stream.write(`\r${clock()} ${label} … ${elapsed}`);
          else stream.write(`${clock()} ${label} … still running, ${elapsed}\n`);
        },
        tty ? 1000 : 15_000,
      );
      timer.unref();
      return (note) => {
        clearInterval(timer);
        const line = `${clock()} ${label} done in ${seconds(performance.now() - t0)}${note ? ` (${note})` : ''}`;
        stream.write(tty ? `\r\u001b[2K${line}\n` : `${line}\n`);
      };
    },
  };
}
