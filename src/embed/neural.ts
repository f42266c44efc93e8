// An embedder on a transformers.js feature-extraction pipeline: neural models, and any model when the caller
// passes a transformers.js module in.
import { ClaimdiffModelError } from '../errors';
import { embedderOf, modelInput, textPrefix, type Embedder } from './embedder';
import type { ModelPlan } from './resolve';
import { loadFeatureExtractor, type FeatureExtractor, type TransformersModule } from './transformers';

/** Texts per model call: a long article is embedded in slices, so memory stays flat. */
const BATCH_SIZE = 32;

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
    const batch = texts.slice(i, i + BATCH_SIZE).map((t) => modelInput(prefix, t));
    const output = await extract(batch, { pooling: 'mean', normalize: true });
    const dim = output.dims[output.dims.length - 1];
    for (let row = 0; row < batch.length; row++) vectors.push(unitOrZero(output.data, row * dim, dim));
  }
  return vectors;
}

export async function loadNeuralEmbedder(mod: TransformersModule, plan: ModelPlan): Promise<Embedder> {
  const extract = await loadFeatureExtractor(mod, plan.request);
  const prefix = textPrefix(plan.model);
  let probe: Float32Array;
  try {
    [probe] = await embedAll(extract, prefix, ['dimension probe']);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ClaimdiffModelError(`The embedding model "${plan.request.model}" loaded but does not run: ${reason}`, 'ERR_MODEL_INVALID', {
      cause: error,
    });
  }
  return embedderOf(plan.name, probe.length, (texts) => embedAll(extract, prefix, texts), plan.declared);
}
