// The batch progress bar: stderr only, on a terminal only, never glued onto result lines.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { countPairLines } from '../../src/cli/batch';
import type { CliDeps } from '../../src/cli';
import { progressLine } from '../../src/cli/progress';
import { fakeDeps, runCli, type Run } from '../helpers/cli';

let dir: string;
const pairLine = (id: string) => JSON.stringify({ id, left: { text: 'Hej', lang: 'da' }, right: { text: 'Hi', lang: 'en' } });
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdiff-cli-progress-'));
  writeFileSync(join(dir, 'three.jsonl'), ['a', 'b', 'c'].map(pairLine).join('\n') + '\n');
  writeFileSync(join(dir, 'one.jsonl'), pairLine('solo'));
  writeFileSync(join(dir, 'mixed.jsonl'), `\uFEFF${pairLine('a')}\r\n\r\n   \r\n\t\n${pairLine('b')}\r\nnot json\n\u00a0\n`);
});

const run = (argv: string[], options: Omit<Parameters<typeof runCli>[1], 'cwd'> = {}) =>
  runCli(argv, { ...options, cwd: dir });

/** The terminal as a person would see it after all the writes: lines of text, escape sequences applied. */
function screen(log: Run['log']): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  let col = 0;
  const text = log.map((w) => w.text).join('');
  for (let i = 0; i < text.length; i++) {
    const csi = /^\u001b\[(\d*)([A-Za-z])/.exec(text.slice(i, i + 8));
    if (csi) {
      const [all, n, op] = csi;
      if (op === 'G') col = Math.max(0, Number(n || 1) - 1);
      else if (op === 'K' && n === '2') line = [];
      else if (op === 'K') line = line.slice(0, col);
      i += all.length - 1;
    } else if (text[i] === '\r') col = 0;
    else if (text[i] === '\n') {
      lines.push(line.join(''));
      line = [];
      col = 0;
    } else {
      while (line.length < col) line.push(' ');
      line[col++] = text[i];
    }
  }
  lines.push(line.join(''));
  return lines.map((l) => l.trimEnd());
}

const barWrites = (r: Run) => r.log.filter((w) => w.stream === 'stderr' && /claimdiff( \[|:) ?.*pair/.test(w.text));

describe('batch progress on a terminal', () => {
  it('draws done/total for a file on stderr, and clears it before the summary', async () => {
    const r = await run(['batch', 'three.jsonl', '-o', 'out.jsonl'], { stderrTTY: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/claimdiff \[[=-]+\] 0\/3 pairs/);
    expect(r.stderr).toMatch(/claimdiff \[=+\] 3\/3 pairs/);
    expect(screen(r.log).filter((l) => l !== '')).toEqual(['claimdiff: 3 pairs done, 0 failed; results in "out.jsonl"']);
  });

  it('says "pair" for one', async () => {
    const r = await run(['batch', 'one.jsonl', '-o', 'out.jsonl'], { stderrTTY: true });
    expect(r.stderr).toMatch(/1\/1 pair(?!s)/);
    expect(r.stderr).toMatch(/claimdiff: 1 pair done/);
  });

  it('shows pairs done without a total or time left for stdin', async () => {
    const r = await run(['batch', '-', '-o', 'out.jsonl'], { stderrTTY: true, stdin: ['a', 'b'].map(pairLine).join('\n') });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/claimdiff: 2 pairs/);
    expect(r.stderr).not.toMatch(/\d+\/\d+|left/);
  });

  it('counts failed lines as done, and says how many failed', async () => {
    const deps = fakeDeps((left) => left.text === 'boom').deps;
    const lines = [pairLine('a'), 'not json', JSON.stringify({ left: { text: 'boom' }, right: { text: 'x' } })];
    writeFileSync(join(dir, 'failing.jsonl'), lines.join('\n'));
    const r = await run(['batch', 'failing.jsonl', '-o', 'out.jsonl'], { stderrTTY: true, deps });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/3\/3 pairs.* · 2 failed/);
  });

  it('draws nothing when stderr is not a terminal, and nothing at all with --quiet', async () => {
    const piped = await run(['batch', 'three.jsonl', '-o', 'out.jsonl'], { stderrTTY: false });
    expect(piped.stderr).toBe('claimdiff: 3 pairs done, 0 failed; results in "out.jsonl"\n');
    const quiet = await run(['batch', 'three.jsonl', '-o', 'out.jsonl', '--quiet'], { stderrTTY: true });
    expect(quiet.stderr).toBe('');
    expect(quiet.log.some((w) => w.stream === 'stderr')).toBe(false);
  });

  it('never glues the bar onto a result line when stdout is the same terminal', async () => {
    const base = fakeDeps().deps;
    // Pairs that finish out of order, so the bar moves while earlier lines wait.
    const deps: CliDeps = {
      ...base,
      compare: async (left, right, options) => {
        await new Promise((done) => setTimeout(done, (left.text.length * 7) % 5));
        return base.compare(left, right, options);
      },
    };
    const ids = Array.from({ length: 12 }, (_, i) => `p${i}`);
    writeFileSync(join(dir, 'twelve.jsonl'), ids.map((id, i) => JSON.stringify({
      id, left: { text: 'x'.repeat(i + 1) }, right: { text: 'y' } })).join('\n'));
    const r = await run(['batch', 'twelve.jsonl'], { tty: true, stderrTTY: true, deps });
    expect(r.code).toBe(0);
    const shown = screen(r.log).filter((l) => l !== '');
    expect(shown.slice(0, 12).map((l) => JSON.parse(l).id)).toEqual(ids);
    expect(shown.slice(12)).toEqual(['claimdiff: 12 pairs done, 0 failed']);
    // The bar was there between the lines, not just left out.
    const firstOut = r.log.findIndex((w) => w.stream === 'stdout');
    const lastOut = r.log.map((w) => w.stream).lastIndexOf('stdout');
    expect(barWrites({ ...r, log: r.log.slice(firstOut, lastOut) }).length).toBeGreaterThan(5);
    // And every result line began at the start of a clean line.
    r.log.forEach((w, i) => {
      if (w.stream !== 'stdout') return;
      const before = r.log.slice(0, i).map((x) => x.text).join('');
      expect(before === '' || /(\n|\r\u001b\[2K)$/.test(before)).toBe(true);
    });
  });
});

describe('the progress line', () => {
  const bar = (share: number) => '='.repeat(Math.round(share * 4)).padEnd(4, '-');
  const time = (s: number) => `${s}s`;
  it.each([
    [0, 0, 1, 0, 'claimdiff [----] 0/1 pair'],
    [1, 0, 2, 2, 'claimdiff [==--] 1/2 pairs · 0.5 pairs/s · 2s left'],
    [30, 2, 40, 2, 'claimdiff [===-] 30/40 pairs · 15 pairs/s · 1s left · 2 failed'],
    [40, 0, 40, 4, 'claimdiff [====] 40/40 pairs · 10 pairs/s'],
    [1, 0, undefined, 4, 'claimdiff: 1 pair · 0.3 pairs/s'],
    [2, 1, undefined, 1, 'claimdiff: 2 pairs · 2.0 pairs/s · 1 failed'],
    [0, 0, undefined, 0, 'claimdiff: 0 pairs'],
  ])('done %i, failed %i, total %s, %is → %s', (done, failed, total, seconds, expected) => {
    expect(progressLine(done, failed, total, seconds, bar, time)).toBe(expected);
  });
});

describe('counting the pairs of a file', () => {
  it('counts non-blank lines, as the batch reads them', async () => {
    expect(await countPairLines('three.jsonl', { cwd: dir } as never)).toBe(3);
    expect(await countPairLines('mixed.jsonl', { cwd: dir } as never)).toBe(3);
  });

  it('has no count for what is not a regular file', async () => {
    expect(await countPairLines('.', { cwd: dir } as never)).toBeUndefined();
    expect(await countPairLines('missing.jsonl', { cwd: dir } as never)).toBeUndefined();
  });
});
