// The plain path gives the vectors transformers.js gives for the same model folder, from the same token ids.
import { dirname, basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEmbedder, type Embedder } from '../../../src/embed';
import { builtinModelFolder } from '../../../src/embed/builtin';
import { modelInput } from '../../../src/embed/embedder';
import { loadStaticModel, type StaticModel } from '../../../src/embed/static';
import { writeModelFolder } from '../../../scripts/model-files.mjs';
import { temporaryFolder, TINY_DIM, TINY_VOCAB, writeTinyModel } from '../../helpers/tiny-model';
import { edgeTexts, exampleSentences, generatedTexts } from '../../helpers/varied-texts';

type Transformers = typeof import('@huggingface/transformers');
type Tokenize = (text: string) => number[];

/** Vectors this close count as the same (on this machine they are bit for bit equal). */
const TOLERANCE = 1e-6;

const texts = [...exampleSentences(), ...generatedTexts(260), ...edgeTexts()];

function largestDifference(a: Float32Array[], b: Float32Array[]): { value: number; text: number } {
  let worst = { value: 0, text: -1 };
  a.forEach((vector, i) => {
    expect(vector).toHaveLength(b[i].length);
    vector.forEach((x, k) => {
      const d = Math.abs(x - b[i][k]);
      if (!(d <= worst.value)) worst = { value: d, text: i };
    });
  });
  return worst;
}

/** transformers.js's own tokenizer for a folder, called as its feature-extraction pipeline calls it. */
async function transformersTokenizer(transformers: Transformers, folder: string): Promise<Tokenize> {
  const { env, AutoTokenizer } = transformers;
  const saved = { path: env.localModelPath, remote: env.allowRemoteModels };
  env.localModelPath = dirname(folder) + '/';
  env.allowRemoteModels = false;
  try {
    const tokenizer = await AutoTokenizer.from_pretrained(basename(folder), { local_files_only: true });
    return (text) => {
      const { input_ids } = tokenizer(text, { padding: true, truncation: true }) as { input_ids: { data: BigInt64Array } };
      return Array.from(input_ids.data, Number);
    };
  } finally {
    env.localModelPath = saved.path;
    env.allowRemoteModels = saved.remote;
  }
}

let transformers: Transformers;
beforeAll(async () => {
  transformers = await import('@huggingface/transformers');
});

describe('the built-in model on the plain path and through transformers.js', () => {
  let plain: Embedder;
  let engine: Embedder;
  let model: StaticModel;
  let tokenize: Tokenize;
  beforeAll(async () => {
    plain = await loadEmbedder();
    engine = await loadEmbedder({ transformers });
    model = loadStaticModel(builtinModelFolder(), 'model.onnx')!;
    tokenize = await transformersTokenizer(transformers, builtinModelFolder());
  });

  it('has the same name either way', () => {
    expect(plain.name).toBe('builtin:claimdiff-static-da-en@2');
    expect(engine.name).toBe(plain.name);
    expect(engine).not.toBe(plain);
    expect(model).toBeDefined();
  });

  it(`feeds the model the same token ids for ${texts.length} texts`, () => {
    expect(texts.length).toBeGreaterThan(300);
    const differ = texts.filter((text) => {
      const input = modelInput('', text);
      const ids = model.tokenIds(input);
      const expected = tokenize(input);
      return ids.length !== expected.length || ids.some((id, i) => id !== expected[i]);
    });
    expect(differ).toEqual([]);
  });

  it('truncates as transformers.js does: 512 ids, [CLS] first, and [SEP] cut off with the rest', () => {
    const long = 'Regeringen vil hæve skatten. '.repeat(200);
    const ids = model.tokenIds(long);
    expect(ids).toHaveLength(512);
    expect(ids[0]).toBe(2);
    expect(ids[511]).not.toBe(3);
    expect(model.tokenIds('')).toEqual([2, 3]);
  });

  it('gives the same vectors', async () => {
    const [a, b] = [await plain.embed(texts), await engine.embed(texts)];
    const worst = largestDifference(a, b);
    expect(worst.value, `text ${worst.text}: ${JSON.stringify(texts[worst.text])}`).toBeLessThanOrEqual(TOLERANCE);
  });

  it('gives unit vectors, and zeros (never NaN) where there is nothing to embed', async () => {
    const vectors = await plain.embed(texts);
    for (const v of vectors) {
      expect(v.every(Number.isFinite)).toBe(true);
      const length = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
      expect(length === 0 || Math.abs(length - 1) < 1e-5).toBe(true);
    }
    const [empty, blank, emoji] = await plain.embed(['', ' \t\n', '😀']);
    for (const v of [empty, blank, emoji]) expect(v.every((x) => x === 0)).toBe(true);
  });
});

describe.each([
  ['float32', 'fp32'],
  ['int8 with row scales', 'int8'],
])('a tiny %s lookup model on the plain path and through transformers.js', (_label, kind) => {
  const tmp = temporaryFolder();
  const folder = join(tmp.path, `tiny-${kind}`);
  afterAll(() => tmp.remove());

  beforeAll(() => {
    writeTinyModel(folder);
    if (kind === 'int8') {
      // The same words quantised per row, as the model script stores the built-in model.
      const int8 = new Int8Array(TINY_VOCAB.length * TINY_DIM);
      const scales = new Float32Array(TINY_VOCAB.length);
      for (let row = 0; row < TINY_VOCAB.length; row++) {
        scales[row] = (row % 5) * 0.013 + 0.001;
        for (let d = 0; d < TINY_DIM; d++) int8[row * TINY_DIM + d] = ((row * 7 + d * 13) % 255) - 127;
      }
      writeModelFolder(folder, { vocab: TINY_VOCAB, dim: TINY_DIM, weights: { int8, scales } });
    }
  });

  it('reads the lookup and gives the same vectors', async () => {
    const plain = await loadEmbedder({ model: folder });
    const engine = await loadEmbedder({ model: folder, transformers });
    expect(plain.name).toBe(`${folder} (fp32)`);
    expect(engine.name).toBe(plain.name);
    expect(loadStaticModel(folder, 'model.onnx')?.table.scales !== undefined).toBe(kind === 'int8');
    const sample = ['the cat sat on the mat', 'HOUSES', 'kat hus', 'a red car.', '', '😀', ...generatedTexts(40, 7)];
    const worst = largestDifference(await plain.embed(sample), await engine.embed(sample));
    expect(worst.value).toBeLessThanOrEqual(TOLERANCE);
  });
});
