import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPARERS, compare, loadEmbedder, type Comparer } from '../src';

const seed = (name: string) => readFileSync(new URL(`../examples/data/${name}`, import.meta.url), 'utf8');

describe('compare() with comparers passed in', async () => {
  const embedder = await loadEmbedder();
  const run = (comparers?: readonly Comparer[]) =>
    compare({ text: seed('da.txt'), lang: 'da' }, { text: seed('en.txt'), lang: 'en' }, { embedder, ...(comparers ? { comparers } : {}) });
  const all = await run();

  it('runs only the comparers given', async () => {
    expect(all.discrepancies.length).toBeGreaterThan(0);
    expect((await run([])).discrepancies).toEqual([]);
    const [times] = COMPARERS;
    const dates = await run([times]);
    expect(dates.discrepancies.length).toBeGreaterThan(0);
    expect(dates.discrepancies.every((d) => d.kind === 'date' || d.kind === 'time' || d.kind === 'number')).toBe(true);
  });

  it("runs a caller's own comparer on every aligned group, with the threshold and the words of the report", async () => {
    const seen: number[] = [];
    const mine: Comparer = (group, say) => {
      seen.push(group.threshold);
      const [l, r] = [group.left[0], group.right[0]];
      const side = (c: typeof l) => ({ claim: c.id, text: c.text, start: c.start, end: c.end });
      return [{ kind: 'meaning', left: side(l), right: side(r), confidence: 0.1, message: say.meaning(l, r) }];
    };
    const report = await run([mine]);
    // Every group but those whose words show the pairing is most likely wrong (they get no finding at all) …
    expect(report.discrepancies.length).toBeGreaterThan(0);
    expect(report.discrepancies.length).toBeLessThanOrEqual(report.alignments.length);
    // … and every group when the words are not aligned.
    const plain = await compare({ text: seed('da.txt'), lang: 'da' }, { text: seed('en.txt'), lang: 'en' }, {
      embedder,
      comparers: [mine],
      wordAlignment: false,
    });
    expect(plain.discrepancies).toHaveLength(plain.alignments.length);
    expect(new Set(seen)).toEqual(new Set([1.2]));
    expect(report.discrepancies[0].message).toMatch(/the Danish ".*", the English/);
  });

  it('refuses a list that holds something other than functions', async () => {
    await expect(run([1 as unknown as Comparer])).rejects.toThrow(/comparers/);
  });
});
