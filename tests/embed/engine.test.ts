// Which engine runs which model, and the typed errors of loading: transformers.js is imported only for neural
// models (ERR_ENGINE_MISSING when it is not installed), downloads fail as ERR_NETWORK or ERR_MODEL_NOT_FOUND, and
// the built-in model's folder can be given as modelPath.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadEmbedder, RECOMMENDED_MODEL } from '../../src/embed';
import { builtinModelFolder } from '../../src/embed/builtin';
import { failureCode } from '../../src/embed/model-errors';
import { TokenIds } from '../../src/embed/static/token-ids';
import { setTransformersImporter } from '../../src/embed/transformers';
import { temporaryFolder, writeTinyModel, writeTinyNeuralModel } from '../helpers/tiny-model';

const tmp = temporaryFolder();
const lookupFolder = join(tmp.path, 'lookup');
const neuralFolder = join(tmp.path, 'neural');
const hubRoot = join(tmp.path, 'hub');
const emptyRoot = join(tmp.path, 'empty');

beforeAll(() => {
  writeTinyModel(lookupFolder);
  writeTinyNeuralModel(neuralFolder);
  writeTinyModel(join(hubRoot, 'example-org', 'tiny'), { quantizedCopy: true });
  writeTinyModel(join(hubRoot, RECOMMENDED_MODEL), { quantizedCopy: true });
  mkdirSync(emptyRoot);
});
afterAll(() => tmp.remove());

describe('on a machine without @huggingface/transformers', () => {
  let imports = 0;
  beforeEach(() => {
    imports = 0;
    setTransformersImporter(async () => {
      imports++;
      throw Object.assign(new Error("Cannot find package '@huggingface/transformers' imported from /app/index.js"), {
        code: 'ERR_MODULE_NOT_FOUND',
      });
    });
  });
  afterEach(() => setTransformersImporter());

  it('runs the built-in model, never trying to import it', async () => {
    const embedder = await loadEmbedder();
    expect(embedder.name).toBe('builtin:claimdiff-static-da-en@2');
    const [v] = await embedder.embed(['Lavrov mødtes med Tillerson i Wien.']);
    expect(v.some((x) => x !== 0)).toBe(true);
    expect(imports).toBe(0);
  });

  it('runs a model folder whose graph is a lookup', async () => {
    const embedder = await loadEmbedder({ model: lookupFolder });
    expect(embedder.name).toBe(`${lookupFolder} (fp32)`);
    expect(imports).toBe(0);
  });

  it("takes the built-in model for 'auto', even with the recommended model on disk", async () => {
    const embedder = await loadEmbedder({ model: 'auto', localModelPath: hubRoot, cacheDir: emptyRoot });
    expect(embedder.name).toMatch(/^builtin:/);
  });

  it.each([
    ['a model id', { model: 'example-org/tiny', localModelPath: hubRoot }],
    ['a folder whose graph is not a lookup', { model: neuralFolder }],
  ])('refuses %s with ERR_ENGINE_MISSING, saying what to install and what else to pass', async (_label, options) => {
    const loading = loadEmbedder(options);
    await expect(loading).rejects.toMatchObject({ name: 'ClaimdiffModelError', code: 'ERR_ENGINE_MISSING' });
    await expect(loading).rejects.toThrow(/npm install @huggingface\/transformers.*options\.transformers.*@xenova\/transformers/);
    expect(imports).toBeGreaterThan(0);
  });

  it('says so when the package is there but will not load', async () => {
    setTransformersImporter(async () => {
      throw new Error('onnxruntime-node: the binding could not be loaded');
    });
    const loading = loadEmbedder({ model: neuralFolder });
    await expect(loading).rejects.toMatchObject({ code: 'ERR_ENGINE_MISSING' });
    await expect(loading).rejects.toThrow(/installed but could not be loaded \(onnxruntime-node/);
  });

  it('runs any model on a transformers.js module passed in', async () => {
    const embedder = await loadEmbedder({ model: neuralFolder, transformers: await import('@xenova/transformers') });
    expect(embedder.name).toBe(`${neuralFolder} (fp32)`);
    expect(imports).toBe(0);
  });
});

describe('a folder whose graph is not a lookup', () => {
  it('runs on @huggingface/transformers, with the vectors of the same model as a lookup', async () => {
    const neural = await loadEmbedder({ model: neuralFolder });
    const lookup = await loadEmbedder({ model: lookupFolder });
    expect(neural.name).toBe(`${neuralFolder} (fp32)`);
    const texts = ['the cat sat on the mat', 'a red house', 'kat'];
    const [a, b] = [await neural.embed(texts), await lookup.embed(texts)];
    a.forEach((v, i) => v.forEach((x, k) => expect(Math.abs(x - b[i][k])).toBeLessThan(1e-6)));
  });
});

/** A local HTTP server standing for the Hub: `status` for every request, or a closed port (status 0). */
async function fakeHub(status: number): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((_req, res) => {
    res.statusCode = status;
    res.end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const close = () => new Promise<void>((done) => server.close(() => done()));
  if (status === 0) await close();
  return { url, close: status === 0 ? async () => undefined : close };
}

describe('an allowed download that fails', () => {
  it.each([
    ['the server cannot be reached', 0, 'ERR_NETWORK'],
    ['the server is unavailable', 503, 'ERR_NETWORK'],
    ['the Hub has no such model', 404, 'ERR_MODEL_NOT_FOUND'],
  ])('is a typed error when %s', async (_label, status, code) => {
    const transformers = await import('@huggingface/transformers');
    const hub = await fakeHub(status);
    const saved = transformers.env.remoteHost;
    transformers.env.remoteHost = hub.url;
    try {
      const options = { model: `example-org/absent-${status}`, allowDownload: true, localModelPath: emptyRoot, cacheDir: emptyRoot, transformers };
      await expect(loadEmbedder(options)).rejects.toMatchObject({ name: 'ClaimdiffModelError', code });
    } finally {
      transformers.env.remoteHost = saved;
      await hub.close();
    }
  });

  it('tells network failures from missing files by the error and its causes', () => {
    const refused = new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
    expect(failureCode(refused, true)).toBe('ERR_NETWORK');
    expect(failureCode(Object.assign(new Error('x'), { code: 'UND_ERR_CONNECT_TIMEOUT' }), true)).toBe('ERR_NETWORK');
    expect(failureCode(Object.assign(new Error('Could not locate file: "…/config.json".'), { name: 'ModelFileNotFoundError' }), true)).toBe(
      'ERR_MODEL_NOT_FOUND',
    );
    expect(failureCode(new Error('Protobuf parsing failed.'), true)).toBe('ERR_MODEL_INVALID');
    // Without downloads there is no network to blame.
    expect(failureCode(refused, false)).toBe('ERR_MODEL_INVALID');
    const loop: { message: string; cause?: unknown } = { message: 'loop' };
    loop.cause = loop;
    expect(failureCode(loop, true)).toBe('ERR_MODEL_INVALID');
  });
});

describe('modelPath', () => {
  it('loads the built-in model from a copy of its folder', async () => {
    const copy = join(tmp.path, 'copied', 'builtin');
    cpSync(builtinModelFolder(), copy, { recursive: true });
    const embedder = await loadEmbedder({ modelPath: copy });
    expect(embedder.name).toBe('builtin:claimdiff-static-da-en@2');
    const [v] = await embedder.embed(['Nordkorea ønsker direkte samtaler.']);
    const [w] = await (await loadEmbedder()).embed(['Nordkorea ønsker direkte samtaler.']);
    expect(Array.from(v)).toEqual(Array.from(w));
  });

  it('is ERR_MODEL_NOT_FOUND, naming modelPath, where the folder does not hold the model', async () => {
    const loading = loadEmbedder({ modelPath: emptyRoot });
    await expect(loading).rejects.toMatchObject({ name: 'ClaimdiffModelError', code: 'ERR_MODEL_NOT_FOUND' });
    await expect(loading).rejects.toThrow(/modelPath ".*" does not hold the built-in model.*models\/builtin/);
  });

  it('is ERR_MODEL_INVALID where the copy is incomplete', async () => {
    const partial = join(tmp.path, 'partial');
    mkdirSync(partial);
    writeFileSync(join(partial, 'config.json'), readFileSync(join(builtinModelFolder(), 'config.json')));
    await expect(loadEmbedder({ modelPath: partial })).rejects.toMatchObject({ code: 'ERR_MODEL_INVALID' });
  });

  it('must be a path', async () => {
    await expect(loadEmbedder({ modelPath: 42 as unknown as string })).rejects.toMatchObject({
      name: 'ClaimdiffInputError',
      code: 'ERR_OPTION_INVALID',
    });
  });
});

describe('token ids remembered per chunk', () => {
  const folder = builtinModelFolder();
  const json = JSON.parse(readFileSync(join(folder, 'tokenizer.json'), 'utf8'));
  const config = JSON.parse(readFileSync(join(folder, 'tokenizer_config.json'), 'utf8'));

  it('stay within their bound and give the same ids when forgotten', () => {
    const ids = new TokenIds(json, config, { cachedChunks: 5 });
    expect(ids.chunked).toBe(true);
    const text = 'een to tre fire fem seks syv otte ni ti elleve tolv';
    const first = ids.ids(text);
    expect(ids.cachedChunks).toBe(5);
    expect(ids.ids(text)).toEqual(first);
    expect(ids.ids(`${text} ${text}`)).toEqual([...first.slice(0, -1), ...first.slice(1)]);
    expect(ids.cachedChunks).toBe(5);
  });

  it('encode the whole text where chunks would not be exact', () => {
    const other = { ...json, pre_tokenizer: { type: 'Whitespace' } };
    const ids = new TokenIds(other, config);
    expect(ids.chunked).toBe(false);
    expect(ids.ids('to tre')[0]).toBe(2);
    expect(ids.cachedChunks).toBe(0);
  });
});
