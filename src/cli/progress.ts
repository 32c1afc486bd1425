/**
 * Progress of long work on a terminal: one line rewritten in place with the count, the total and
 * the rate, at most a few times a second, and cleared at the end. Nothing when the stream is not
 * a terminal (a pipe, a file, CI), so piped output stays clean.
 */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export type Progress = (done: number, total: number) => void;

export function progressLine(
  label: string,
  stream: ProgressStream = process.stderr,
  now: () => number = () => performance.now(),
): Progress | undefined {
  if (!stream.isTTY) return undefined;
  const started = now();
  let shown = -Infinity;
  return (done, total) => {
    const at = now();
    if (done < total && at - shown < 200) return;
    shown = at;
    const seconds = (at - started) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    const line = `${label}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} records, ${rate.toLocaleString('en')}/s`;
    stream.write(done < total ? `\r${line}\x1b[K` : `\r${line}, done in ${seconds.toFixed(1)} s\x1b[K\n`);
  };
}
