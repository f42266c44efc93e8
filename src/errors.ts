// Typed errors. Each carries a stable `code` a program can branch on; the message names the problem in plain words.

export type ClaimdiffErrorCode =
  /** An article that is not an object with a string `text`; a pair (or a batch line) that is not a pair. */
  | 'ERR_INPUT_INVALID'
  /** An article with no text, or only white space. */
  | 'ERR_INPUT_EMPTY'
  /** An article over the length limit. */
  | 'ERR_INPUT_TOO_LONG'
  /** Binary data where text was expected. */
  | 'ERR_INPUT_BINARY'
  /** Markup where plain text was expected. */
  | 'ERR_INPUT_HTML'
  /** A `published` that is not a calendar date like 2017-12-08. */
  | 'ERR_PUBLISHED_INVALID'
  /** A language code that is malformed or names a language with no pack. */
  | 'ERR_LANGUAGE_UNSUPPORTED'
  /** No language given, and the text does not tell which it is. */
  | 'ERR_LANGUAGE_UNDETECTED'
  /** An option of the wrong type or out of range. */
  | 'ERR_OPTION_INVALID'
  /** A model (folder, id, or the built-in one) that is not where it was looked for. */
  | 'ERR_MODEL_NOT_FOUND'
  /** A model that was found but could not be read or run. */
  | 'ERR_MODEL_INVALID'
  /** A model built for a list of languages that lacks the language of an article being compared. */
  | 'ERR_MODEL_LANGUAGE'
  /** A neural model was asked for and no transformers.js package is installed. */
  | 'ERR_ENGINE_MISSING'
  /** A download that was allowed but failed. */
  | 'ERR_NETWORK'
  /** The caller aborted the work (an AbortSignal). */
  | 'ERR_ABORTED'
  /** Anything else: an unexpected failure inside claimdiff, or an error from a caller-supplied embedder. */
  | 'ERR_INTERNAL';

/** Every error claimdiff throws on purpose. */
export class ClaimdiffError extends Error {
  readonly code: ClaimdiffErrorCode;
  constructor(message: string, code: ClaimdiffErrorCode, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ClaimdiffError';
    this.code = code;
  }
}

/** An input or option the library cannot work with. */
export class ClaimdiffInputError extends ClaimdiffError {
  constructor(message: string, code: ClaimdiffErrorCode = 'ERR_INPUT_INVALID', options?: { cause?: unknown }) {
    super(message, code, options);
    this.name = 'ClaimdiffInputError';
  }
}

/** A model or engine that cannot be found, loaded or fetched. */
export class ClaimdiffModelError extends ClaimdiffError {
  constructor(message: string, code: ClaimdiffErrorCode = 'ERR_MODEL_INVALID', options?: { cause?: unknown }) {
    super(message, code, options);
    this.name = 'ClaimdiffModelError';
  }
}

/** The work was stopped through an AbortSignal. */
export class ClaimdiffAbortError extends ClaimdiffError {
  constructor(message = 'The comparison was aborted.', options?: { cause?: unknown }) {
    super(message, 'ERR_ABORTED', options);
    this.name = 'AbortError';
  }
}
