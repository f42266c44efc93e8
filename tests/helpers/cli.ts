// The CLI in-process: fake streams (a terminal is a stream with isTTY = true) and a fake pipeline.
import { Readable, Writable } from 'node:stream';
import { main, type CliDeps } from '../../src/cli';
import type { ArticleInput, Discrepancy, Report } from '../../src/types';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** Every write to either stream, in the order it happened. */
  log: { stream: 'stdout' | 'stderr'; text: string }[];
}

export interface RunOptions {
  cwd: string;
  stdin?: string | Readable;
  deps?: CliDeps;
  /** stdout is a terminal (the old `tty` option of the CLI tests). */
  tty?: boolean;
  /** stderr is a terminal. */
  stderrTTY?: boolean;
  env?: Record<string, string>;
}

export async function runCli(argv: string[], options: RunOptions): Promise<Run> {
  const log: Run['log'] = [];
  // Writes are recorded as they are made (a Writable whose callback runs at once), so the order across the two
  // streams is the order the CLI wrote in.
  const capture = (stream: 'stdout' | 'stderr', isTTY: boolean | undefined) =>
    Object.assign(
      new Writable({
        write(chunk, _encoding, done) {
          log.push({ stream, text: String(chunk) });
          done();
        },
      }),
      { isTTY, columns: 100 },
    );
  const stdin = options.stdin instanceof Readable ? options.stdin : Readable.from([options.stdin ?? '']);
  const code = await main(
    argv,
    {
      stdin,
      stdout: capture('stdout', options.tty),
      stderr: capture('stderr', options.stderrTTY ?? false),
      env: options.env ?? {},
      cwd: options.cwd,
    },
    options.deps ?? fakeDeps().deps,
  );
  const text = (stream: 'stdout' | 'stderr') => log.filter((w) => w.stream === stream).map((w) => w.text).join('');
  return { code, stdout: text('stdout'), stderr: text('stderr'), log };
}

/** A fake pipeline: one claim per article, so the CLI can be tested without a model. */
export function fakeDeps(
  fail?: (left: ArticleInput) => boolean,
  findings: (left: ArticleInput) => Discrepancy[] = () => [],
) {
  const calls = { compare: 0, load: 0, inputs: [] as ArticleInput[][] };
  const deps: CliDeps = {
    async loadEmbedder() {
      calls.load++;
      return { name: 'fake', dim: 1, embed: async (texts: string[]) => texts.map(() => new Float32Array([1])) };
    },
    async compare(left, right) {
      calls.compare++;
      calls.inputs.push([left, right]);
      if (fail?.(left)) throw new Error('the pipeline refused this pair');
      return { ...fakeReport(left, right), discrepancies: findings(left) };
    },
  };
  return { deps, calls };
}

export function fakeReport(left: ArticleInput, right: ArticleInput): Report {
  const claim = (id: string, text: string) => ({
    id, text, start: 0, end: text.length, sentence: 0,
    facets: { times: [], numbers: [], entities: [], roles: [], negated: false },
  });
  return {
    left: { lang: left.lang ?? 'da', claims: [claim('L1', left.text)] },
    right: { lang: right.lang ?? 'en', claims: [claim('R1', right.text)] },
    alignments: [{ left: ['L1'], right: ['R1'], score: 0.9 }],
    discrepancies: [],
    unmatched: { left: [], right: [] },
    meta: { embedder: 'fake', version: '0' },
  };
}

/** A finding between the fake report's two claims, at a confidence. */
export function fakeFinding(confidence: number): Discrepancy {
  return {
    kind: 'number',
    left: { claim: 'L1', text: '40', start: 0, end: 2 },
    right: { claim: 'R1', text: '45', start: 0, end: 2 },
    confidence,
    message: 'The Danish article gives 40; the English article 45.',
  };
}
