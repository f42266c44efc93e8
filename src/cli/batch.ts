// `claimdiff batch`: one pair per JSON line in, one result per line out, in input order, streamed.
//
// The lines become pairs here; comparing them is compareMany's run (batch/compare-pairs), which keeps the order,
// loads the model once and turns every failure into that pair's error. A line that is not a pair goes through the
// run too, carrying its problem, so it gets its error line in its place.
//
// Blank lines are skipped (they carry no pair) but still count for line numbers, so an error names the line
// as an editor shows it. Every other line gets exactly one answer: {"id","report"} or {"id","error"}.
import { createReadStream, promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { comparePairs, type PairResult } from '../batch/compare-pairs';
import { ClaimdiffInputError, type ClaimdiffErrorCode } from '../errors';
import { checkArticle } from '../input';
import { getLanguagePack } from '../lang';
import type { ArticleInput } from '../types';
import type { CommonOptions } from './args';
import type { CliDeps } from './deps';
import { checkOutputIsNotInput, checkTextFile, InputError, writeChunk, type CliIo } from './io';
import { idKey, openBatchOutput } from './batch-output';
import { batchProgress } from './progress';

export interface BatchResult {
  pairs: number;
  failed: number;
}

/** A non-blank input line: the pair it holds, or why it holds none. */
interface LinePair {
  id: unknown;
  left?: ArticleInput;
  right?: ArticleInput;
  problem?: unknown;
}

type Answer =
  | { id: unknown; report: unknown }
  | { id: unknown; error: { message: string; line: number; code: ClaimdiffErrorCode } };

export async function runBatch(
  input: string,
  options: CommonOptions,
  io: CliIo,
  deps: CliDeps,
  resume = false,
): Promise<number> {
  checkOutputIsNotInput(options.output, [input], io);
  if (input !== '-') await checkTextFile(input, io);
  const output = await openBatchOutput(options.output, resume, io);
  const out = output.stream;
  const showsProgress = !options.quiet && io.stderr.isTTY === true;
  const lines = showsProgress && input !== '-' ? await countPairLines(input, io) : undefined;
  const total = lines === undefined ? undefined : Math.max(0, lines - output.answered.size);
  const name = input === '-' ? 'stdin' : `"${input}"`;
  const progress = await batchProgress(io, {
    quiet: options.quiet,
    total,
    sharesTerminal: out === io.stdout && io.stdout.isTTY === true,
  });
  const result: BatchResult = { pairs: 0, failed: 0 };
  const skipped = { count: 0 };
  let done = false;
  try {
    const lineNumbers: number[] = [];
    const pairs = readPairs(input, io, options, lineNumbers, { answered: output.answered, skipped });
    const results = comparePairs(
      pairs,
      { model: options.model, allowDownload: options.allowDownload, minConfidence: options.minConfidence,
        onProgress: (p) => progress.update(p) },
      {
        comparePair: async (pair: LinePair, pairOptions) => {
          if (pair.problem !== undefined) throw pair.problem;
          return deps.compare(pair.left!, pair.right!, pairOptions);
        },
        loadEmbedder: (embedOptions) => deps.loadEmbedder(embedOptions),
      },
    );
    for await (const answered of results) {
      const line = lineNumbers.shift()!;
      const answer = toAnswer(answered, line);
      result.pairs++;
      if (!options.quiet) for (const w of warningsOf(answer)) progress.note(`claimdiff: warning: line ${line}: ${w.message}\n`);
      if ('error' in answer) result.failed++;
      progress.beforeOutput();
      await writeChunk(out, JSON.stringify(answer) + '\n');
      progress.afterOutput();
    }
    done = result.pairs + skipped.count > 0;
  } finally {
    progress.stop();
    await (done ? output.finish() : output.abandon());
  }
  if (!done) throw new InputError(`${name} holds no pairs (it is empty or only blank lines)`);
  if (!options.quiet) {
    io.stderr.write(
      `claimdiff: ${result.pairs} pair${result.pairs === 1 ? '' : 's'} done, ${result.failed} failed` +
        (skipped.count ? `, ${skipped.count} answered before` : '') +
        (options.output ? `; results in "${options.output}"` : '') + '\n',
    );
  }
  return result.failed > 0 ? 1 : 0;
}

/**
 * The non-blank lines of the input as pairs, read as the run asks for them. Each pair's line number is queued
 * in `lineNumbers` as it is handed out; results come back in the same order.
 */
async function* readPairs(
  input: string,
  io: CliIo,
  defaults: { leftLang?: string; rightLang?: string },
  lineNumbers: number[],
  resumed: { answered: Set<string>; skipped: { count: number } },
): AsyncGenerator<LinePair> {
  const source: Readable = input === '-' ? io.stdin : createReadStream(resolve(io.cwd, input));
  const lines = createInterface({ input: source, crlfDelay: Infinity });
  let lineNumber = 0;
  try {
    for await (const raw of lines) {
      lineNumber++;
      const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (line.trim() === '') continue;
      const pair = linePair(line, lineNumber, defaults);
      // A resumed run: the output already answers this pair.
      if (resumed.answered.has(idKey(pair.id))) {
        resumed.skipped.count++;
        continue;
      }
      lineNumbers.push(lineNumber);
      yield pair;
    }
  } finally {
    lines.close();
    if (source !== io.stdin) source.destroy();
  }
}

/** One line as a pair; any problem with it is kept for its error line, never thrown. */
function linePair(line: string, lineNumber: number, defaults: { leftLang?: string; rightLang?: string }): LinePair {
  const pair: LinePair = { id: lineNumber };
  try {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      throw new ClaimdiffInputError(`not valid JSON (${firstLine((error as Error).message)})`);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new ClaimdiffInputError('expected a JSON object like {"id": …, "left": {"text": …}, "right": {"text": …}}');
    }
    const record = parsed as Record<string, unknown>;
    if (typeof record.id === 'string' || typeof record.id === 'number') pair.id = record.id;
    pair.left = article(record.left, 'left', defaults.leftLang);
    pair.right = article(record.right, 'right', defaults.rightLang);
  } catch (error) {
    pair.problem = error;
  }
  return pair;
}

/** The fields of an article the library reads; other keys are ignored. */
function article(value: unknown, side: 'left' | 'right', defaultLang: string | undefined): ArticleInput {
  if (value === undefined) throw new ClaimdiffInputError(`"${side}" is missing`);
  const input = value as ArticleInput;
  checkArticle(input, side);
  if (input.lang !== undefined && typeof input.lang !== 'string') {
    throw new ClaimdiffInputError(`the ${side} article's "lang" must be a language code like "da"`);
  }
  const lang = input.lang ?? defaultLang;
  if (lang !== undefined) getLanguagePack(lang);
  const picked: ArticleInput = { text: input.text };
  if (lang !== undefined) picked.lang = lang;
  if (input.published !== undefined) picked.published = input.published;
  if (typeof input.source === 'string') picked.source = input.source;
  return picked;
}

/** The report's warnings (a language that does not match its text), to repeat on stderr. */
function warningsOf(answer: Answer): { message: string }[] {
  const report = 'report' in answer ? (answer.report as { warnings?: unknown }) : undefined;
  return Array.isArray(report?.warnings) ? report.warnings : [];
}

function toAnswer(result: PairResult, line: number): Answer {
  if ('report' in result) return { id: result.id, report: result.report };
  const message = `line ${line}: ${firstLine(result.error.message)}`;
  return { id: result.id, error: { message, line, code: result.error.code } };
}

/**
 * Pairs in a file, for the progress bar's total: its non-blank lines, counted in one streaming pass. Undefined
 * for anything but a regular file (a pipe cannot be read twice).
 */
export async function countPairLines(input: string, io: CliIo): Promise<number | undefined> {
  const path = resolve(io.cwd, input);
  try {
    if (!(await fs.stat(path)).isFile()) return undefined;
    let count = 0;
    for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
      if (line.trim() !== '') count++;
    }
    return count;
  } catch {
    return undefined;
  }
}

function firstLine(text: string): string {
  return text.split('\n')[0].trim();
}
