// A tiny static embedding model in transformers.js layout, written into a temporary folder:
// an ONNX Gather over an 8-dimensional matrix and a WordPiece tokenizer with a few dozen tokens.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import onnxProto from 'onnx-proto';
import { SPECIAL_TOKENS, writeModelFolder } from '../../scripts/model-files.mjs';

const { onnx } = onnxProto;

export const TINY_DIM = 8;

/** Content words, each on its own axis (two words share an axis when the index repeats). */
const WORDS: [string, number][] = [
  ['cat', 0],
  ['dog', 1],
  ['sat', 2],
  ['ran', 3],
  ['mat', 4],
  ['red', 5],
  ['car', 6],
  ['house', 7],
  ['kat', 0], // a "translation" of cat: same axis
  ['hus', 7],
];
/** Function words and pieces: short vectors, so they weigh little in the mean. */
const LIGHT: string[] = ['the', 'a', 'on', 'in', 'is', '##s', '##e', 'x', '##x'];

export const TINY_VOCAB = [...SPECIAL_TOKENS, ...WORDS.map(([w]) => w), ...LIGHT];

function tinyMatrix(): Float32Array {
  const matrix = new Float32Array(TINY_VOCAB.length * TINY_DIM);
  WORDS.forEach(([word, axis]) => {
    const row = TINY_VOCAB.indexOf(word);
    matrix[row * TINY_DIM + axis] = 1;
    matrix[row * TINY_DIM + ((axis + 1) % TINY_DIM)] = 0.2;
  });
  LIGHT.forEach((piece, i) => {
    const row = TINY_VOCAB.indexOf(piece);
    for (let d = 0; d < TINY_DIM; d++) matrix[row * TINY_DIM + d] = ((i + d) % 3) * 0.02;
  });
  return matrix;
}

/**
 * Writes the tiny model into `folder` (config.json, tokenizer.json, tokenizer_config.json, onnx/model.onnx).
 * With `quantizedCopy`, onnx/model_quantized.onnx is written too, as a Hub model folder has it for dtype q8.
 */
export function writeTinyModel(folder: string, { quantizedCopy = false } = {}): string {
  writeModelFolder(folder, { vocab: TINY_VOCAB, dim: TINY_DIM, weights: { matrix: tinyMatrix() } });
  if (quantizedCopy) copyFileSync(join(folder, 'onnx', 'model.onnx'), join(folder, 'onnx', 'model_quantized.onnx'));
  return folder;
}

/** A fresh temporary folder and a function that removes it. */
export function temporaryFolder(prefix = 'claimdiff-embed-'): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/**
 * The tiny model with a graph that is more than a lookup (an Identity after the Gather), as a neural model's
 * graph is: it gives the same vectors, but only transformers.js runs it.
 */
export function writeTinyNeuralModel(folder: string): string {
  writeTinyModel(folder);
  const path = join(folder, 'onnx', 'model.onnx');
  const model = onnx.ModelProto.decode(readFileSync(path));
  model.graph!.node![0].output = ['rows'];
  model.graph!.node!.push(onnx.NodeProto.create({ opType: 'Identity', input: ['rows'], output: ['last_hidden_state'] }));
  writeFileSync(path, onnx.ModelProto.encode(model).finish());
  return folder;
}
