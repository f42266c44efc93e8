// A static embedding model (one lookup in an embedding matrix, mean pooling) run in plain TypeScript, from the
// same files transformers.js reads: tokenizer.json, tokenizer_config.json and onnx/<file>.onnx.
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { ClaimdiffModelError } from '../../errors';
import { mayBeLookupTable, readLookupTable, type LookupTable } from './lookup-table';
import { meanOfRows, normaliseInPlace } from './mean-pool';
import { ProtobufError } from './protobuf';
import { TokenIds } from './token-ids';
import { readVocabulary, WordPiece } from './word-piece';

export type { LookupTable } from './lookup-table';
export { meanOfRows, normaliseInPlace } from './mean-pool';

export interface StaticModel {
  dim: number;
  table: LookupTable;
  /** The model's input ids for a text, as transformers.js would feed them. */
  tokenIds(text: string): number[];
  /** The unit vector of a text (zeros when it has nothing to embed). */
  embedText(text: string): Float32Array;
  /** The token of each id, when the model ships its own vocab.txt (claimdiff's static models). */
  vocabulary?: readonly string[];
}

/** Enough of an ONNX file to see its nodes: they come before the weights. */
const PEEK_BYTES = 64 * 1024;

function readStart(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(PEEK_BYTES);
    return buffer.subarray(0, readSync(fd, buffer, 0, PEEK_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

function invalid(folder: string, what: string, error: unknown): ClaimdiffModelError {
  const reason = error instanceof Error ? error.message : String(error);
  return new ClaimdiffModelError(`The model in "${folder}" cannot be read: ${what} (${reason}).`, 'ERR_MODEL_INVALID', {
    cause: error,
  });
}

function readJson(folder: string, file: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(join(folder, file), 'utf8'));
  } catch (error) {
    throw invalid(folder, `${file} is missing or is not JSON`, error);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(folder, `${file} is not a JSON object`, new Error('expected an object'));
  }
  return value as Record<string, unknown>;
}

function lookupTableOf(folder: string, onnxPath: string): LookupTable | undefined {
  let bytes: Uint8Array;
  try {
    if (!mayBeLookupTable(readStart(onnxPath))) return undefined;
    bytes = readFileSync(onnxPath);
  } catch (error) {
    throw invalid(folder, `${onnxPath} cannot be read`, error);
  }
  try {
    return readLookupTable(bytes);
  } catch (error) {
    if (error instanceof ProtobufError) throw invalid(folder, `${onnxPath} is not a well-formed ONNX model`, error);
    throw error;
  }
}

/**
 * Token ids for the model in `folder`. claimdiff's own static models (config.json says so) also ship vocab.txt, and
 * their word-piece tokenizer runs here in plain TypeScript (the vocabulary comes back with it); any other
 * tokenizer.json runs in @huggingface/tokenizers.
 */
function tokenIdsOf(folder: string): { tokens: TokenIds; vocabulary?: string[] } {
  const vocabularyFile = join(folder, 'vocab.txt');
  const own = (readJson(folder, 'config.json').claimdiff as { kind?: unknown } | undefined)?.kind === 'static';
  if (own && existsSync(vocabularyFile)) {
    const tokenizerConfig = readJson(folder, 'tokenizer_config.json');
    try {
      const vocabulary = readVocabulary(readFileSync(vocabularyFile, 'utf8'));
      return { tokens: new TokenIds(new WordPiece(vocabulary, tokenizerConfig), tokenizerConfig), vocabulary };
    } catch (error) {
      throw invalid(folder, 'vocab.txt does not hold the tokens tokenizer_config.json names', error);
    }
  }
  const tokenizerJson = readJson(folder, 'tokenizer.json');
  const tokenizerConfig = readJson(folder, 'tokenizer_config.json');
  try {
    return { tokens: new TokenIds(tokenizerJson, tokenizerConfig) };
  } catch (error) {
    throw invalid(folder, 'tokenizer.json describes no tokenizer that can run here', error);
  }
}

/**
 * The model in `folder` when its ONNX file (`onnxFile` under onnx/) is a lookup graph; undefined when it is some
 * other graph. Throws ClaimdiffModelError (ERR_MODEL_INVALID) when the files cannot be read.
 */
export function loadStaticModel(folder: string, onnxFile: string): StaticModel | undefined {
  const table = lookupTableOf(folder, join(folder, 'onnx', onnxFile));
  if (!table) return undefined;
  const { tokens, vocabulary } = tokenIdsOf(folder);
  const sums = new Float64Array(table.dim);
  return {
    dim: table.dim,
    table,
    ...(vocabulary ? { vocabulary } : {}),
    tokenIds: (text) => tokens.ids(text),
    embedText(text) {
      const vector = new Float32Array(table.dim);
      const ids = tokens.ids(text);
      try {
        if (!meanOfRows(table, ids, sums, vector)) return vector;
      } catch (error) {
        throw invalid(folder, 'its tokenizer and its embedding matrix do not fit together', error);
      }
      return normaliseInPlace(vector);
    },
  };
}
