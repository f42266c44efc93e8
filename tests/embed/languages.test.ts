// The embedding model declares the languages it was built for, and compare() holds the articles to them: a model
// that knows only its listed languages refuses another (ERR_MODEL_LANGUAGE), a multilingual one whose list lacks
// it warns (WARN_MODEL_LANGUAGE), a model that declares nothing is not checked.
//
// These tests register a copy of the Danish pack as Swedish ('sv'). The registry has no way to take a pack out
// again; vitest runs each test file in a module graph of its own, so the pack exists only in this file (and no
// other test file registers 'sv').
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ClaimdiffInputError,
  ClaimdiffModelError,
  checkEmbedderLanguages,
  compare,
  getLanguagePack,
  loadEmbedder,
  registerLanguage,
  supportedLanguages,
  type Embedder,
} from '../../src';
import { RECOMMENDED_MODEL } from '../../src/embed';

const seed = (name: string) => readFileSync(new URL(`../../examples/data/${name}`, import.meta.url), 'utf8');
const da = seed('da.txt');
const en = seed('en.txt');

/** A stand-in model: one unit vector per text, the same for the same text, with the given declaration. */
function fakeEmbedder(declared: Pick<Embedder, 'languages' | 'coverage'>): Embedder {
  const dim = 16;
  return {
    name: 'fake-model',
    dim,
    ...declared,
    embed: async (texts) =>
      texts.map((text) => {
        const vector = new Float32Array(dim);
        let hash = 0;
        for (const ch of text) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
        vector[hash % dim] = 1;
        return vector;
      }),
  };
}

/** A transformers.js module that loads any model id and gives every text the same vector. */
const fakeTransformers = {
  env: { version: '3.0.0', allowRemoteModels: false, allowLocalModels: true, localModelPath: '', cacheDir: null },
  pipeline: async () => async (texts: string[]) => ({
    data: new Float32Array(texts.length * 4).fill(0.5),
    dims: [texts.length, 4],
  }),
};

const modelWarnings = (warnings: { code: string }[] | undefined) =>
  (warnings ?? []).filter((w) => w.code === 'WARN_MODEL_LANGUAGE');

beforeAll(() => {
  registerLanguage({ ...getLanguagePack('da'), code: 'sv', name: 'Swedish' });
});

describe('what models declare', () => {
  it('the built-in model declares Danish and English, and no others', async () => {
    const embedder = await loadEmbedder();
    expect(embedder.languages).toEqual(['da', 'en']);
    expect(embedder.coverage).toBe('listed');
  });

  it('a neural model claims broad coverage, with its model card languages when claimdiff knows them', async () => {
    const recommended = await loadEmbedder({ model: RECOMMENDED_MODEL, allowDownload: true, transformers: fakeTransformers });
    expect(recommended.coverage).toBe('broad');
    expect(recommended.languages).toEqual(expect.arrayContaining(['da', 'en', 'sv', 'de', 'nb']));
    expect(recommended.languages).not.toContain('is');

    const other = await loadEmbedder({ model: 'someone/other-model', allowDownload: true, transformers: fakeTransformers });
    expect(other.coverage).toBe('broad');
    expect(other.languages).toBeUndefined();
  });
});

describe('compare() holds the articles to the model', () => {
  it('has the Swedish test pack to compare with', () => {
    expect(supportedLanguages()).toContain('sv');
  });

  it('refuses a Swedish article with the Danish–English built-in model, naming the model and the language', async () => {
    const embedder = await loadEmbedder();
    const refused = compare({ text: da, lang: 'sv' }, { text: en, lang: 'en' }, { embedder });
    await expect(refused).rejects.toBeInstanceOf(ClaimdiffModelError);
    await expect(refused).rejects.toMatchObject({
      code: 'ERR_MODEL_LANGUAGE',
      message: expect.stringMatching(/"builtin:claimdiff-static-da-en@\d+".*Danish \(da\) and English \(en\).*Swedish \(sv\), the language of the left article/),
    });
  });

  it('refuses it too when the built-in model is loaded by compare() itself', async () => {
    await expect(compare({ text: en, lang: 'en' }, { text: da, lang: 'sv' })).rejects.toMatchObject({
      code: 'ERR_MODEL_LANGUAGE',
      message: expect.stringMatching(/Swedish \(sv\), the language of the right article/),
    });
  });

  it('compares the same text as Danish with the same model', async () => {
    const report = await compare({ text: da, lang: 'da' }, { text: en, lang: 'en' });
    expect(report.alignments.length).toBeGreaterThan(0);
    expect(modelWarnings(report.warnings)).toEqual([]);
  });

  it('warns when a broad model lists languages without Swedish, and compares all the same', async () => {
    const embedder = fakeEmbedder({ languages: ['da', 'en', 'de'], coverage: 'broad' });
    const report = await compare({ text: da, lang: 'sv' }, { text: en, lang: 'en' }, { embedder });
    expect(report.meta.embedder).toBe('fake-model');
    expect(modelWarnings(report.warnings)).toEqual([
      {
        code: 'WARN_MODEL_LANGUAGE',
        side: 'left',
        message: expect.stringMatching(/^Swedish \(sv\), the language of the left article, .*"fake-model"/),
      },
    ]);
  });

  it('neither refuses nor warns for a model that declares no languages', async () => {
    const report = await compare({ text: da, lang: 'sv' }, { text: en, lang: 'en' }, { embedder: fakeEmbedder({}) });
    expect(report.left.lang).toBe('sv');
    expect(modelWarnings(report.warnings)).toEqual([]);
  });

  it('neither refuses nor warns for a listed model that covers both languages, whatever their region', async () => {
    const embedder = fakeEmbedder({ languages: ['sv-SE', 'en'] });
    const report = await compare({ text: da, lang: 'sv' }, { text: en, lang: 'en-GB' }, { embedder });
    expect(modelWarnings(report.warnings)).toEqual([]);
  });
});

describe('checkEmbedderLanguages', () => {
  const both = { left: 'sv', right: 'en' };

  it('returns no warnings when the model covers both languages or declares none', () => {
    expect(checkEmbedderLanguages(fakeEmbedder({ languages: ['da', 'en'] }), { left: 'da-DK', right: 'EN' })).toEqual([]);
    expect(checkEmbedderLanguages(fakeEmbedder({ languages: ['sv', 'en'], coverage: 'broad' }), both)).toEqual([]);
    expect(checkEmbedderLanguages(fakeEmbedder({ coverage: 'broad' }), both)).toEqual([]);
    expect(checkEmbedderLanguages(fakeEmbedder({ coverage: 'listed' }), both)).toEqual([]);
    expect(checkEmbedderLanguages(fakeEmbedder({ languages: [] }), both)).toEqual([]);
  });

  it('takes a model with languages and no coverage as listed', () => {
    expect(() => checkEmbedderLanguages(fakeEmbedder({ languages: ['da', 'en'] }), both)).toThrow(
      expect.objectContaining({ code: 'ERR_MODEL_LANGUAGE', message: expect.stringContaining('"fake-model"') }),
    );
  });

  it('names every language a listed model lacks', () => {
    expect(() => checkEmbedderLanguages(fakeEmbedder({ languages: ['da', 'en'] }), { left: 'sv', right: 'de' })).toThrow(
      /Swedish \(sv\), the language of the left article, nor German \(de\), the language of the right article/,
    );
  });

  it('warns once, for both sides, when both articles are in a language a broad model lacks', () => {
    const warnings = checkEmbedderLanguages(fakeEmbedder({ languages: ['da', 'en'], coverage: 'broad' }), { left: 'sv', right: 'sv-FI' });
    expect(warnings).toEqual([{ code: 'WARN_MODEL_LANGUAGE', message: expect.stringMatching(/^Swedish \(sv\), the language of both articles/) }]);
  });

  it('refuses a declaration it cannot read as an invalid option', () => {
    const wrongCodes = { ...fakeEmbedder({}), languages: ['Danish'] };
    const wrongCoverage = { ...fakeEmbedder({ languages: ['da'] }), coverage: 'all' as 'broad' };
    for (const embedder of [wrongCodes, wrongCoverage]) {
      expect(() => checkEmbedderLanguages(embedder, both)).toThrow(ClaimdiffInputError);
      expect(() => checkEmbedderLanguages(embedder, both)).toThrow(expect.objectContaining({ code: 'ERR_OPTION_INVALID' }));
    }
  });
});
