// The batch progress bar: on stderr, and only when stderr is a terminal and --quiet is off.
//
// When the results go to the same terminal (stdout is one too), the bar is cleared before each result line is
// written and drawn again after it, and it draws nothing in between: a JSON line never starts after the bar.
// cli-progress draws the bar; the stream it is given drops the cursor save and restore it sends at start and stop,
// which would jump back over the result lines printed meanwhile.
import type { Options, Params } from 'cli-progress';
import type { CliIo } from './io';

export interface BatchProgress {
  /** Pairs finished so far (any order). */
  update(progress: { done: number; failed: number }): void;
  /** Call around each result line written to stdout. */
  beforeOutput(): void;
  afterOutput(): void;
  /** Writes a line of its own to stderr (a warning), with the bar cleared first and drawn again after. */
  note(line: string): void;
  /** Clears the bar for good. */
  stop(): void;
}

export interface ProgressSettings {
  quiet: boolean;
  /** Pairs in the input, when known (a file, counted first); unknown for stdin. */
  total?: number;
  /** The result lines go to stdout, and stdout is a terminal: taken to be the one stderr shows on. */
  sharesTerminal: boolean;
}

function silent(io: CliIo): BatchProgress {
  return { update() {}, beforeOutput() {}, afterOutput() {}, note: (line) => void io.stderr.write(line), stop() {} };
}
const CLEAR_LINE = '\r\u001b[2K';

export async function batchProgress(io: CliIo, settings: ProgressSettings): Promise<BatchProgress> {
  if (settings.quiet || io.stderr.isTTY !== true) return silent(io);
  // A CommonJS package: Node's ESM loader sees `Format` only on its default export.
  const loaded = await import('cli-progress');
  const { SingleBar, Format } = loaded.default ?? loaded;
  const { total } = settings;
  let paused = false;
  let drawn = false;
  const screen = {
    isTTY: true,
    get columns() {
      return io.stderr.columns;
    },
    write(chunk: string | Uint8Array) {
      const text = String(chunk).replace(/\u001b[78]/g, '');
      if (paused || text === '') return true;
      drawn = true;
      return io.stderr.write(text);
    },
  };
  let started = 0;
  const format = (options: Options, params: Params, payload: { failed?: number }) =>
    progressLine(params.value, payload.failed ?? 0, total, (Date.now() - started) / 1000, (bar) =>
      Format.BarFormat(bar, options), (seconds) => Format.TimeFormat(seconds, options, 1));
  const bar = new SingleBar({
    stream: screen as unknown as NodeJS.WritableStream,
    format,
    barsize: 20,
    linewrap: true, // trims the bar to the terminal width and leaves the terminal's own wrapping alone
    forceRedraw: true, // redraws after a result line cleared it, though the figures did not change
    clearOnComplete: true,
    hideCursor: false,
    gracefulExit: false,
  });
  started = Date.now();
  bar.start(total ?? 0, 0, { failed: 0 });
  const clear = () => {
    if (drawn) io.stderr.write(CLEAR_LINE);
    drawn = false;
  };
  return {
    update({ done, failed }) {
      bar.update(done, { failed });
    },
    beforeOutput() {
      if (!settings.sharesTerminal) return;
      clear();
      paused = true;
    },
    afterOutput() {
      if (!settings.sharesTerminal) return;
      paused = false;
      bar.render();
    },
    note(line) {
      clear();
      io.stderr.write(line);
      if (!paused) bar.render();
    },
    stop() {
      paused = false;
      bar.stop();
    },
  };
}

/**
 * The bar's line: '[=====-----] 12/40 pairs · 3.1 pairs/s · 9s left · 1 failed' when the total is known,
 * '12 pairs · 3.1 pairs/s · 1 failed' when not (no time left without a total).
 */
export function progressLine(
  done: number,
  failed: number,
  total: number | undefined,
  seconds: number,
  drawBar: (share: number) => string,
  formatTime: (seconds: number) => string,
): string {
  const rate = done > 0 && seconds > 0 ? done / seconds : undefined;
  const parts: string[] = [];
  if (total !== undefined) {
    parts.push(`claimdiff [${drawBar(total > 0 ? Math.min(1, done / total) : 1)}] ${done}/${total} ${pairs(total)}`);
  } else {
    parts.push(`claimdiff: ${done} ${pairs(done)}`);
  }
  if (rate !== undefined) parts.push(`${rate >= 10 ? Math.round(rate) : rate.toFixed(1)} pairs/s`);
  if (rate !== undefined && total !== undefined && done < total) {
    parts.push(`${formatTime(Math.ceil((total - done) / rate))} left`);
  }
  if (failed > 0) parts.push(`${failed} failed`);
  return parts.join(' · ');
}

function pairs(n: number): string {
  return n === 1 ? 'pair' : 'pairs';
}
