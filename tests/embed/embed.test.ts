import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEmbedder, RECOMMENDED_MODEL, textPrefix, type Embedder } from '../../src/embed';
import { ClaimdiffInputError, ClaimdiffModelError } from '../../src/errors';
import { temporaryFolder, TINY_DIM, writeTinyModel } from '../helpers/tiny-model';

const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i], 0);
const length = (a: Float32Array) => Math.sqrt(dot(a, a));

const tmp = temporaryFolder();
const tinyFolder = join(tmp.path, 'tiny');
const emptyRoot = join(tmp.path, 'empty');

beforeAll(() => {
  writeTinyModel(tinyFolder);
  mkdirSync(emptyRoot);
});
afterAll(() => tmp.remove());

// The plain path (no engine passed: the folder's graph is a lookup) and both transformers packages.
const engines: [string, () => Promise<unknown>][] = [
  ['the plain path', async () => undefined],
  ['@huggingface/transformers', () => import('@huggingface/transformers')],
  ['@xenova/transformers', () => import('@xenova/transformers')],
];

describe.each(engines)('a model folder through %s', (_name, importEngine) => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await loadEmbedder({ model: tinyFolder, transformers: await importEngine() });
  });

  it('reports the folder, its dimension and full precision', () => {
    expect(embedder.dim).toBe(TINY_DIM);
    expect(embedder.name).toBe(`${tinyFolder} (fp32)`);
  });

  it('returns one unit vector per text', async () => {
    const texts = ['the cat sat on the mat', 'A RED CAR', 'houses', 'dog ran'];
    const vectors = await embedder.embed(texts);
    expect(vectors).toHaveLength(texts.length);
    for (const v of vectors) {
      expect(v).toBeInstanceOf(Float32Array);
      expect(v).toHaveLength(TINY_DIM);
      expect(length(v)).toBeCloseTo(1, 5);
    }
  });

  it.each([
    ['the cat sat', 'a cat sat on a mat', 'the red car'],
    ['the house is red', 'a red hus', 'the dog ran'],
    ['kat', 'cat', 'car'],
  ])('finds "%s" nearer to "%s" (shared tokens) than to "%s"', async (text, near, far) => {
    const [v, n, f] = await embedder.embed([text, near, far]);
    expect(dot(v, n)).toBeGreaterThan(dot(v, f) + 0.2);
  });

  it('keeps the input order, also across batches', async () => {
    const words = ['cat', 'dog', 'sat', 'ran', 'mat', 'red', 'car', 'house'];
    const texts = Array.from({ length: 70 }, (_, i) => `${words[i % 8]} ${words[(i * 3) % 8]}`);
    const together = await embedder.embed(texts);
    const reversed = await embedder.embed([...texts].reverse());
    expect(together).toHaveLength(70);
    together.forEach((v, i) => expect(Array.from(reversed[69 - i])).toEqual(Array.from(v)));
    const [single] = await embedder.embed([texts[41]]);
    expect(Array.from(together[41])).toEqual(Array.from(single));
  });

  it('gives an empty array for empty input', async () => {
    expect(await embedder.embed([])).toEqual([]);
  });

  it.each([
    ['an empty string', ''],
    ['only punctuation', '?!… — “”'],
    ['unknown symbols', '😀 \u0000 \ud800 \u200b'],
  ])('gives a zero vector, not NaN, for %s', async (_label, text) => {
    const [v] = await embedder.embed([text]);
    expect(v).toHaveLength(TINY_DIM);
    expect(Array.from(v).every((x) => x === 0)).toBe(true);
  });

  it('handles very long text', async () => {
    const [v] = await embedder.embed(['the cat sat on the mat. '.repeat(20_000)]);
    expect(length(v)).toBeCloseTo(1, 5);
  });
});

describe('loading', () => {
  it('loads a model once per engine, model and dtype', async () => {
    const first = await loadEmbedder({ model: tinyFolder });
    const second = await loadEmbedder({ model: tinyFolder, dtype: 'fp32' });
    expect(second).toBe(first);
  });

  it('puts transformers.js settings back after loading', async () => {
    const transformers = await import('@huggingface/transformers');
    const { env } = transformers;
    const before = { remote: env.allowRemoteModels, path: env.localModelPath };
    await loadEmbedder({ model: tinyFolder, dtype: 'fp32', transformers });
    expect({ remote: env.allowRemoteModels, path: env.localModelPath }).toEqual(before);
  });

  it('refuses a model id that is not on this machine while downloads are off', async () => {
    const options = { model: 'example-org/no-such-model', localModelPath: emptyRoot, cacheDir: emptyRoot };
    await expect(loadEmbedder(options)).rejects.toBeInstanceOf(ClaimdiffModelError);
    await expect(loadEmbedder(options)).rejects.toMatchObject({ code: 'ERR_MODEL_NOT_FOUND' });
    await expect(loadEmbedder(options)).rejects.toThrow(
      /"example-org\/no-such-model".*not found locally and downloads are off; pass allowDownload/,
    );
  });

  it('says so when a model folder does not exist', async () => {
    const missing = loadEmbedder({ model: join(tmp.path, 'missing') });
    await expect(missing).rejects.toThrow(/does not exist/);
    await expect(missing).rejects.toMatchObject({ name: 'ClaimdiffModelError', code: 'ERR_MODEL_NOT_FOUND' });
    const empty = loadEmbedder({ model: emptyRoot });
    await expect(empty).rejects.toThrow(/no readable config\.json/);
    await expect(empty).rejects.toMatchObject({ name: 'ClaimdiffModelError', code: 'ERR_MODEL_INVALID' });
  });

  it('rejects something that is not a transformers.js module', async () => {
    const loading = loadEmbedder({ transformers: { foo: 1 } });
    await expect(loading).rejects.toBeInstanceOf(ClaimdiffInputError);
    await expect(loading).rejects.toMatchObject({ code: 'ERR_OPTION_INVALID' });
  });

  it('loads a model id from localModelPath without the network', async () => {
    const root = join(tmp.path, 'local-models');
    writeTinyModel(join(root, 'example-org', 'tiny'), { quantizedCopy: true });
    const embedder = await loadEmbedder({ model: 'example-org/tiny', localModelPath: root });
    expect(embedder.name).toBe('example-org/tiny (q8)');
    expect(embedder.dim).toBe(TINY_DIM);
  });

  it("'auto' falls back to the built-in model when no neural model is local", async () => {
    const embedder = await loadEmbedder({ model: 'auto', localModelPath: emptyRoot, cacheDir: emptyRoot });
    expect(embedder.name).toMatch(/^builtin:/);
  });

  it("'auto' takes the recommended model when it is local", async () => {
    const root = join(tmp.path, 'auto-models');
    writeTinyModel(join(root, RECOMMENDED_MODEL), { quantizedCopy: true });
    const embedder = await loadEmbedder({ model: 'auto', localModelPath: root, cacheDir: emptyRoot });
    expect(embedder.name).toBe(`${RECOMMENDED_MODEL} (q8)`);
  });

  it.each([
    ['intfloat/multilingual-e5-small', 'query: '],
    ['Xenova/multilingual-e5-base', 'query: '],
    [RECOMMENDED_MODEL, ''],
    ['builtin', ''],
  ])('puts the prefix %s expects in front of texts', (model, prefix) => {
    expect(textPrefix(model)).toBe(prefix);
  });
});

describe('the built-in model', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await loadEmbedder();
  });

  it('is the default and says what it is', async () => {
    expect(embedder.name).toMatch(/^builtin:claimdiff-static-da-en@\d+$/);
    expect(await loadEmbedder({ model: 'builtin' })).toBe(embedder);
  });

  it('loads quickly', async () => {
    const { builtinModelFolder } = await import('../../src/embed/builtin');
    const started = performance.now();
    await loadEmbedder({ model: builtinModelFolder() });
    expect(performance.now() - started).toBeLessThan(1500);
  });

  // Pairs written for this test: each Danish sentence must be nearest its own translation.
  const pairs: [string, string][] = [
    ['Regeringen vil hæve skatten på benzin fra næste år.', 'The government wants to raise the tax on petrol from next year.'],
    ['Politiet anholdt tre mænd i Aarhus fredag aften.', 'Police arrested three men in Aarhus on Friday evening.'],
    ['Udenrigsministeren mødtes med sin russiske kollega i Wien.', 'The foreign minister met his Russian colleague in Vienna.'],
    ['Hospitalet mangler læger og sygeplejersker.', 'The hospital is short of doctors and nurses.'],
    ['Stormen væltede træer og lukkede flere veje i nat.', 'The storm knocked down trees and closed several roads overnight.'],
    ['Virksomheden fyrer 200 ansatte på fabrikken i Odense.', 'The company is laying off 200 workers at its factory in Odense.'],
  ];

  it.each(pairs.map(([da], i) => [da, i]))('puts "%s" nearest its English translation', async (da, i) => {
    const [query] = await embedder.embed([da as string]);
    const candidates = await embedder.embed(pairs.map(([, en]) => en));
    const scores = candidates.map((c) => dot(query, c));
    expect(scores.indexOf(Math.max(...scores))).toBe(i);
  });

  it('keeps Danish letters: æ, ø and å words are not read as their unaccented spellings', async () => {
    const [hår, har, må, ma] = await embedder.embed(['hår', 'har', 'må', 'ma']);
    expect(dot(hår, har)).toBeLessThan(0.9);
    expect(dot(må, ma)).toBeLessThan(0.9);
  });
});

describe('embeddingText', () => {
  it('adds the name of a speaker credited outside the claim, and nothing else', async () => {
    const { embeddingText } = await import('../../src/embed/claim-text');
    const text = 'Nordkorea ønsker direkte samtaler.';
    const claim = { text, start: 0, end: text.length };
    expect(embeddingText(claim)).toBe(text);
    const outside = { ...claim, attribution: { speaker: { text: 'Sergej Lavrov', start: 50, end: 63 } } };
    expect(embeddingText(outside)).toBe(`${text} Sergej Lavrov`);
    const inside = { ...claim, attribution: { speaker: { text: 'Nordkorea', start: 0, end: 9 } } };
    expect(embeddingText(inside)).toBe(text);
  });
});
