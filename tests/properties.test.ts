// Properties of analyze() and compare() on generated text: pieces of real Danish and English news sentences
// (names, numbers, dates, quotations, negators, credits) mixed with random Unicode. Whatever the text, the only
// errors are the documented input errors, every claim and facet points at its own text, ids are unique, and every
// claim is either aligned or unmatched. CLAIMDIFF_PROPERTY_RUNS sets the cases per property (2,000 by default).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, ClaimdiffInputError, compare, loadEmbedder } from '../src';
import type { AnalysedArticle, Claim, Span } from '../src/types';

const RUNS = Number(process.env.CLAIMDIFF_PROPERTY_RUNS ?? 2000);

const DANISH = [
  'Sergej Lavrov', 'sagde torsdag', 'i Wien', 'ifølge Reuters', 'ikke', 'aldrig', '7. december', 'kl. 09.15',
  '3,3 %', 'ti millioner kroner', '„Vi er klar“, siger han.', 'Nordkorea', 'USA’s', 'd. 5. maj', 'f.eks.',
  'Den Demokratiske Republik Congo', 'udenrigsminister', '1960’erne', 'for 10.000 år siden', '/ritzau/', 'Han kom.',
  'ikke sandt?', 'Østukraine', 'A A A', '— ', '(AP)', 'Hvad', 'Bag-in-box', '800Mbit/s', '2017-12-08',
];
const ENGLISH = [
  'Sergei Lavrov', 'said on Thursday', 'in Vienna', 'according to Reuters', 'not', "didn't", 'Dec. 7', 'at 9:15',
  '3.3%', 'ten million kroner', '"We are ready," he said.', 'North Korea', "the US's", 'May 5', 'e.g.',
  'Democratic Republic of Congo', 'foreign minister', 'the 1970s', '15,000 years ago', 'He said ".". .', 'He came.',
  "isn't it?", 'eastern Ukraine', 'J. R. R.', '—', '(AP) -', 'What', 'Boxed', '800 Mbit/s', 'noon',
];

const piece = (words: string[]) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...words) },
    { weight: 2, arbitrary: fc.constantFrom('.', ',', '?', '!', '"', '„', '“', '”', ' ', '\n', '\n\n', '-', '/', "'", ':', ';') },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  );
const text = (words: string[], most: number) =>
  fc.array(piece(words), { minLength: 1, maxLength: most }).map((parts) => parts.join(' '));

/** The documented refusals of an input; anything else thrown is a bug. */
function analysedOrRefused(input: string, lang: 'da' | 'en'): AnalysedArticle | undefined {
  try {
    return analyze({ text: input, lang });
  } catch (error) {
    expect(error).toBeInstanceOf(ClaimdiffInputError);
    expect((error as ClaimdiffInputError).code).toMatch(/^ERR_INPUT_(EMPTY|BINARY|HTML)$/);
    return undefined;
  }
}

/** Every span a claim's facets point at inside it (quotations may run on past it, and are checked apart). */
function facetSpans(claim: Claim): Span[] {
  const f = claim.facets;
  return [
    ...f.times, ...f.numbers, ...f.entities, ...f.roles, ...(f.negators ?? []), ...(f.implicitNegators ?? []),
    ...(f.negatingIdioms ?? []).flatMap((i) => [i, i.negator]), ...(f.sayings ?? []),
  ];
}

function checkArticle(article: AnalysedArticle, input: string): void {
  const ids = article.claims.map((c) => c.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const claim of article.claims) {
    expect(input.slice(claim.start, claim.end)).toBe(claim.text);
    expect(claim.text.trim()).not.toBe('');
    for (const span of facetSpans(claim)) {
      expect(span.start).toBeGreaterThanOrEqual(claim.start);
      expect(span.end).toBeLessThanOrEqual(claim.end);
      expect(span.start).toBeLessThanOrEqual(span.end);
    }
    // A quotation opens in its claim. Inside it, it is the text at its offsets, white space run together; one
    // that runs on past its claim is read from the claims it spans, what lies between them (white space, a mark the
    // splitter left out) read as a space.
    for (const quote of claim.facets.quotes ?? []) {
      expect(quote.start).toBeGreaterThanOrEqual(claim.start);
      expect(quote.start).toBeLessThanOrEqual(claim.end);
      expect(quote.end).toBeLessThanOrEqual(input.length);
      if (quote.end <= claim.end) expect(input.slice(quote.start, quote.end).replace(/\s+/g, ' ')).toBe(quote.text);
    }
  }
}

describe('analyze() on generated text', () => {
  it.each([['da', DANISH], ['en', ENGLISH]] as const)('%s: claims and facets point at their own text', (lang, words) => {
    fc.assert(
      fc.property(text(words, 40), (input) => {
        const article = analysedOrRefused(input, lang);
        if (article) checkArticle(article, input);
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});

describe('compare() on generated pairs', () => {
  it('aligns or leaves unmatched every claim, once, and points every finding at its claims', async () => {
    const embedder = await loadEmbedder({});
    await fc.assert(
      fc.asyncProperty(text(DANISH, 24), text(ENGLISH, 24), async (da, en) => {
        const left = analysedOrRefused(da, 'da');
        const right = analysedOrRefused(en, 'en');
        if (!left || !right) return;
        const report = await compare({ text: da, lang: 'da' }, { text: en, lang: 'en' }, { embedder, timings: false });
        checkArticle(report.left, da);
        checkArticle(report.right, en);
        for (const side of ['left', 'right'] as const) {
          const all = [...report.alignments.flatMap((a) => a[side]), ...report.unmatched[side]].sort();
          expect(all).toEqual(report[side].claims.map((c) => c.id).sort());
        }
        const ids = new Set([...report.left.claims, ...report.right.claims].map((c) => c.id));
        for (const d of report.discrepancies) {
          expect(d.confidence).toBeGreaterThanOrEqual(0);
          expect(d.confidence).toBeLessThanOrEqual(1);
          for (const s of [d.left, d.right]) if (s?.claim !== undefined) expect(ids.has(s.claim)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  }, 900_000);
});

describe('cases the properties found', () => {
  it('a quotation mark left open carries the quotation into the next sentence, from its claim', () => {
    const input = 'Sergei Lavrov " Sergei Lavrov . Sergei Lavrov "We are ready," he said. ';
    const article = analyze({ text: input, lang: 'en' });
    checkArticle(article, input);
    const [quote] = article.claims[0].facets.quotes ?? [];
    expect(quote.start).toBeLessThan(article.claims[0].end);
    expect(quote.end).toBeGreaterThan(article.claims[0].end);
  });

  it("a quotation's text runs its white space together", () => {
    const input = '„ —  „Vi er klar“, siger han. .';
    const article = analyze({ text: input, lang: 'da' });
    checkArticle(article, input);
    expect(article.claims.flatMap((c) => c.facets.quotes ?? []).map((q) => q.text)).toContain('— „Vi er klar');
  });
});
