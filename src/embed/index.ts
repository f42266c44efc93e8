// Sentence embeddings. The built-in model, and any model folder whose graph is a plain lookup, run in plain
// TypeScript (./static); neural models run on transformers.js, imported only when one is asked for.
import type { EmbedOptions } from './options';
import { embedderOf, modelInput, textPrefix, type Embedder } from './embedder';
import { loadNeuralEmbedder } from './neural';
import { autoPlan, builtinPlan, namedPlan, requestedModel, type ModelPlan } from './resolve';
import { staticModelAt } from './static-models';
import { importTransformers, type TransformersModule } from './transformers';

export { RECOMMENDED_MODEL } from './resolve';
export { textPrefix, type Embedder } from './embedder';

// Loaded embedders, so comparing many pairs loads a model once: per folder and file for the plain path, per engine
// module and model for transformers.js.
const engineIds = new WeakMap<object, number>();
let engineCount = 0;
const loaded = new Map<string, Promise<Embedder | undefined>>();

function remembered(key: string, load: () => Promise<Embedder | undefined>): Promise<Embedder | undefined> {
  let pending = loaded.get(key);
  if (!pending) {
    pending = load();
    loaded.set(key, pending);
    // A failure is not remembered, nor a folder found not to be a lookup (it may be a neural model tried again).
    pending.then((embedder) => embedder ?? loaded.delete(key), () => loaded.delete(key));
  }
  return pending;
}

/** The plan's model on the plain path, or undefined when its graph is not a lookup. */
function staticEmbedder(plan: ModelPlan, local: NonNullable<ModelPlan['local']>): Promise<Embedder | undefined> {
  const key = JSON.stringify(['static', plan.name, plan.model, local.folder, local.onnxFile]);
  return remembered(key, async () => {
    const model = staticModelAt(local.folder, local.onnxFile);
    if (!model) return undefined;
    const prefix = textPrefix(plan.model);
    return embedderOf(
      plan.name,
      model.dim,
      async (texts) => texts.map((t) => model.embedText(modelInput(prefix, t))),
      plan.declared,
    );
  });
}

function neuralEmbedder(mod: TransformersModule, plan: ModelPlan): Promise<Embedder> {
  if (!engineIds.has(mod)) engineIds.set(mod, ++engineCount);
  const r = plan.request;
  const key = JSON.stringify([engineIds.get(mod), plan.name, r.model, r.isFolder, r.dtype, r.allowDownload, r.localModelPath, r.cacheDir]);
  return remembered(key, () => loadNeuralEmbedder(mod, plan)) as Promise<Embedder>;
}

/** The engine for 'auto': undefined when transformers.js cannot be loaded, as 'auto' then means the built-in model. */
async function optionalEngine(): Promise<TransformersModule | undefined> {
  try {
    return await importTransformers();
  } catch {
    return undefined;
  }
}

async function planFor(options: EmbedOptions, engine: () => Promise<TransformersModule>, explicit?: TransformersModule) {
  const model = requestedModel(options);
  if (model === '') return builtinPlan(options);
  if (model === 'auto') {
    const mod = explicit ?? (await optionalEngine());
    return mod ? autoPlan(mod, options) : builtinPlan(options);
  }
  return namedPlan(model, options, engine);
}

async function loadPlan(plan: ModelPlan, engine: () => Promise<TransformersModule>, plainAllowed: boolean): Promise<Embedder> {
  try {
    if (plainAllowed && plan.local) {
      const embedder = await staticEmbedder(plan, plan.local);
      if (embedder) return embedder;
    }
    return await neuralEmbedder(await engine(), plan);
  } catch (error) {
    if (plan.fallback) return loadPlan(plan.fallback(), engine, plainAllowed);
    throw error;
  }
}

/**
 * Loads an embedder. Default: the built-in model, no network, no engine. 'auto' takes the recommended neural
 * model when it is on this machine (or may be downloaded) and transformers.js is installed, and the built-in one
 * otherwise; `name` says which ran. With `options.transformers`, that module runs every model, the built-in one too.
 */
export async function loadEmbedder(options: EmbedOptions = {}): Promise<Embedder> {
  const given = options.transformers;
  const explicit = given !== undefined && given !== null ? await importTransformers(given) : undefined;
  let imported: Promise<TransformersModule> | undefined;
  const engine = () => (explicit ? Promise.resolve(explicit) : (imported ??= importTransformers()));
  const plan = await planFor(options, engine, explicit);
  return loadPlan(plan, engine, !explicit);
}
