// Command-line parsing: argv → a checked command, or a UsageError that says what is wrong in one line.
import { parseArgs } from 'node:util';
import { primaryLanguage } from '../lang/codes';
import { REPORT_FORMATS, type ReportFormat } from '../report/formats';

/** A mistake in how the command was called (exit code 2, with a pointer to --help). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface CommonOptions {
  model?: string;
  allowDownload: boolean;
  quiet: boolean;
  minConfidence?: number;
  output?: string;
  leftLang?: string;
  rightLang?: string;
}

export type Command =
  | { name: 'help'; topic?: string }
  | { name: 'version' }
  | { name: 'compare'; left: string; right: string; format?: ReportFormat; publishedLeft?: string;
      publishedRight?: string; exitCode: boolean; options: CommonOptions }
  | { name: 'batch'; input: string; resume: boolean; options: CommonOptions };

const OPTIONS = {
  'left-lang': { type: 'string' },
  'right-lang': { type: 'string' },
  'published-left': { type: 'string' },
  'published-right': { type: 'string' },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  model: { type: 'string' },
  offline: { type: 'boolean' },
  'allow-download': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'min-confidence': { type: 'string' },
  'exit-code': { type: 'boolean' },
  resume: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

/** Options that only `compare` understands; batch lines carry their own dates, and batch has its own exit codes. */
const COMPARE_ONLY = ['format', 'published-left', 'published-right', 'exit-code'] as const;

export function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const { values, positionals } = parsed;
  const [name, ...rest] = positionals;
  if (values.help || name === 'help') return { name: 'help', topic: name === 'help' ? rest[0] : name };
  if (values.version) return { name: 'version' };
  if (name === undefined) throw new UsageError('no command given: use "compare" or "batch"');
  if (name !== 'compare' && name !== 'batch') {
    throw new UsageError(`unknown command "${name}": use "compare" or "batch"`);
  }
  if (values.offline && values['allow-download']) {
    throw new UsageError('--offline and --allow-download contradict each other: choose one');
  }
  const options: CommonOptions = {
    model: values.model,
    allowDownload: values['allow-download'] === true,
    quiet: values.quiet === true,
    minConfidence: confidence(values['min-confidence']),
    // '-' is standard output, as for inputs, not a file named '-'.
    output: values.output === '-' ? undefined : values.output,
    leftLang: language(values['left-lang'], '--left-lang'),
    rightLang: language(values['right-lang'], '--right-lang'),
  };
  if (options.model !== undefined && options.model.trim() === '') throw new UsageError('--model needs a value');
  if (options.output !== undefined && options.output === '') throw new UsageError('-o needs a file name');

  if (name === 'batch') {
    const given = COMPARE_ONLY.find((o) => values[o] !== undefined);
    if (given === 'exit-code') throw new UsageError('--exit-code applies to "compare" only; batch exits 1 when a line fails');
    if (given) throw new UsageError(`--${given} applies to "compare" only; batch writes JSON lines`);
    if (rest.length !== 1) throw new UsageError(`batch takes one input (a JSONL file or -), got ${rest.length}`);
    const resume = values.resume === true;
    if (resume && options.output === undefined) throw new UsageError('--resume needs -o FILE: the answers to carry on from');
    return { name, input: rest[0], resume, options };
  }
  if (values.resume) throw new UsageError('--resume applies to "batch" only');
  if (rest.length !== 2) throw new UsageError(`compare takes two articles (LEFT RIGHT), got ${rest.length}`);
  if (rest[0] === '-' && rest[1] === '-') throw new UsageError('only one article can come from stdin (-)');
  return {
    name,
    left: rest[0],
    right: rest[1],
    format: format(values.format),
    publishedLeft: date(values['published-left'], '--published-left'),
    publishedRight: date(values['published-right'], '--published-right'),
    exitCode: values['exit-code'] === true,
    options,
  };
}

/** The report format a file name suggests ('report.md' → markdown), for -o without --format. */
export function formatFromFileName(file: string | undefined): ReportFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(file ?? '')?.[1]?.toLowerCase();
  const byExt: Record<string, ReportFormat> = { json: 'json', md: 'markdown', markdown: 'markdown', html: 'html',
    htm: 'html', txt: 'text' };
  return ext ? byExt[ext] : undefined;
}

function format(value: string | undefined): ReportFormat | undefined {
  if (value === undefined) return undefined;
  const v = value.toLowerCase() === 'md' ? 'markdown' : value.toLowerCase();
  if (!(REPORT_FORMATS as readonly string[]).includes(v)) {
    throw new UsageError(`unknown format "${value}": use ${REPORT_FORMATS.join(', ')}`);
  }
  return v as ReportFormat;
}

function confidence(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) {
    throw new UsageError(`--min-confidence must be a number from 0 to 1, not "${value}"`);
  }
  return n;
}

/** A language flag's value must be a language code; whether a pack reads it is checked by checkLanguageFlags. */
function language(value: string | undefined, flag: string): string | undefined {
  if (value !== undefined) asUsage(flag, () => primaryLanguage(value));
  return value;
}

/** Runs a library check of a flag's value; its error becomes a usage error naming the flag. */
function asUsage(flag: string, check: () => unknown): void {
  try {
    check();
  } catch (error) {
    throw new UsageError(`${flag}: ${(error as Error).message}`);
  }
}

/**
 * The language flags name languages claimdiff has packs for. Separate from parsing, and loading the packs only
 * here, so that --help, --version and usage errors answer without them.
 */
export async function checkLanguageFlags(options: CommonOptions): Promise<void> {
  const { getLanguagePack } = await import('../lang');
  for (const [value, flag] of [[options.leftLang, '--left-lang'], [options.rightLang, '--right-lang']] as const) {
    if (value !== undefined) asUsage(flag, () => getLanguagePack(value));
  }
}

function date(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : undefined;
  if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) {
    throw new UsageError(`${flag} must be a date like 2017-12-08, not "${value}"`);
  }
  return value;
}

function describeParseError(error: unknown): string {
  const e = error as { code?: string; message?: string };
  const quoted = /'([^']*)'/.exec(e.message ?? '')?.[1] ?? '';
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? /-\w/.exec(quoted)?.[0];
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `unknown option "${option}"`;
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    return /does not take/.test(e.message ?? '') ? `${option} takes no value` : `${option} needs a value`;
  }
  return String(e.message ?? error).split('\n')[0];
}
