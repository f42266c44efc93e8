import { describe, expect, it } from 'vitest';
import { measureCloseness, quotePairs, quotesOf, type Closeness } from '../../../src/discrepancies/group/closeness';
import { compareMeaning, compareQuotes } from '../../../src/discrepancies/comparers/content';
import { englishMessages } from '../../../src/discrepancies/messages/en';
import type { Claim } from '../../../src/types';
import { axis, makeClaim as bareClaim, quotedTogether, withWordFacets } from '../../helpers/claims';

const makeClaim: typeof bareClaim = (...args) => withWordFacets(bareClaim(...args));

const langs = englishMessages({ left: 'Danish', right: 'English' });
const group = (left: Claim[], right: Claim[], closeness: Closeness, extra = {}) => ({
  left, right, threshold: 1.2, score: 1.8, closeness, ...extra,
});

describe('quotesOf', () => {
  it('takes quotations opened and closed in the claim, five words or more, with article offsets', () => {
    const text = 'Han sagde: "Vi er klar til at forhandle nu", og kaldte det "en god idé".';
    const [q, ...rest] = quotesOf([makeClaim('L1', text, {}, 100)]);
    expect(rest).toEqual([]); // "en god idé" is a phrase, not what he said
    expect(q.text).toBe('Vi er klar til at forhandle nu');
    expect(q.start).toBe(100 + text.indexOf('Vi er'));
    expect(q.end - q.start).toBe(q.text.length);
  });

  it('reads a quotation across the claims of one sentence, with exact article offsets', () => {
    const first = 'Robyn Christie said: "We have been tested over our games this far';
    const second = 'we are still unbeaten, so I have to be happy."';
    const a = { ...makeClaim('R1', first, {}, 50), sentence: 3 };
    const b = { ...makeClaim('R2', second, {}, 50 + first.length + 2), sentence: 3 };
    const [q, ...rest] = quotesOf(quotedTogether([b, a]));
    expect(rest).toEqual([]);
    expect(q.text).toBe('We have been tested over our games this far we are still unbeaten, so I have to be happy.');
    expect(q.start).toBe(50 + first.indexOf('We have'));
    expect(q.end).toBe(b.end - 1);
    // Claims of two sentences are read apart: a mark in one does not pair with a mark in the other.
    expect(quotesOf(quotedTogether([a, { ...b, sentence: 4 }]))).toEqual([]);
  });

  it('leaves out a quotation that runs on from an earlier claim (no opening mark here)', () => {
    expect(quotesOf([makeClaim('L2', 'og det bliver svært for alle parter," sagde Lavrov.')])).toEqual([]);
  });
});

describe('measureCloseness', () => {
  it('gives the cosine of the sides and of their quotes, in alignment order', () => {
    const vectors = new Map([
      ['L1', axis(4, 0)],
      ['R1', axis(4, 0)],
      ['L2', axis(4, 1)],
      ['R2', axis(4, 2)],
    ]);
    const alignments = [
      { left: ['L1'], right: ['R1'], score: 2 },
      { left: ['L2'], right: ['R2'], score: 1.5 },
    ];
    const quotes: Array<[string, string] | undefined> = [undefined, ['a', 'b']];
    const sides = { left: ['L1', 'L2'], right: ['R1', 'R2'] };
    const close = measureCloseness(alignments, vectors, quotes, [axis(4, 0), axis(4, 3)], sides);
    // The left quote (along axis 0) is told by R1, outside the second group, much better than by R2 in it.
    expect(close).toEqual([{ claims: 1 }, { claims: 0, quotes: 0, quoteElsewhere: 1 }]);
  });

  it('pairs quotes only where both sides quote', () => {
    const l = makeClaim('L1', '"Vi er klar til at forhandle nu," siger Lavrov.');
    const r = makeClaim('R1', 'Lavrov said they are ready to talk.');
    expect(quotePairs([{ left: ['L1'], right: ['R1'], score: 2 }], [l], [r])).toEqual([undefined]);
  });
});

describe('compareQuotes', () => {
  const l = makeClaim('L1', '"Vi er klar til at forhandle nu," siger Lavrov.');
  const r = makeClaim('R1', '"We will never give up our weapons," Lavrov said.', {}, 300);

  it('reports different quoted words when the claims around them are close', () => {
    const [d, ...rest] = compareQuotes(group([l], [r], { claims: 0.6, quotes: -0.02 }), langs);
    expect(rest).toEqual([]);
    expect(d.kind).toBe('quote');
    expect(d.left.text).toBe('Vi er klar til at forhandle nu');
    expect(d.right).toMatchObject({ claim: 'R1', text: 'We will never give up our weapons', start: 301 });
    expect(d.message).toBe(
      'The two articles quote different words: the Danish "Vi er klar til at forhandle nu", the English "We will never give up our weapons".',
    );
  });

  it('reports quoted words that a claim elsewhere in the other article fits better', () => {
    expect(compareQuotes(group([l], [r], { claims: 0.3, quotes: 0.2, quoteElsewhere: 0.25 }), langs)).toHaveLength(1);
    expect(compareQuotes(group([l], [r], { claims: 0.3, quotes: 0.2, quoteElsewhere: 0.1 }), langs)).toEqual([]);
    expect(compareQuotes(group([l], [r], { claims: 0.3, quotes: 0.5, quoteElsewhere: 0.25 }), langs)).toEqual([]);
  });

  it('highlights a quotation that runs across two claims within the claim where it opens', () => {
    const first = '"Vi er klar til at forhandle nu,';
    const a = makeClaim('L1', first);
    const b = { ...makeClaim('L2', 'og det sker i morgen," siger Lavrov.', {}, first.length + 1), sentence: 0 };
    const [d] = compareQuotes(group(quotedTogether([a, b]), [r], { claims: 0.6, quotes: -0.02 }), langs);
    expect(d.left).toMatchObject({ claim: 'L1', text: 'Vi er klar til at forhandle nu,', start: 1, end: first.length });
  });

  it('says nothing when the quotes are close, or the claims are far apart anyway', () => {
    expect(compareQuotes(group([l], [r], { claims: 0.6, quotes: 0.5 }), langs)).toEqual([]);
    expect(compareQuotes(group([l], [r], { claims: 0.2, quotes: -0.02 }), langs)).toEqual([]);
    expect(compareQuotes(group([l], [r], { claims: 0.6 }), langs)).toEqual([]);
  });
});

describe('compareMeaning', () => {
  const l = makeClaim('L1', 'Regeringen hævede skatten på benzin.');
  const r = makeClaim('R1', 'The team won its third match in a row.');

  it('softly reports aligned claims whose words are far apart', () => {
    const [d] = compareMeaning(group([l], [r], { claims: 0.05 }), langs);
    expect(d.kind).toBe('meaning');
    expect(d.confidence).toBeLessThan(0.4);
    expect(d.left.text).toBe(l.text);
    expect(d.right.text).toBe(r.text);
  });

  it('trusts a pair whose neighbours are aligned too, and close claims', () => {
    expect(compareMeaning(group([l], [r], { claims: 0.05 }, { inSequence: true }), langs)).toEqual([]);
    expect(compareMeaning(group([l], [r], { claims: 0.4 }), langs)).toEqual([]);
  });

  it('says nothing of a pair taken below the threshold (a gap filled, a one-sentence input): the pairing is the doubt', () => {
    expect(compareMeaning(group([l], [r], { claims: 0.05 }, { score: 1.0 }), langs)).toEqual([]);
    expect(compareMeaning(group([l], [r], { claims: 0.05 }, { score: 1.25 }), langs)).toHaveLength(1);
  });
});
