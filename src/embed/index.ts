// Sentence embeddings through transformers.js, for the built-in static model and for neural models alike.
import type { EmbedOptions } from '../options';
import { remembering } from './memo';
import { planModel, type ModelPlan } from './resolve';
import { importTransformers, loadFeatureExtractor, type FeatureExtractor, type TransformersModule } from './transformers';

export { RECOMMENDED_MODEL } from './resolve';

export interface Embedder {
  /** Which model ran: 'builtin:claimdiff-static-da-en@2', 'Xenova/paraphrase-multilingual-MiniLM-L12-v2 (q8)', … */
  name: string;
  dim: number;
  /**
   * One unit-length vector per text, in order (a text with nothing to embed gets a zero vector). Loaded embedders
   * remember the texts they embedded, so an article compared with many others is embedded once; the vectors are
   * shared, read-only.
   */
  embed(texts: string[]): Promise<Float32Array[]>;
}

/** Texts per model call: a long article is embedded in slices, so memory stays flat. */
const BATCH_SIZE = 32;
/** Tokenizers truncate at 512 tokens anyway; cutting first keeps pathological input cheap. */
const MAX_CHARS = 20_000;

/**
 * Text put before every input. Hook for models trained with prefixes: e5 models expect 'query: '
 * (or 'passage: ') in front of each text; claims are compared symmetrically, so 'query: ' on both sides.
 */
export function textPrefix(model: string): string {
  return /(^|[\\/])(multilingual-)?e5-/i.test(model) ? 'query: ' : '';
}

function unitOrZero(values: ArrayLike<number>, from: number, dim: number): Float32Array {
  const vector = new Float32Array(dim);
  let norm = 0;
  for (let i = 0; i < dim; i++) {
    const x = Number(values[from + i]);
    vector[i] = Number.isFinite(x) ? x : 0;
    norm += vector[i] * vector[i];
  }
  norm = Math.sqrt(norm);
  if (!(norm > 1e-12)) return new Float32Array(dim);
  for (let i = 0; i < dim; i++) vector[i] /= norm;
  return vector;
}

async function embedAll(extract: FeatureExtractor, prefix: string, texts: string[]): Promise<Float32Array[]> {
  const vectors: Float32Array[] = [];
  for (let i = 0; i < texts.length; i += BATCH_SIZE) {
    const batch = texts.slice(i, i + BATCH_SIZE).map((t) => prefix + String(t ?? '').slice(0, MAX_CHARS));
    const output = await extract(batch, { pooling: 'mean', normalize: true });
    const dim = output.dims[output.dims.length - 1];
    for (let row = 0; row < batch.length; row++) vectors.push(unitOrZero(output.data, row * dim, dim));
  }
  return vectors;
}

async function buildEmbedder(mod: TransformersModule, plan: ModelPlan): Promise<Embedder> {
  const extract = await loadFeatureExtractor(mod, plan.request);
  const prefix = textPrefix(plan.model);
  const [probe] = await embedAll(extract, prefix, ['dimension probe']);
  const embed = remembering((texts) => embedAll(extract, prefix, texts));
  return {
    name: plan.name,
    dim: probe.length,
    embed: (texts) => (Array.isArray(texts) && texts.length > 0 ? embed(texts) : Promise.resolve([])),
  };
}

// Loaded embedders per engine module and model, so comparing many pairs loads a model once.
const engineIds = new WeakMap<object, number>();
let engineCount = 0;
const loaded = new Map<string, Promise<Embedder>>();

function cacheKey(mod: TransformersModule, plan: ModelPlan): string {
  if (!engineIds.has(mod)) engineIds.set(mod, ++engineCount);
  const r = plan.request;
  return JSON.stringify([engineIds.get(mod), plan.name, r.model, r.isFolder, r.dtype, r.allowDownload, r.localModelPath, r.cacheDir]);
}

function cachedEmbedder(mod: TransformersModule, plan: ModelPlan): Promise<Embedder> {
  const key = cacheKey(mod, plan);
  let pending = loaded.get(key);
  if (!pending) {
    pending = buildEmbedder(mod, plan);
    loaded.set(key, pending);
    pending.catch(() => loaded.delete(key));
  }
  return pending;
}

/**
 * Loads an embedder. Default: the built-in model, no network. 'auto' takes the recommended neural model
 * when it is on this machine (or may be downloaded) and the built-in one otherwise; `name` says which ran.
 */
export async function loadEmbedder(options: EmbedOptions = {}): Promise<Embedder> {
  const mod = await importTransformers(options.transformers);
  const plan = planModel(mod, options);
  try {
    return await cachedEmbedder(mod, plan);
  } catch (error) {
    if (plan.fallback) return cachedEmbedder(mod, plan.fallback);
    throw error;
  }
}
