import { describe, expect, it } from 'vitest';
import { comparePairs, type PairPipeline, type PairResult } from '../src/batch/compare-pairs';
import { compareMany, type ArticlePair } from '../src/compare-many';
import type { Embedder } from '../src/embed';
import { ClaimdiffAbortError, ClaimdiffInputError } from '../src/errors';
import type { CompareManyProgress } from '../src/options';
import type { Report } from '../src/types';

/** Seeded, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const ticks = async (n = 20) => {
  for (let i = 0; i < n; i++) await new Promise((done) => setImmediate(done));
};

/** An embedder that answers after a random few milliseconds, so pairs finish out of order. */
function slowEmbedder(seed = 1, fail?: (text: string) => boolean): Embedder & { calls: number } {
  const next = random(seed);
  const embedder = {
    name: 'fake-slow',
    dim: 2,
    calls: 0,
    async embed(texts: string[]) {
      embedder.calls++;
      await sleep(Math.floor(next() * 6));
      if (texts.some((t) => fail?.(t))) throw new Error('the embedder choked');
      return texts.map(() => new Float32Array([1, 0]));
    },
  };
  return embedder;
}

/** Pair number i; its id is `p<i>` unless given (null: no id at all). */
function pair(i: number, id: string | number | null = `p${i}`): ArticlePair {
  return {
    ...(id === null ? {} : { id }),
    left: { text: `Mødet nummer ${i} varede ${i + 40} minutter.`, lang: 'da' },
    right: { text: `Meeting number ${i} lasted ${i + 45} minutes.`, lang: 'en' },
  };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

function report(id: unknown): Report {
  return { id } as unknown as Report;
}

/** A pipeline whose pairs finish when the test says so: `release(i)`. */
function gatedPipeline() {
  const gates = new Map<number, () => void>();
  const waiting = new Map<number, Promise<void>>();
  const gate = (i: number) => {
    if (!waiting.has(i)) waiting.set(i, new Promise<void>((open) => gates.set(i, open)));
    return waiting.get(i)!;
  };
  const finished: number[] = [];
  const pipeline: PairPipeline<number> = {
    async comparePair(i) {
      await gate(i);
      finished.push(i);
      return report(i);
    },
    loadEmbedder: async () => ({ name: 'none', dim: 1, embed: async () => [] }),
  };
  return { pipeline, finished, release: (i: number) => (gate(i), gates.get(i)!()) };
}

describe('compareMany', () => {
  it('yields results in input order although pairs finish in random order', async () => {
    const embedder = slowEmbedder(7);
    const pairs = Array.from({ length: 40 }, (_, i) => pair(i));
    const results = await collect(compareMany(pairs, { embedder, concurrency: 8 }));
    expect(results.map((r) => [r.index, r.id])).toEqual(pairs.map((p, i) => [i, p.id]));
    for (const r of results) {
      expect('report' in r && r.report.meta.embedder).toBe('fake-slow');
      if ('report' in r) expect(r.report.left.claims[0].text).toContain(`nummer ${r.index} `);
    }
  });

  it('holds a finished pair back until the pairs before it are out', async () => {
    const { pipeline, finished, release } = gatedPipeline();
    const run = comparePairs([0, 1, 2, 3], { concurrency: 4 }, pipeline);
    const first = run.next();
    await ticks();
    release(3);
    release(2);
    release(1);
    await ticks();
    expect(finished).toEqual([3, 2, 1]);
    let settled = false;
    first.then(() => (settled = true));
    await ticks();
    expect(settled).toBe(false);
    release(0);
    expect((await first).value).toMatchObject({ index: 0, report: { id: 0 } });
    const rest = await collect({ [Symbol.asyncIterator]: () => run });
    expect(rest.map((r) => r.index)).toEqual([1, 2, 3]);
  });

  it('gives each bad pair its error with a code, and goes on', async () => {
    const embedder = slowEmbedder(3, (t) => t.includes('choke'));
    const pairs: unknown[] = [
      pair(0),
      { id: 'empty', left: { text: '  ', lang: 'da' }, right: pair(1).right },
      { id: 'xx', left: { text: 'Hej.', lang: 'xx' }, right: pair(1).right },
      'not a pair',
      { id: 'no-right', left: pair(1).left },
      { id: 'date', left: { ...pair(1).left, published: 'last week' }, right: pair(1).right },
      { id: 'choke', left: { text: 'Det choke mødet.', lang: 'da' }, right: pair(1).right },
      pair(7),
    ];
    const results = await collect(compareMany(pairs as ArticlePair[], { embedder }));
    const summary = results.map((r) => ('error' in r ? [r.id, r.error.code] : [r.id, 'report']));
    expect(summary).toEqual([
      ['p0', 'report'],
      ['empty', 'ERR_INPUT_EMPTY'],
      ['xx', 'ERR_LANGUAGE_UNSUPPORTED'],
      [undefined, 'ERR_INPUT_INVALID'],
      ['no-right', 'ERR_INPUT_INVALID'],
      ['date', 'ERR_PUBLISHED_INVALID'],
      ['choke', 'ERR_INTERNAL'],
      ['p7', 'report'],
    ]);
    const messages = results.map((r) => ('error' in r ? r.error.message : ''));
    expect(messages[1]).toMatch(/left article is empty/);
    expect(messages[3]).toMatch(/must be an object with "left" and "right"/);
    expect(messages[4]).toMatch(/no "right" article/);
    expect(messages[6]).toBe('the embedder choked');
  });

  it('counts progress as pairs finish, with the total when the pairs are an array', async () => {
    const seen: CompareManyProgress[] = [];
    const pairs = [pair(0), { id: 'bad', left: { text: '' }, right: { text: 'x' } } as ArticlePair, pair(2)];
    await collect(compareMany(pairs, { embedder: slowEmbedder(5), onProgress: (p) => seen.push(p) }));
    expect(seen.map((p) => p.done)).toEqual([1, 2, 3]);
    expect(seen.every((p) => p.total === 3)).toBe(true);
    expect(seen.at(-1)).toEqual({ done: 3, failed: 1, total: 3 });

    const unknown: CompareManyProgress[] = [];
    async function* stream() {
      yield pair(0);
      yield pair(1);
    }
    await collect(compareMany(stream(), { embedder: slowEmbedder(6), onProgress: (p) => unknown.push(p) }));
    expect(unknown).toEqual([{ done: 1, failed: 0 }, { done: 2, failed: 0 }]);
  });

  it('gives the same results for an array and for an async generator of the same pairs', async () => {
    const pairs = Array.from({ length: 6 }, (_, i) => pair(i, i % 2 ? null : i));
    async function* generate() {
      for (const p of pairs) {
        await sleep(1);
        yield p;
      }
    }
    const fromArray = await collect(compareMany(pairs, { embedder: slowEmbedder(8), timings: false }));
    const fromGenerator = await collect(compareMany(generate(), { embedder: slowEmbedder(9), timings: false }));
    expect(fromGenerator).toEqual(fromArray);
    expect(fromArray.map((r) => r.id)).toEqual([0, undefined, 2, undefined, 4, undefined]);
  });

  it('loads the embedder once for the whole run, and not at all when one is given', async () => {
    let loads = 0;
    const pipeline: PairPipeline<number> = {
      comparePair: async (i, options) => report(`${i}:${options.embedder?.name}`),
      loadEmbedder: async () => (loads++, { name: 'loaded', dim: 1, embed: async () => [] }),
    };
    const results = await collect(comparePairs([1, 2, 3, 4, 5], {}, pipeline));
    expect(loads).toBe(1);
    expect(results.map((r) => 'report' in r && (r.report as unknown as { id: string }).id)).toEqual(
      ['1:loaded', '2:loaded', '3:loaded', '4:loaded', '5:loaded'],
    );
    const given = { name: 'given', dim: 1, embed: async () => [] };
    await collect(comparePairs([1, 2], { embedder: given }, pipeline));
    expect(loads).toBe(1);
  });

  it('refuses bad options and a non-iterable before anything runs', () => {
    expect(() => compareMany([], { concurrency: 0 })).toThrow(ClaimdiffInputError);
    expect(() => compareMany([], { concurrency: 1.5 })).toThrow(/"concurrency".*1\.5/);
    expect(() => compareMany(42 as unknown as ArticlePair[])).toThrow(/array, an iterable or an async iterable/);
  });
});

describe('compareMany: stopping', () => {
  /** An endless input that counts how much of it was read, and whether it was closed. */
  function endless() {
    const state = { read: 0, closed: false };
    async function* pairs() {
      try {
        for (let i = 0; ; i++) {
          state.read++;
          yield pair(i);
        }
      } finally {
        state.closed = true;
      }
    }
    return { state, pairs: pairs() };
  }

  it('reads an endless input only as far as the pairs in flight need, and stops at an abort', async () => {
    const { state, pairs } = endless();
    const controller = new AbortController();
    const results: PairResult[] = [];
    const concurrency = 3;
    const run = compareMany(pairs, { embedder: slowEmbedder(11), concurrency, signal: controller.signal });
    const error = await (async () => {
      try {
        for await (const r of run) {
          results.push(r);
          expect(state.read).toBeLessThanOrEqual(results.length + concurrency);
          if (results.length === 5) controller.abort();
        }
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ClaimdiffAbortError);
    expect((error as ClaimdiffAbortError).code).toBe('ERR_ABORTED');
    expect(results.map((r) => r.index)).toEqual([0, 1, 2, 3, 4]);
    expect(state.read).toBeLessThanOrEqual(5 + concurrency);
    await ticks();
    expect(state.closed).toBe(true);
  });

  it('does not read ahead while the caller is not asking', async () => {
    const { state, pairs } = endless();
    const pipeline: PairPipeline<ArticlePair> = {
      comparePair: async (p) => report(p.id),
      loadEmbedder: async () => ({ name: 'x', dim: 1, embed: async () => [] }),
    };
    const run = comparePairs(pairs, { concurrency: 4 }, pipeline);
    await run.next();
    await ticks(50);
    expect(state.read).toBeLessThanOrEqual(1 + 4);
    await run.return(undefined);
    await ticks();
    expect(state.closed).toBe(true);
  });

  it('ends a pending wait at once when aborted, although the pair in flight never finishes', async () => {
    const controller = new AbortController();
    const never: Embedder = {
      name: 'never',
      dim: 1,
      embed: (texts) => {
        if (texts.some((t) => t.includes('nummer 2 '))) {
          controller.abort(new Error('user pressed stop'));
          return new Promise(() => {});
        }
        return Promise.resolve(texts.map(() => new Float32Array([1])));
      },
    };
    const results: PairResult[] = [];
    const run = compareMany([0, 1, 2, 3].map((i) => pair(i)), { embedder: never, concurrency: 1, signal: controller.signal });
    await expect(
      (async () => {
        for await (const r of run) results.push(r);
      })(),
    ).rejects.toMatchObject({ code: 'ERR_ABORTED', cause: { message: 'user pressed stop' } });
    expect(results.map((r) => r.id)).toEqual(['p0', 'p1']);
  });

  it('reads nothing when the signal is already aborted', async () => {
    const { state, pairs } = endless();
    const controller = new AbortController();
    controller.abort();
    const progress: CompareManyProgress[] = [];
    const run = compareMany(pairs, { embedder: slowEmbedder(), signal: controller.signal, onProgress: (p) => progress.push(p) });
    await expect(run.next()).rejects.toBeInstanceOf(ClaimdiffAbortError);
    expect(state.read).toBe(0);
    expect(progress).toEqual([]);
  });

  it('closes the input when the caller leaves the loop early', async () => {
    const { state, pairs } = endless();
    for await (const r of compareMany(pairs, { embedder: slowEmbedder(12) })) {
      if (r.index === 2) break;
    }
    await ticks();
    expect(state.closed).toBe(true);
  });

  it('ends the run when the input itself fails, after the pairs before it', async () => {
    async function* broken() {
      yield pair(0);
      throw new Error('the disk went away');
    }
    for (const concurrency of [1, 4]) {
      const results: PairResult[] = [];
      await expect(
        (async () => {
          for await (const r of compareMany(broken(), { embedder: slowEmbedder(), concurrency })) results.push(r);
        })(),
      ).rejects.toThrow('the disk went away');
      expect(results.map((r) => r.id)).toEqual(['p0']);
    }
  });
});
