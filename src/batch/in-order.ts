// Runs an async function over a stream of items, several at a time, and hands the results back in input order.
//
// At most `concurrency` items are between being read and being handed back (running, or finished and waiting for
// an earlier one), so an endless input costs bounded memory. A finished first item is handed back at once, even
// while the next item is still being read: a slow input (a pipe) does not hold back finished results.
import { ClaimdiffAbortError } from '../errors';

export interface InOrderOptions {
  concurrency: number;
  signal?: AbortSignal;
}

/** A started item: settled once `work` has resolved or rejected. */
interface Slot<R> {
  settled: boolean;
  ok?: boolean;
  value?: R;
  error?: unknown;
  promise: Promise<void>;
}

/** A pending read from the input. */
interface Read<T> {
  settled: boolean;
  result?: IteratorResult<T>;
  error?: unknown;
  promise: Promise<void>;
}

/**
 * Yields `work(item, index)` for every item, in input order. A rejection of `work` ends the iteration with that
 * error (callers that want to go on catch inside `work`); so does an error while reading the input, once the items
 * read before it are handed back. An abort stops reading and starting, and ends the iteration with a
 * ClaimdiffAbortError; work already started is not waited for. Leaving the loop early (break, return, throw)
 * closes the input.
 */
export async function* mapInOrder<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  work: (item: T, index: number) => Promise<R>,
  { concurrency, signal }: InOrderOptions,
): AsyncGenerator<R, void, undefined> {
  const input = asyncIterator(items);
  const window: Slot<R>[] = [];
  let read: Read<T> | undefined;
  let exhausted = false;
  let inputError: { error: unknown } | undefined;
  let index = 0;
  let wake: (() => void) | undefined;
  const onAbort = () => wake?.();
  signal?.addEventListener('abort', onAbort);
  try {
    for (;;) {
      if (signal?.aborted) throw abortError(signal);
      const head = window[0];
      if (head?.settled) {
        window.shift();
        if (!head.ok) throw head.error;
        yield head.value as R;
        continue;
      }
      if (read?.settled) {
        const { result, error } = read;
        read = undefined;
        if (!result) {
          // The input cannot go on: what was read before still gets its results, then the run ends with this.
          inputError = { error: error ?? new TypeError('The input iterator returned no result.') };
          exhausted = true;
        } else if (result.done) exhausted = true;
        else window.push(start(work, result.value, index++));
        continue;
      }
      if (!read && !exhausted && window.length < concurrency) {
        read = startRead(input);
        continue;
      }
      if (!head && !read) {
        if (inputError) throw inputError.error;
        return;
      }
      // Sleep until the first item finishes, the pending read returns, or the signal fires.
      await new Promise<void>((resolve) => {
        wake = resolve;
        head?.promise.then(resolve);
        read?.promise.then(resolve);
      });
      wake = undefined;
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    // Not awaited: a read may still be pending (a pipe with nothing to say), and closing must not wait for it.
    if (!exhausted) Promise.resolve(input.return?.()).catch(() => {});
  }
}

function start<T, R>(work: (item: T, index: number) => Promise<R>, item: T, index: number): Slot<R> {
  const slot = { settled: false } as Slot<R>;
  const run = async () => work(item, index);
  slot.promise = run().then(
    (value) => Object.assign(slot, { settled: true, ok: true, value }),
    (error) => Object.assign(slot, { settled: true, ok: false, error }),
  ).then(() => undefined);
  return slot;
}

function startRead<T>(input: AsyncIterator<T>): Read<T> {
  const read = { settled: false } as Read<T>;
  const next = async () => input.next();
  read.promise = next().then(
    (result) => Object.assign(read, { settled: true, result }),
    (error) => Object.assign(read, { settled: true, error: error ?? new Error('Reading the input failed.') }),
  ).then(() => undefined);
  return read;
}

/** An async iterator over either kind of iterable; values of a plain iterable are awaited, as `for await` does. */
function asyncIterator<T>(items: Iterable<T> | AsyncIterable<T>): AsyncIterator<T> {
  const asyncMethod = (items as AsyncIterable<T>)[Symbol.asyncIterator];
  if (typeof asyncMethod === 'function') return asyncMethod.call(items);
  const iterator = (items as Iterable<T>)[Symbol.iterator]();
  return {
    async next() {
      const result = iterator.next();
      return result.done ? result : { done: false, value: await result.value };
    },
    async return() {
      iterator.return?.();
      return { done: true, value: undefined };
    },
  };
}

/** The error an aborted run ends with; the signal's reason is its cause. */
export function abortError(signal: AbortSignal): ClaimdiffAbortError {
  return new ClaimdiffAbortError('The run was aborted.', { cause: signal.reason });
}
