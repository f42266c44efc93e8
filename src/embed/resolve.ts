// Turns EmbedOptions.model ('builtin' | 'auto' | model id | folder) into one concrete thing to load.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { ClaimdiffModelError } from '../errors';
import type { EmbedOptions } from './options';
import { builtinModelFolder, builtinModelName } from './builtin';
import type { LanguageDeclaration } from './embedder';
import { declaredLanguages } from './model-languages';
import { onnxFileFor, type PipelineRequest, type TransformersModule } from './transformers';

/** The neural model 'auto' prefers: 384-d, 50+ languages, Tatoeba dan–eng accuracy 96.0 as published. */
export const RECOMMENDED_MODEL = 'Xenova/paraphrase-multilingual-MiniLM-L12-v2';

export interface ModelPlan {
  /** What transformers.js loads. */
  request: PipelineRequest;
  /** What Embedder.name reports. */
  name: string;
  /** Model id or folder, for text prefixes. */
  model: string;
  /** The languages the model was built for, as its Embedder declares them. */
  declared: LanguageDeclaration;
  /** A folder on this machine and the ONNX file its dtype selects: when that is a lookup, no engine is needed. */
  local?: { folder: string; onnxFile: string };
  /** Loaded instead when this plan fails ('auto' only). */
  fallback?: () => ModelPlan;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function looksLikePath(model: string): boolean {
  return isAbsolute(model) || /^\.{1,2}([\\/]|$)/.test(model) || model.startsWith('~') || model.includes('\\');
}

/** Roots transformers.js looks in before the network: the local model folder and the download cache. */
function localRoots(mod: TransformersModule, options: EmbedOptions): string[] {
  const roots = [options.localModelPath ?? mod.env.localModelPath, options.cacheDir ?? mod.env.cacheDir];
  return roots.filter((root): root is string => typeof root === 'string' && root.length > 0);
}

/** Whether `id` with weights for `dtype` is already on this machine. */
export function isModelLocal(mod: TransformersModule, options: EmbedOptions, id: string, dtype: string): boolean {
  return localRoots(mod, options).some(
    (root) => existsSync(join(root, id, 'config.json')) && existsSync(join(root, id, 'onnx', onnxFileFor(dtype))),
  );
}

/** The built-in model: found beside the code, or at options.modelPath. */
export function builtinPlan(options: EmbedOptions): ModelPlan {
  const folder = builtinModelFolder(options.modelPath);
  const onnxFile = onnxFileFor('fp32');
  if (!existsSync(join(folder, 'onnx', onnxFile))) {
    throw new ClaimdiffModelError(
      `The built-in model in "${folder}" is incomplete: onnx/${onnxFile} is missing. Copy the whole models/builtin/ folder.`,
      'ERR_MODEL_INVALID',
    );
  }
  return {
    request: { model: folder, isFolder: true, dtype: 'fp32', allowDownload: false },
    name: builtinModelName(folder),
    model: 'builtin',
    declared: declaredLanguages('builtin', readConfig(folder)),
    local: { folder, onnxFile },
  };
}

function readConfig(folder: string): Record<string, unknown> | undefined {
  try {
    const config = JSON.parse(readFileSync(join(folder, 'config.json'), 'utf8'));
    return typeof config === 'object' && config !== null && !Array.isArray(config) ? config : undefined;
  } catch {
    return undefined;
  }
}

/** A local folder in transformers.js layout. */
export function folderPlan(given: string, options: EmbedOptions): ModelPlan {
  const folder = resolve(given);
  const config = readConfig(folder);
  if (!config) {
    throw new ClaimdiffModelError(
      `The model folder "${given}" has no readable config.json; it must be a transformers.js model folder (config.json, tokenizer.json, onnx/).`,
      'ERR_MODEL_INVALID',
    );
  }
  // A folder without quantised weights (like the static models) runs in full precision.
  const dtype =
    options.dtype ?? (config.claimdiff || !existsSync(join(folder, 'onnx', onnxFileFor('q8'))) ? 'fp32' : 'q8');
  const onnxFile = onnxFileFor(dtype);
  if (!existsSync(join(folder, 'onnx', onnxFile))) {
    throw new ClaimdiffModelError(
      `The model folder "${given}" has no onnx/${onnxFile}, the weights for dtype ${dtype}.`,
      'ERR_MODEL_INVALID',
    );
  }
  return {
    request: { model: folder, isFolder: true, dtype, allowDownload: false },
    name: `${given} (${dtype})`,
    model: given,
    declared: declaredLanguages(folder, config),
    local: { folder, onnxFile },
  };
}

function hubPlan(id: string, options: EmbedOptions): ModelPlan {
  const dtype = options.dtype ?? 'q8';
  return {
    request: {
      model: id,
      isFolder: false,
      dtype,
      allowDownload: options.allowDownload === true,
      localModelPath: options.localModelPath,
      cacheDir: options.cacheDir,
    },
    name: `${id} (${dtype})`,
    model: id,
    declared: declaredLanguages(id),
  };
}

/** The option's model, trimmed; '' for the built-in one. */
export function requestedModel(options: EmbedOptions): string {
  const model = typeof options.model === 'string' ? options.model.trim() : '';
  return model === 'builtin' ? '' : model;
}

/** 'auto' with an engine at hand: the recommended neural model when it is local or may be downloaded. */
export function autoPlan(mod: TransformersModule, options: EmbedOptions): ModelPlan {
  const dtype = options.dtype ?? 'q8';
  if (options.allowDownload === true || isModelLocal(mod, options, RECOMMENDED_MODEL, dtype)) {
    return { ...hubPlan(RECOMMENDED_MODEL, options), fallback: () => builtinPlan(options) };
  }
  return builtinPlan(options);
}

/** A model that is not 'builtin' or 'auto': a folder, or a model id (which needs the engine). */
export function namedPlan(model: string, options: EmbedOptions, engine: () => Promise<TransformersModule>): ModelPlan | Promise<ModelPlan> {
  if (isDirectory(model)) return folderPlan(model, options);
  if (looksLikePath(model)) {
    throw new ClaimdiffModelError(`The model folder "${model}" does not exist.`, 'ERR_MODEL_NOT_FOUND');
  }
  return engine().then((mod) => {
    const plan = hubPlan(model, options);
    if (!plan.request.allowDownload && !isModelLocal(mod, options, model, plan.request.dtype)) {
      throw new ClaimdiffModelError(
        `Model "${model}" (${plan.request.dtype}) was not found locally and downloads are off; pass allowDownload: true ` +
          'to fetch it from the Hugging Face Hub, or point localModelPath (the folder holding ' +
          `${model}/) or cacheDir at a folder that holds it.`,
        'ERR_MODEL_NOT_FOUND',
      );
    }
    return plan;
  });
}
