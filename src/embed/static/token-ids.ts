// Token ids for a text, as transformers.js's feature-extraction pipeline makes them: claimdiff's own word-piece
// tokenizer (word-piece.ts, for its own models) or the tokenizer transformers.js itself runs (@huggingface/tokenizers,
// from tokenizer.json) gives the ids, the post-processor's special tokens go around the text, and the result is cut
// at model_max_length.
//
// Claims repeat words, so ids are remembered per chunk of text between spaces. That is exact only where every
// step before the word-piece model treats those spaces as boundaries, so it is done for BERT-style tokenizers
// (BertPreTokenizer after Unicode, lowercase, accent and BERT normalizers), and the whole text is encoded otherwise.
import { createRequire } from 'node:module';
import type { Tokenizer } from '@huggingface/tokenizers';
import { WordPiece } from './word-piece';

/** Chunks remembered, and the longest chunk worth remembering (longer ones are rare and mostly junk). */
const CACHED_CHUNKS = 50_000;
const LONGEST_CACHED_CHUNK = 64;

/**
 * Characters a chunk ends at: ASCII space, tab, line feed and carriage return. Every BERT normalizer keeps them as
 * white space and BertPreTokenizer splits there. (Form feed and vertical tab are not among them: the BERT
 * normalizer deletes those as control characters, which joins the words around them.)
 */
function isChunkEnd(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

const CHUNK_SAFE_NORMALIZERS = new Set(['BertNormalizer', 'NFC', 'NFD', 'NFKC', 'NFKD', 'Lowercase', 'StripAccents']);

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function normalizerIsChunkSafe(normalizer: unknown): boolean {
  if (normalizer === null || normalizer === undefined) return true;
  if (!isObject(normalizer)) return false;
  if (normalizer.type === 'Sequence') {
    return Array.isArray(normalizer.normalizers) && normalizer.normalizers.every(normalizerIsChunkSafe);
  }
  return CHUNK_SAFE_NORMALIZERS.has(String(normalizer.type));
}

function chunkingIsExact(tokenizerJson: Json, config: Json): boolean {
  const model = tokenizerJson.model;
  const preTokenizer = tokenizerJson.pre_tokenizer;
  const added = Array.isArray(tokenizerJson.added_tokens) ? tokenizerJson.added_tokens : [];
  return (
    isObject(model) &&
    model.type === 'WordPiece' &&
    isObject(preTokenizer) &&
    preTokenizer.type === 'BertPreTokenizer' &&
    normalizerIsChunkSafe(tokenizerJson.normalizer) &&
    !config.remove_space &&
    !config.do_lowercase_and_remove_accent &&
    added.every((token) => isObject(token) && ![...String(token.content)].some((c) => isChunkEnd(c.charCodeAt(0))))
  );
}

/** transformers.js truncates to tokenizer_config.json's model_max_length, special tokens included. */
function maxLength(config: Json): number {
  const value = config.model_max_length;
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.floor(value) : Infinity;
}

function equal(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function wordPieceEncoder(wordPiece: WordPiece): Encoder {
  return {
    chunk: (text) => wordPiece.encode(text),
    whole: (text) => [...wordPiece.before, ...wordPiece.encode(text), ...wordPiece.after],
    around: { before: wordPiece.before, after: wordPiece.after },
  };
}

/** The library, loaded when a model needs it (claimdiff's own models do not). */
function loadTokenizerClass(): typeof Tokenizer {
  const library = createRequire(import.meta.url)('@huggingface/tokenizers') as { Tokenizer: typeof Tokenizer };
  return library.Tokenizer;
}

function libraryEncoder(tokenizerJson: Json, config: Json): Encoder {
  const tokenizer = new (loadTokenizerClass())(tokenizerJson, config);
  const encoder: Encoder = {
    chunk: (text) => tokenizer.encode(text, { add_special_tokens: false }).ids,
    whole: (text) => tokenizer.encode(text).ids,
  };
  if (chunkingIsExact(tokenizerJson, config)) encoder.around = specialTokens(tokenizer);
  return encoder;
}

/**
 * The special tokens around a text, read off the tokenizer itself: a probe word encoded with and without them.
 * Undefined when they do not simply surround the text.
 */
function specialTokens(tokenizer: Tokenizer): { before: number[]; after: number[] } | undefined {
  const plain = tokenizer.encode('x', { add_special_tokens: false }).ids;
  const full = tokenizer.encode('x').ids;
  const empty = tokenizer.encode('').ids;
  for (let at = 0; at + plain.length <= full.length; at++) {
    const before = full.slice(0, at);
    const after = full.slice(at + plain.length);
    if (equal(full, [...before, ...plain, ...after]) && equal(empty, [...before, ...after])) return { before, after };
  }
  return undefined;
}

/** What turns text into ids: a chunk without its special tokens, or a whole text with them. */
interface Encoder {
  chunk(text: string): number[];
  whole(text: string): number[];
  /** The ids the post-processor puts before and after a text; undefined when chunks are not used. */
  around?: { before: number[]; after: number[] };
}

export class TokenIds {
  private readonly encoder: Encoder;
  private readonly limit: number;
  private readonly chunks = new Map<string, number[]>();
  private readonly mostChunks: number;

  /** Throws when the tokenizer files are not something @huggingface/tokenizers can run. */
  constructor(tokenizerJson: Json, config: Json, options?: { cachedChunks?: number });
  /** Ids from claimdiff's own word-piece tokenizer (see word-piece.ts). */
  constructor(wordPiece: WordPiece, config: Json, options?: { cachedChunks?: number });
  constructor(source: Json | WordPiece, config: Json, { cachedChunks = CACHED_CHUNKS } = {}) {
    this.encoder = source instanceof WordPiece ? wordPieceEncoder(source) : libraryEncoder(source, config);
    this.mostChunks = Math.max(1, cachedChunks);
    this.limit = maxLength(config);
  }

  /** The ids of one chunk (no special tokens), remembered while there is room. */
  private chunkIds(chunk: string): number[] {
    const known = this.chunks.get(chunk);
    if (known) return known;
    const ids = this.encoder.chunk(chunk);
    if (chunk.length <= LONGEST_CACHED_CHUNK) {
      // Oldest first out; a map keeps insertion order, so this is constant time.
      if (this.chunks.size >= this.mostChunks) this.chunks.delete(this.chunks.keys().next().value as string);
      this.chunks.set(chunk, ids);
    }
    return ids;
  }

  /** The model's input ids for `text`: special tokens included, at most model_max_length of them. */
  ids(text: string): number[] {
    const around = this.encoder.around;
    if (!around) {
      const ids = this.encoder.whole(text);
      return ids.length > this.limit ? ids.slice(0, this.limit) : ids;
    }
    const ids = around.before.slice();
    const n = text.length;
    let i = 0;
    // Past the limit nothing more is kept, so tokenising stops there; the closing tokens then fall off too.
    while (i < n && ids.length < this.limit) {
      while (i < n && isChunkEnd(text.charCodeAt(i))) i++;
      const start = i;
      while (i < n && !isChunkEnd(text.charCodeAt(i))) i++;
      if (i > start) for (const id of this.chunkIds(text.slice(start, i))) ids.push(id);
    }
    for (const id of around.after) ids.push(id);
    return ids.length > this.limit ? ids.slice(0, this.limit) : ids;
  }

  /** How many chunks are remembered. */
  get cachedChunks(): number {
    return this.chunks.size;
  }

  /** Whether ids are remembered per chunk (false: every text is encoded whole). */
  get chunked(): boolean {
    return this.encoder.around !== undefined;
  }
}
