// Word vectors for the word alignment inside aligned groups: the built-in model's token rows, one word at a time.
// The built-in model is a bag of words, so its rows are word vectors already: a word's vector is the sum of its
// word pieces' rows (no [CLS] or [SEP]). Its length is the word's weight (frequent function words weigh little);
// its direction is what it means, shared by Danish and English. Whatever model embeds the claims, the words are
// aligned with these vectors: they are small, in the package, and need no network.
import { perWord } from '../keys/word-memo';
import { builtinModelFolder } from './builtin';
import { onnxFileFor } from './transformers';
import type { StaticModel } from './static';
import { staticModelAt } from './static-models';

export interface WordVector {
  /** Unit length. */
  unit: Float32Array;
  /** The length of the summed rows, per word piece: how much the model lets the word weigh. */
  weight: number;
}

export interface WordVectors {
  /** The vector of one word (case is ignored), or undefined when the model has nothing for it. */
  vectorOf(word: string): WordVector | undefined;
}

/**
 * Words remembered per model; past this many the memo starts again (an article has a few thousand; 20,000 vectors
 * of the built-in model take 18 MB).
 */
const MEMO_LIMIT = 20_000;
/** A word longer than this is no word (a URL, a hash): it gets no vector. */
const LONGEST_WORD = 64;

/**
 * A word the vocabulary splits into pieces none of which is this long is spelt out, not known ('Nakamura' =
 * na ##ka ##m ##ura): its vector is the sum of unrelated fragments and would pair it with chance words. A known
 * word, or a compound of known parts ('Filmskolen' = film ##skole ##n), has a piece this long.
 */
const KNOWN_PIECE = 5;

/**
 * The word vectors of a static model. With its vocabulary (the token of each id), words spelt out in short pieces get
 * no vector.
 */
export function wordVectorsOf(model: StaticModel): WordVectors {
  const { vocabulary } = model;
  const { dim, values, scales, vocabSize } = model.table;
  const known = (ids: number[]) =>
    !vocabulary || ids.length === 1 || ids.some((id) => (vocabulary[id] ?? '').replace(/^##/, '').length >= KNOWN_PIECE);
  const compute = (word: string): WordVector | undefined => {
    const ids = model.tokenIds(word).slice(1, -1);
    if (ids.length === 0 || !known(ids)) return undefined;
    const sum = new Float32Array(dim);
    for (const id of ids) {
      if (!(id >= 0 && id < vocabSize)) return undefined;
      const scale = scales ? scales[id] : 1;
      for (let k = 0, row = id * dim; k < dim; k++) sum[k] += values[row + k] * scale;
    }
    let norm = 0;
    for (let k = 0; k < dim; k++) norm += sum[k] * sum[k];
    norm = Math.sqrt(norm);
    if (!(norm > 0) || !Number.isFinite(norm)) return undefined;
    for (let k = 0; k < dim; k++) sum[k] /= norm;
    return { unit: sum, weight: norm / ids.length };
  };
  const remembered = perWord(compute, MEMO_LIMIT);
  return {
    vectorOf(word) {
      if (typeof word !== 'string' || word.length === 0 || word.length > LONGEST_WORD) return undefined;
      return remembered(word.toLowerCase());
    },
  };
}

const loaded = new Map<string, WordVectors | undefined>();

/**
 * The built-in model's word vectors (from `modelPath` when given), loaded once per folder; undefined when the model
 * is not there, so that a bundle without it still compares, only without word-level evidence.
 */
export function loadWordVectors(modelPath?: string): WordVectors | undefined {
  let folder: string;
  try {
    folder = builtinModelFolder(modelPath);
  } catch {
    return undefined;
  }
  if (!loaded.has(folder)) {
    let vectors: WordVectors | undefined;
    try {
      const model = staticModelAt(folder, onnxFileFor('fp32'));
      vectors = model ? wordVectorsOf(model) : undefined;
    } catch {
      vectors = undefined;
    }
    loaded.set(folder, vectors);
  }
  return loaded.get(folder);
}

