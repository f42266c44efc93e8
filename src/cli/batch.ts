// `claimdiff batch`: one pair per JSON line in, one result per line out, in input order, streamed.
//
// Blank lines are skipped (they carry no pair) but still count for line numbers, so an error names the line
// as an editor shows it. Every other line gets exactly one answer: {"id","report"} or {"id","error"}.
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { checkArticle } from '../input';
import { getLanguagePack } from '../lang';
import type { ArticleInput } from '../types';
import type { CommonOptions } from './args';
import type { CliDeps } from './deps';
import { checkOutputIsNotInput, checkTextFile, closeOutput, InputError, openOutput, writeChunk, type CliIo } from './io';

export interface BatchResult {
  pairs: number;
  failed: number;
}

export async function runBatch(input: string, options: CommonOptions, io: CliIo, deps: CliDeps): Promise<number> {
  checkOutputIsNotInput(options.output, [input], io);
  if (input !== '-') await checkTextFile(input, io);
  const out = options.output ? await openOutput(options.output, io) : io.stdout;
  const name = input === '-' ? 'stdin' : `"${input}"`;
  let result: BatchResult;
  try {
    const embedder = await deps.loadEmbedder({ model: options.model, allowDownload: options.allowDownload });
    const source: Readable = input === '-' ? io.stdin : createReadStream(resolve(io.cwd, input));
    const progress = progressLine(io, options.quiet);
    result = await answerLines(source, out, progress, async (left, right) =>
      deps.compare(left, right, { embedder, minConfidence: options.minConfidence }),
    options);
    progress.done();
  } finally {
    if (out !== io.stdout) await closeOutput(out);
  }
  if (result.pairs === 0) throw new InputError(`${name} holds no pairs (it is empty or only blank lines)`);
  if (!options.quiet) {
    io.stderr.write(
      `claimdiff: ${result.pairs} pair${result.pairs === 1 ? '' : 's'} done, ${result.failed} failed` +
        (options.output ? `; results in "${options.output}"` : '') + '\n',
    );
  }
  return result.failed > 0 ? 1 : 0;
}

type ComparePair = (left: ArticleInput, right: ArticleInput) => Promise<unknown>;

async function answerLines(
  source: Readable,
  out: Writable,
  progress: { update(r: BatchResult): void; warn(line: number, message: string): void },
  comparePair: ComparePair,
  options: CommonOptions,
): Promise<BatchResult> {
  const lines = createInterface({ input: source, crlfDelay: Infinity });
  const result: BatchResult = { pairs: 0, failed: 0 };
  let lineNumber = 0;
  for await (const raw of lines) {
    lineNumber++;
    const line = lineNumber === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    result.pairs++;
    const answer = await answerLine(line, lineNumber, comparePair, options);
    if ('error' in answer) result.failed++;
    for (const warning of warningsOf(answer)) progress.warn(lineNumber, warning.message);
    await writeChunk(out, JSON.stringify(answer) + '\n');
    progress.update(result);
  }
  return result;
}

type Answer = { id: unknown; report: unknown } | { id: unknown; error: { message: string; line: number } };

/** One line's answer; any problem becomes an error object naming the line, never an exception. */
export async function answerLine(
  line: string,
  lineNumber: number,
  comparePair: ComparePair,
  defaults: { leftLang?: string; rightLang?: string } = {},
): Promise<Answer> {
  let id: unknown = lineNumber;
  try {
    let pair: unknown;
    try {
      pair = JSON.parse(line);
    } catch (error) {
      throw new Error(`not valid JSON (${firstLine((error as Error).message)})`);
    }
    if (pair === null || typeof pair !== 'object' || Array.isArray(pair)) {
      throw new Error('expected a JSON object like {"id": …, "left": {"text": …}, "right": {"text": …}}');
    }
    const record = pair as Record<string, unknown>;
    if (typeof record.id === 'string' || typeof record.id === 'number') id = record.id;
    const left = article(record.left, 'left', defaults.leftLang);
    const right = article(record.right, 'right', defaults.rightLang);
    return { id, report: await comparePair(left, right) };
  } catch (error) {
    return { id, error: { message: `line ${lineNumber}: ${firstLine(messageOf(error))}`, line: lineNumber } };
  }
}

/** The fields of an article the library reads; other keys are ignored. */
function article(value: unknown, side: 'left' | 'right', defaultLang: string | undefined): ArticleInput {
  if (value === undefined) throw new Error(`"${side}" is missing`);
  const input = value as ArticleInput;
  checkArticle(input, side);
  if (input.lang !== undefined && typeof input.lang !== 'string') {
    throw new Error(`the ${side} article's "lang" must be a language code like "da"`);
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

/** Progress on a terminal only: a pipe or a log file gets no carriage-return noise. Warnings unless quiet. */
function progressLine(io: CliIo, quiet: boolean) {
  const show = !quiet && io.stderr.isTTY === true;
  let shown = false;
  return {
    update(r: BatchResult) {
      if (!show) return;
      io.stderr.write(`\rclaimdiff: ${r.pairs} pairs, ${r.failed} failed`);
      shown = true;
    },
    warn(line: number, message: string) {
      if (quiet) return;
      io.stderr.write(`${shown ? '\r\u001b[K' : ''}claimdiff: warning: line ${line}: ${message}\n`);
    },
    done() {
      if (shown) io.stderr.write('\r\u001b[K');
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function firstLine(text: string): string {
  return text.split('\n')[0].trim();
}
