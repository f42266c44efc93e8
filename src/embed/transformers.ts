// The engine for neural models: a transformers.js feature-extraction pipeline. Works with @huggingface/transformers
// (3.x, 4.x), an optional peer dependency imported only when a neural model is asked for, and with the older
// @xenova/transformers 2.x when a caller passes that module in.
import { basename, dirname, sep } from 'node:path';
import { ClaimdiffInputError, ClaimdiffModelError } from '../errors';
import { loadFailure } from './model-errors';

export interface TransformersEnv {
  version?: string;
  allowRemoteModels: boolean;
  allowLocalModels: boolean;
  localModelPath: string;
  cacheDir: string | null;
}

export interface PooledOutput {
  data: ArrayLike<number>;
  dims: number[];
}

export type FeatureExtractor = (
  texts: string[],
  options: { pooling: 'mean'; normalize: boolean },
) => Promise<PooledOutput>;

export interface TransformersModule {
  env: TransformersEnv;
  pipeline: (task: string, model: string, options?: Record<string, unknown>) => Promise<FeatureExtractor>;
}

/** What to load: a model id (found under localModelPath/cacheDir or on the Hub) or an absolute folder. */
export interface PipelineRequest {
  model: string;
  isFolder: boolean;
  dtype: string;
  allowDownload: boolean;
  localModelPath?: string;
  cacheDir?: string;
}

function asModule(candidate: unknown): TransformersModule | undefined {
  const m = candidate as Partial<TransformersModule> | undefined;
  if (m && typeof m.pipeline === 'function' && m.env && typeof m.env === 'object') return m as TransformersModule;
  return undefined;
}

const PACKAGE = '@huggingface/transformers';

type Importer = () => Promise<unknown>;
const importPackage: Importer = () => import('@huggingface/transformers');
let importer: Importer = importPackage;

/**
 * Replaces how @huggingface/transformers is imported, so tests can stand for a machine without it; called without
 * an argument, puts the real import back.
 */
export function setTransformersImporter(next?: Importer): void {
  importer = next ?? importPackage;
}

function isMissingPackage(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && String(message).includes(PACKAGE);
}

function engineMissing(error: unknown): ClaimdiffModelError {
  const alternative =
    'or pass another transformers.js module as options.transformers (for example the result of import("@xenova/transformers")). ' +
    'The built-in model needs neither.';
  if (isMissingPackage(error)) {
    return new ClaimdiffModelError(
      `Neural models run on transformers.js, which is not installed: npm install ${PACKAGE}, ${alternative}`,
      'ERR_ENGINE_MISSING',
      { cause: error },
    );
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new ClaimdiffModelError(
    `Neural models run on transformers.js, and ${PACKAGE} is installed but could not be loaded (${reason}): reinstall it ` +
      `(npm install ${PACKAGE}), ${alternative}`,
    'ERR_ENGINE_MISSING',
    { cause: error },
  );
}

/**
 * The transformers.js module to use: the caller's (`options.transformers`), else @huggingface/transformers,
 * imported only now so that nothing else ever loads it (nor onnxruntime). Throws ClaimdiffModelError
 * (ERR_ENGINE_MISSING) when it is not installed.
 */
export async function importTransformers(custom?: unknown): Promise<TransformersModule> {
  if (custom !== undefined && custom !== null) {
    const mod = asModule(custom) ?? asModule((custom as { default?: unknown }).default);
    if (!mod) {
      throw new ClaimdiffInputError(
        'options.transformers must be a transformers.js module (for example the result of import("@xenova/transformers")).',
        'ERR_OPTION_INVALID',
      );
    }
    return mod;
  }
  let imported: unknown;
  try {
    imported = await importer();
  } catch (error) {
    throw engineMissing(error);
  }
  const mod = asModule(imported) ?? asModule((imported as { default?: unknown } | undefined)?.default);
  if (!mod) throw engineMissing(new Error(`${PACKAGE} does not export pipeline and env`));
  return mod;
}

/** @xenova/transformers 2.x picks weights with `quantized`, later versions with `dtype`. */
export function isLegacy(mod: TransformersModule): boolean {
  return String(mod.env.version ?? '').startsWith('2.');
}

/** The ONNX file a dtype selects (transformers.js naming), for checking whether a model is present. */
export function onnxFileFor(dtype: string): string {
  const suffix: Record<string, string> = { fp32: '', fp16: '_fp16', q8: '_quantized', int8: '_int8', uint8: '_uint8' };
  return `model${suffix[dtype] ?? `_${dtype}`}.onnx`;
}

const HUB_ID = /^[\w\-.]{1,96}$/;

/**
 * transformers.js joins env.localModelPath with the model id; the 2.x line does so even for absolute
 * paths. Pointing localModelPath at the parent folder and naming the folder works in every version.
 */
function folderReference(folder: string): { localModelPath: string; model: string } {
  const name = basename(folder);
  if (HUB_ID.test(name) && !name.includes('..') && !name.includes('--')) {
    return { localModelPath: dirname(folder) + sep, model: name };
  }
  return { localModelPath: sep, model: folder };
}

function pipelineOptions(mod: TransformersModule, request: PipelineRequest): Record<string, unknown> {
  const options: Record<string, unknown> = { local_files_only: !request.allowDownload };
  if (request.cacheDir) options.cache_dir = request.cacheDir;
  if (isLegacy(mod)) {
    if (request.dtype !== 'fp32' && request.dtype !== 'q8') {
      throw new ClaimdiffInputError(
        `dtype "${request.dtype}" needs @huggingface/transformers; @xenova/transformers 2.x only loads fp32 and q8 weights.`,
        'ERR_OPTION_INVALID',
      );
    }
    options.quantized = request.dtype === 'q8';
  } else {
    options.dtype = request.dtype;
  }
  return options;
}

// env is one global object per module: loads take turns and put the caller's settings back afterwards.
const queues = new WeakMap<object, Promise<unknown>>();

async function withEnv<T>(mod: TransformersModule, settings: Partial<TransformersEnv>, run: () => Promise<T>): Promise<T> {
  const previous = queues.get(mod) ?? Promise.resolve();
  const turn = previous.catch(() => undefined).then(async () => {
    const env = mod.env as unknown as Record<string, unknown>;
    const saved: Record<string, unknown> = {};
    for (const key of Object.keys(settings)) saved[key] = env[key];
    Object.assign(env, settings);
    try {
      return await run();
    } finally {
      Object.assign(env, saved);
    }
  });
  queues.set(mod, turn);
  return turn;
}

/**
 * A feature-extraction pipeline for the request. transformers.js errors become a ClaimdiffModelError with a code
 * that says what went wrong (see loadFailure).
 */
export async function loadFeatureExtractor(mod: TransformersModule, request: PipelineRequest): Promise<FeatureExtractor> {
  const settings: Partial<TransformersEnv> = { allowRemoteModels: request.allowDownload, allowLocalModels: true };
  let model = request.model;
  if (request.isFolder) {
    const ref = folderReference(request.model);
    settings.localModelPath = ref.localModelPath;
    model = ref.model;
  } else if (request.localModelPath) {
    settings.localModelPath = request.localModelPath.endsWith(sep) ? request.localModelPath : request.localModelPath + sep;
  }
  if (request.cacheDir) settings.cacheDir = request.cacheDir;
  const options = pipelineOptions(mod, request);
  try {
    return await withEnv(mod, settings, () => mod.pipeline('feature-extraction', model, options));
  } catch (error) {
    throw loadFailure(error, request);
  }
}
