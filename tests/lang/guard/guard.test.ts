// The language guard: which pack reads an article, refusals of languages without a pack, warnings when the
// language given does not fit the text, and language codes. Needs the built detector (npm run build).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, compare, detectLanguage, getLanguagePack, ClaimdiffInputError, type ClaimdiffErrorCode } from '../../../src';
import { cutPassages } from '../../../src/lang/guard/evidence';
import { judgeLanguage } from '../../../src/lang/guard/rule';
import { languageFixtures } from '../../fixtures/languages.mjs';

const NAMES: Record<string, RegExp> = {
  de: /reads as German \(de\)/,
  sv: /reads as Swedish \(sv\)/,
  nb: /reads as Norwegian \(no\)/,
  nn: /reads as Norwegian \(no\)/,
};

/** The pack code analyze() picks, or the error code it throws (with its message). */
function outcome(text: string): { lang?: string; code?: ClaimdiffErrorCode; message?: string } {
  try {
    return { lang: analyze({ text }, { name: 'left' }).lang };
  } catch (error) {
    if (!(error instanceof ClaimdiffInputError)) throw error;
    return { code: error.code, message: error.message };
  }
}

const fixtures = languageFixtures();
const ours = fixtures.filter((f) => f.lang === 'da' || f.lang === 'en');
const others = fixtures.filter((f) => f.lang !== 'da' && f.lang !== 'en');

describe('without a language: the pack the text reads as, or a refusal', () => {
  it.each(ours.map((f) => [f.name, f] as const))('%s reads as its own language', (_name, f) => {
    expect(outcome(f.text)).toEqual({ lang: f.lang });
  });

  it.each(others.filter((f) => f.kind === 'article').map((f) => [f.name, f] as const))(
    '%s is refused, naming its language',
    (_name, f) => {
      const result = outcome(f.text);
      expect(result.code).toBe('ERR_LANGUAGE_UNSUPPORTED');
      expect(result.message).toMatch(NAMES[f.lang]);
      expect(result.message).toMatch(/claimdiff reads da, en\. Pass --left-lang if that is wrong\.$/);
    },
  );

  // A paragraph or a sentence may be too short to refuse; then it must not be read as Danish or English either.
  it.each(others.filter((f) => f.kind !== 'article').map((f) => [f.name, f] as const))(
    '%s is refused or left undetected, never misread',
    (_name, f) => {
      const result = outcome(f.text);
      expect(result.lang).toBeUndefined();
      if (result.code === 'ERR_LANGUAGE_UNSUPPORTED') expect(result.message).toMatch(NAMES[f.lang]);
      else expect(result.code).toBe('ERR_LANGUAGE_UNDETECTED');
    },
  );

  it('refuses every German, Swedish and Norwegian news sentence of eight words or more that reads clearly', () => {
    const german = others.filter((f) => f.lang === 'de' && f.kind === 'sentence' && f.text.split(' ').length >= 8);
    expect(german.length).toBeGreaterThan(5);
    for (const f of german) expect(outcome(f.text).code).toBe('ERR_LANGUAGE_UNSUPPORTED');
  });

  it('names the candidates when a short text is too close to call', () => {
    const result = outcome('Politiet har pågrepet to mistenkte.');
    expect(result.code).toBe('ERR_LANGUAGE_UNDETECTED');
    expect(result.message).toMatch(/it could be Norwegian \(no\) or Danish \(da\)\. Pass --left-lang with its code/);
  });

  it('says "lang" instead of a flag outside compare', () => {
    const german = others.find((f) => f.lang === 'de' && f.kind === 'article')!.text;
    expect(() => analyze({ text: german })).toThrow(/The given article reads as German \(de\).*Pass "lang"/);
  });

  it('refuses text with nothing to read as undetected', () => {
    expect(outcome('12 345 678 — 2017').code).toBe('ERR_LANGUAGE_UNDETECTED');
  });

  it('detectLanguage() gives the pack analyze() picks, and nothing for a language without a pack', () => {
    const article = (lang: string) => fixtures.find((f) => f.lang === lang && f.kind === 'article')!.text;
    expect(detectLanguage(article('da'))).toBe('da');
    expect(detectLanguage(article('en'))).toBe('en');
    expect(detectLanguage(article('de'))).toBeUndefined();
    expect(detectLanguage(article('nb'))).toBeUndefined();
  });

  it('keeps analyze() synchronous, with and without a language', () => {
    const text = fixtures.find((f) => f.lang === 'da' && f.kind === 'article')!.text;
    for (const input of [{ text }, { text, lang: 'da' }]) {
      const result = analyze(input);
      expect(result).not.toBeInstanceOf(Promise);
      expect((result as unknown as { then?: unknown }).then).toBeUndefined();
      expect(result.lang).toBe('da');
    }
  });
});

describe('with a language given: a warning when the text clearly reads as another', () => {
  const article = (lang: string) => fixtures.find((f) => f.lang === lang && f.kind === 'article')!.text;

  it.each([
    ['English', 'en', 'da', /marked Danish \(da\) but reads as English \(en\); it was analysed as Danish\. Check --left-lang\./],
    ['German', 'de', 'da', /marked Danish \(da\) but reads as German \(de\)/],
    ['German', 'de', 'en', /marked English \(en\) but reads as German \(de\)/],
    ['Danish', 'da', 'en', /marked English \(en\) but reads as Danish \(da\)/],
    ['Swedish', 'sv', 'da', /marked Danish \(da\) but reads as Swedish \(sv\)/],
  ])('%s text marked %s', (_name, written, marked, message) => {
    const result = analyze({ text: article(written), lang: marked }, { name: 'left' });
    expect(result.lang).toBe(marked);
    expect(result.warnings).toEqual([{ code: 'WARN_LANGUAGE_MISMATCH', side: 'left', message: expect.stringMatching(message) }]);
  });

  it('gives no warning, and no warnings field, when the language fits', () => {
    for (const lang of ['da', 'en']) {
      for (const f of fixtures.filter((x) => x.lang === lang)) {
        expect(analyze({ text: f.text, lang })).not.toHaveProperty('warnings');
      }
    }
  });

  it('leaves a short text with unclear evidence alone', () => {
    expect(analyze({ text: 'Tom sover.', lang: 'da' })).not.toHaveProperty('warnings');
  });

  it('gathers both sides in the report, left first, each naming its side', async () => {
    const embedder = { name: 'fake', dim: 1, embed: async (texts: string[]) => texts.map(() => new Float32Array([1])) };
    const report = await compare({ text: article('en'), lang: 'da' }, { text: article('de'), lang: 'en' }, { embedder });
    expect(report.warnings?.map((w) => [w.side, w.code])).toEqual([
      ['left', 'WARN_LANGUAGE_MISMATCH'],
      ['right', 'WARN_LANGUAGE_MISMATCH'],
    ]);
    expect(report.left.warnings?.[0].message).toMatch(/^The left article is marked Danish/);
    const fine = await compare({ text: article('da'), lang: 'da' }, { text: article('en'), lang: 'en' }, { embedder });
    expect(fine).not.toHaveProperty('warnings');
  });
});

describe('the example pair', () => {
  const seed = (name: string) => readFileSync(new URL(`../../../examples/data/${name}`, import.meta.url), 'utf8');

  it('gives the same report without language flags as with them', async () => {
    const [da, en] = [seed('da.txt'), seed('en.txt')];
    const given = await compare({ text: da, lang: 'da' }, { text: en, lang: 'en' }, { timings: false });
    const detected = await compare({ text: da }, { text: en }, { timings: false });
    expect(detected).toEqual(given);
    expect(given).not.toHaveProperty('warnings');
  });
});

describe('language codes', () => {
  it.each([['da'], ['da-DK'], ['EN'], ['en-GB'], ['da-Latn-DK'], ['en-US-posix']])('accepts %j', (code) => {
    expect(['da', 'en']).toContain(getLanguagePack(code).code);
  });

  it.each([[['da']], ['da-'], [''], [' da'], ['da '], [42], [null], [{ lang: 'da' }], ['da_DK'], ['d'], ['da--DK']])(
    'refuses %j as not a language code',
    (code) => {
      for (const call of [
        () => getLanguagePack(code as string),
        () => analyze({ text: 'Han kom i går.', lang: code as string }),
      ]) {
        expect(call).toThrow(ClaimdiffInputError);
        expect(call).toThrow(/is not a language code/);
        try {
          call();
        } catch (error) {
          expect((error as ClaimdiffInputError).code).toBe('ERR_LANGUAGE_UNSUPPORTED');
        }
      }
    },
  );

  it('suggests the hyphen for a locale written with an underscore', () => {
    expect(() => getLanguagePack('da_DK')).toThrow(/did you mean da-DK\?/);
  });

  it('names a well-formed code without a pack', () => {
    expect(() => getLanguagePack('de')).toThrow(/No language pack for German \("de"\): supported languages are da, en\./);
    expect(() => getLanguagePack('xx')).toThrow(/Unknown language code "xx"/);
  });

  it('checks the language of an analysed article passed to compare', async () => {
    const analysed = { ...analyze({ text: 'Han kom i går.', lang: 'da' }), lang: 'da-' };
    await expect(compare(analysed, { text: 'He came yesterday.', lang: 'en' })).rejects.toThrow(/not a language code/);
  });
});

describe('the rule, on the detector\'s evidence', () => {
  const evidence = (scores: Record<string, number>, passages: number, words: number, wins?: Record<string, number>) => ({
    scores: new Map(Object.entries(scores).sort((a, b) => b[1] - a[1])),
    wins: new Map(Object.entries(wins ?? { [Object.entries(scores).sort((a, b) => b[1] - a[1])[0][0]]: 1 })),
    passages,
    words,
  });
  const supported = ['da', 'en'];

  it.each([
    // [scores, passages, words, wins, verdict]
    [{ da: 0.78, no: 0.74 }, 1, 12, undefined, { kind: 'supported', lang: 'da' }],
    [{ no: 0.8, da: 0.78 }, 1, 12, undefined, { kind: 'unsure', candidates: ['no', 'da'] }],
    [{ no: 0.8, da: 0.71 }, 1, 12, undefined, { kind: 'unsure', candidates: ['no', 'da'] }],
    [{ de: 0.8, da: 0.7 }, 1, 8, undefined, { kind: 'unsupported', lang: 'de', nearest: 'da' }],
    [{ de: 0.8, da: 0.7 }, 1, 7, undefined, { kind: 'unsure', candidates: ['de', 'da'] }],
    [{ no: 0.8, da: 0.79 }, 2, 60, undefined, { kind: 'unsupported', lang: 'no', nearest: 'da' }],
    [{ no: 0.8, da: 0.795 }, 3, 90, undefined, { kind: 'unsure', candidates: ['no', 'da'] }],
    [{ no: 0.8, da: 0.75 }, 4, 120, { no: 0.5, da: 0.5 }, { kind: 'unsure', candidates: ['no', 'da'] }],
    [{ fr: 0.5 }, 1, 9, undefined, { kind: 'unsupported', lang: 'fr', nearest: undefined }],
    [{}, 1, 0, {}, { kind: 'unsure', candidates: [] }],
  ])('%j over %i passages, %i words', (scores, passages, words, wins, verdict) => {
    expect(judgeLanguage(evidence(scores, passages, words, wins), supported)).toEqual(verdict);
  });

  it('cuts a text into passages of whole sentences under the detector\'s reading limit', () => {
    const sentence = 'Regeringen vil give flere penge til de ældre i de kommende år. ';
    const passages = cutPassages(sentence.repeat(20));
    expect(passages.length).toBeGreaterThan(3);
    for (const p of passages) {
      expect(p.length).toBeLessThanOrEqual(300);
      expect(p).toMatch(/^Regeringen.*år\.$/);
    }
    expect(cutPassages('x'.repeat(700)).map((p) => p.length)).toEqual([300, 300, 100]);
  });
});
