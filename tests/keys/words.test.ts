import { describe, expect, it } from 'vitest';
import { analyze } from '../../src';
import { hasQuoteMark, tokenize, wordsOf, writesWordStart } from '../../src/keys/words';
import type { Claim } from '../../src/types';

const claimOf = (text: string, lang: string): Claim => analyze({ text, lang, published: '2017-12-07' }).claims[0];
const tagsOf = (claim: Claim) => Object.fromEntries(wordsOf(claim).filter((w) => w.word).map((w) => [w.text, [...w.tags].sort()]));

describe('the word layer of a claim', () => {
  it('tags each word with the facets it belongs to', () => {
    const claim = claimOf('Ifølge Lavrov vil Rusland ikke angribe torsdag.', 'da');
    const tags = tagsOf(claim);
    expect(tags['Ifølge']).toEqual(['saying']);
    expect(tags['ikke']).toEqual(['negator']);
    expect(tags['torsdag']).toEqual(['time']);
    expect(tags['Rusland']).toEqual(['entity']);
    expect(tags['angribe']).toEqual([]);
  });

  it('gives article offsets, and the same words to a claim read back from JSON', () => {
    const text = 'Første linje.\n\nMinisteren sagde ikke noget om de 250 soldater.';
    const claim = analyze({ text, lang: 'da' }).claims[1];
    for (const w of wordsOf(claim)) expect(text.slice(w.start, w.end)).toBe(w.text);
    const copy = JSON.parse(JSON.stringify(claim)) as Claim;
    expect(wordsOf(copy)).toEqual(wordsOf(claim));
    expect(tagsOf(claim)['250']).toEqual(['number']);
  });

  it('keeps the cut the analysis made: the words are those tokens, in order', () => {
    const claim = claimOf('"We are not ready," said U.S. envoy O\'Brien.', 'en');
    expect(wordsOf(claim).map((w) => w.text)).toEqual(tokenize(claim.text).map((t) => t.text));
    expect(tagsOf(claim)['not']).toContain('negator');
    expect(tagsOf(claim)['ready']).toContain('quoted');
  });
});

describe('reading words, language-blind', () => {
  const claim = claimOf("Lavrovs tilbud blev afvist af O'Brien-gruppen i Sankt Petersborg.", 'da');

  it('finds a word by its folded beginning, inside hyphenated words too', () => {
    expect(writesWordStart(claim, 'lavrov')).toBe(true);
    expect(writesWordStart(claim, 'obrien')).toBe(true);
    expect(writesWordStart(claim, 'gruppe')).toBe(true);
    expect(writesWordStart(claim, 'avrov')).toBe(false);
    expect(writesWordStart(claim, 'sankt peters')).toBe(true);
    expect(writesWordStart(claim, 'sankt lavrov')).toBe(false);
  });

  it('tells a claim with a quotation mark', () => {
    expect(hasQuoteMark(claim)).toBe(false);
    expect(hasQuoteMark(claimOf('Han kaldte det »en fejl«.', 'da'))).toBe(true);
  });
});
