// Static models loaded once per file: the embedder and the word alignment read the same built-in model.
import { loadStaticModel, type StaticModel } from './static';

const models = new Map<string, StaticModel>();

/**
 * The static model of `onnxFile` in `folder`, read once and then remembered (a model found not to be a lookup,
 * or one that fails to load, is not remembered). Throws as loadStaticModel does.
 */
export function staticModelAt(folder: string, onnxFile: string): StaticModel | undefined {
  const key = JSON.stringify([folder, onnxFile]);
  const known = models.get(key);
  if (known) return known;
  const model = loadStaticModel(folder, onnxFile);
  if (model) models.set(key, model);
  return model;
}
