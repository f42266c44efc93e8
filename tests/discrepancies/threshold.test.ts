import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare, findDiscrepancies, loadEmbedder } from '../../src';
import { ALIGN_DEFAULTS } from '../../src/align';
import { confidenceFor } from '../../src/discrepancies/group/context';
import type { Discrepancy } from '../../src/types';
import { makeClaim } from '../helpers/claims';

const seed = (name: string) => readFileSync(new URL(`../../examples/data/${name}`, import.meta.url), 'utf8');
const key = (d: Discrepancy) => `${d.kind}|${d.left.start}:${d.left.end}|${d.right.start}:${d.right.end}`;

describe('confidence is read against the alignment threshold in force', () => {
  it('gives a pair the same sureness at the same distance above any threshold', () => {
    const claims = { left: [makeClaim('L1', 'a')], right: [makeClaim('R1', 'b')] };
    const at = (score: number, threshold: number) => confidenceFor({ ...claims, score, threshold }, 0.8);
    expect(at(1.5, 1.2)).toBe(at(1.8, 1.5));
    expect(at(1.5, 1.5)).toBeLessThan(at(1.5, 1.2));
    // Far above the threshold the sureness is whole; at it, six tenths of the base.
    expect(at(3, 1.2)).toBe(0.8);
    expect(at(1.2, 1.2)).toBe(0.48);
  });

  it('reads sureness from how close the two sides are where the margin says less (short inputs)', () => {
    const claims = { left: [makeClaim('L1', 'a')], right: [makeClaim('R1', 'b')] };
    const short = { ...claims, score: 1.0, threshold: 1.2 };
    expect(confidenceFor(short, 0.8)).toBe(0.48);
    expect(confidenceFor({ ...short, closeness: { claims: 0.7 } }, 0.8)).toBe(0.8);
    expect(confidenceFor({ ...short, closeness: { claims: 0.5 } }, 0.8)).toBe(0.64);
    expect(confidenceFor({ ...short, closeness: { claims: 0.2 } }, 0.8)).toBe(0.48);
    // A clear margin is not lowered by sides that are far apart by their words.
    expect(confidenceFor({ ...claims, score: 1.8, threshold: 1.2, closeness: { claims: 0.1 } }, 0.8)).toBe(0.8);
  });

  it('passes the threshold given to findDiscrepancies on to every comparer', () => {
    const weekday = (text: string, day: number, start: number) => ({ text, start, end: start + text.length, kind: 'weekday' as const, weekday: day });
    const l = makeClaim('L1', 'Han kom torsdag', { times: [weekday('torsdag', 4, 8)] });
    const r = makeClaim('R1', 'He came on Monday', { times: [weekday('Monday', 1, 11)] });
    const names = { left: { name: 'Danish' }, right: { name: 'English' } };
    const pair = [{ left: ['L1'], right: ['R1'], score: 1.5 }];
    const [byDefault] = findDiscrepancies([l], [r], pair, names);
    const [lower] = findDiscrepancies([l], [r], pair, names, { threshold: 1.0 });
    const [higher] = findDiscrepancies([l], [r], pair, names, { threshold: 1.5 });
    expect(lower.confidence).toBeGreaterThan(byDefault.confidence);
    expect(higher.confidence).toBeLessThan(byDefault.confidence);
  });
});

describe('compare() with a custom alignment threshold', async () => {
  const embedder = await loadEmbedder();
  const run = (threshold?: number) =>
    compare({ text: seed('da.txt'), lang: 'da' }, { text: seed('en.txt'), lang: 'en' }, {
      embedder,
      // The margin alone: word alignment vouches for pairings whatever the threshold.
      wordAlignment: false,
      ...(threshold === undefined ? {} : { alignment: { threshold } }),
    });
  const base = await run();
  const lower = await run(ALIGN_DEFAULTS.threshold - 0.2);

  it('raises the confidence of every finding both thresholds make, and lowers none', () => {
    const before = new Map(base.discrepancies.map((d) => [key(d), d.confidence]));
    const shared = lower.discrepancies.filter((d) => before.has(key(d)));
    expect(shared.length).toBeGreaterThan(0);
    for (const d of shared) expect(d.confidence).toBeGreaterThanOrEqual(before.get(key(d))!);
    expect(shared.some((d) => d.confidence > before.get(key(d))!)).toBe(true);
  });

  it('reads the default threshold when none is given, as before', async () => {
    const again = await run(ALIGN_DEFAULTS.threshold);
    expect(again.discrepancies).toEqual(base.discrepancies);
  });
});
