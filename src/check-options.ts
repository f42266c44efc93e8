// Checks the options of compare() and compareMany() once, up front, so a wrong option fails the call with its name
// and value instead of surfacing later as a crash or a silently ignored setting.
import { ClaimdiffInputError } from './errors';
import type { CompareManyOptions, CompareOptions } from './options';

type Check = (value: unknown) => string | undefined;

const isString: Check = (v) => (typeof v === 'string' ? undefined : 'must be a string');
const isBoolean: Check = (v) => (typeof v === 'boolean' ? undefined : 'must be true or false');
const isObject: Check = (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? undefined : 'must be an object');
const isFunction: Check = (v) => (typeof v === 'function' ? undefined : 'must be a function');

/** What compare() reads; an absent (undefined) option is always fine. */
const COMPARE_CHECKS: Record<string, Check> = {
  minConfidence: (v) =>
    typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1 ? undefined : 'must be a number from 0 to 1',
  timings: isBoolean,
  model: isString,
  allowDownload: isBoolean,
  modelPath: isString,
  localModelPath: isString,
  cacheDir: isString,
  dtype: isString,
  alignment: isObject,
  wordAlignment: isBoolean,
  comparers: (v) =>
    Array.isArray(v) && v.every((c) => typeof c === 'function') ? undefined : 'must be a list of comparer functions',
  embedder: (v) =>
    v !== null && typeof v === 'object' && typeof (v as { embed?: unknown }).embed === 'function'
      ? undefined
      : 'must be an embedder: an object with an embed(texts) function',
};

/** What compareMany() reads on top. */
const MANY_CHECKS: Record<string, Check> = {
  concurrency: (v) => (Number.isInteger(v) && (v as number) >= 1 ? undefined : 'must be a whole number of 1 or more'),
  // A signal from another realm or a polyfill is welcome: what matters is that it can be read and listened to.
  signal: (v) =>
    v !== null && typeof v === 'object' && typeof (v as AbortSignal).aborted === 'boolean' &&
    typeof (v as AbortSignal).addEventListener === 'function'
      ? undefined
      : 'must be an AbortSignal',
  onProgress: isFunction,
};

/** Throws a ClaimdiffInputError (code ERR_OPTION_INVALID) naming the first option that is wrong. */
export function checkCompareOptions(options: unknown): asserts options is CompareOptions | undefined {
  checkAll(options, COMPARE_CHECKS);
}

/** The same for compareMany(), whose options are compare()'s plus concurrency, signal and onProgress. */
export function checkCompareManyOptions(options: unknown): asserts options is CompareManyOptions | undefined {
  checkAll(options, { ...COMPARE_CHECKS, ...MANY_CHECKS });
}

function checkAll(options: unknown, checks: Record<string, Check>): void {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new ClaimdiffInputError(`The options must be an object, not ${describe(options)}.`, 'ERR_OPTION_INVALID');
  }
  for (const [name, check] of Object.entries(checks)) {
    const value = (options as Record<string, unknown>)[name];
    if (value === undefined) continue;
    const problem = check(value);
    if (problem) {
      throw new ClaimdiffInputError(`The option "${name}" ${problem}, not ${describe(value)}.`, 'ERR_OPTION_INVALID');
    }
  }
}

/** A value as a message can quote it: strings in quotes, short, never throwing. */
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null) return 'null';
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') {
    const keys = Object.keys(value as object);
    return keys.length === 0 ? 'an empty object' : `an object with ${keys.slice(0, 4).join(', ')}${keys.length > 4 ? ', …' : ''}`;
  }
  return String(value);
}
