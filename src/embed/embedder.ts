// What every embedder is, whichever engine runs it, and the text handling all of them share.
import { remembering } from './memo';

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
  /**
   * The languages the model was built for, as BCP-47 primary subtags ('da', 'en'). Absent (or empty): not said,
   * and compare() does not check the articles' languages against the model.
   */
  languages?: readonly string[];
  /**
   * How to read `languages`. 'listed' (the default): the model knows these languages and no others, so comparing
   * another is refused (ClaimdiffModelError, ERR_MODEL_LANGUAGE). 'broad': a multilingual model trained on many
   * languages; one missing from its list gets a warning (WARN_MODEL_LANGUAGE) and the comparison goes ahead.
   */
  coverage?: 'listed' | 'broad';
}

/** What a model says about its languages: the `languages` and `coverage` of its Embedder. */
export type LanguageDeclaration = Pick<Embedder, 'languages' | 'coverage'>;

/** Tokenizers truncate at 512 tokens anyway; cutting first keeps pathological input cheap. */
export const MAX_CHARS = 20_000;

/**
 * Text put before every input. Hook for models trained with prefixes: e5 models expect 'query: '
 * (or 'passage: ') in front of each text; claims are compared symmetrically, so 'query: ' on both sides.
 */
export function textPrefix(model: string): string {
  return /(^|[\\/])(multilingual-)?e5-/i.test(model) ? 'query: ' : '';
}

/** What the model is given for `text`. */
export function modelInput(prefix: string, text: unknown): string {
  return prefix + String(text ?? '').slice(0, MAX_CHARS);
}

/**
 * An Embedder around a function that embeds a list of texts, with the memo every loaded embedder has, and the
 * languages the model declares.
 */
export function embedderOf(
  name: string,
  dim: number,
  embedAll: (texts: string[]) => Promise<Float32Array[]>,
  declared: LanguageDeclaration = {},
): Embedder {
  const embed = remembering(embedAll);
  return {
    name,
    dim,
    embed: (texts) => (Array.isArray(texts) && texts.length > 0 ? embed(texts) : Promise.resolve([])),
    ...(declared.languages ? { languages: Object.freeze([...declared.languages]) } : {}),
    ...(declared.coverage ? { coverage: declared.coverage } : {}),
  };
}
