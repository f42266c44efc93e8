// What a failed transformers.js load means, as a ClaimdiffModelError a program can branch on:
// ERR_NETWORK when an allowed download failed on the way, ERR_MODEL_NOT_FOUND when the files are not where they
// were looked for, ERR_MODEL_INVALID when they were found but could not be read.
import { ClaimdiffModelError, type ClaimdiffErrorCode } from '../errors';

interface Request {
  model: string;
  dtype: string;
  isFolder: boolean;
  allowDownload: boolean;
}

/** Error codes of Node's network stack (and of its fetch, undici). */
const NETWORK_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'EPIPE',
  'CERT_HAS_EXPIRED',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
]);

/** Messages transformers.js and fetch give when a request failed on the way or the server could not answer. */
const NETWORK_MESSAGE =
  /fetch failed|network|socket|getaddrinfo|timed? ?out|Request timeout|Internal server error|Bad gateway|Service unavailable|Gateway timeout/i;
/** transformers.js's words for a file that is not there (locally, or on the Hub: 401, 403, 404). */
const NOT_FOUND_MESSAGE = /Could not locate file|not found locally|file was not found|Unauthorized access|Forbidden access|no such file/i;

/** The error and its causes, outermost first (at most a few levels; causes can form a loop). */
function chain(error: unknown): unknown[] {
  const errors: unknown[] = [];
  for (let e = error; e !== undefined && e !== null && errors.length < 8 && !errors.includes(e); ) {
    errors.push(e);
    e = (e as { cause?: unknown }).cause;
  }
  return errors;
}

function field(error: unknown, key: 'code' | 'message' | 'name'): string {
  const value = (error as Record<string, unknown> | undefined)?.[key];
  return typeof value === 'string' ? value : '';
}

export function failureCode(error: unknown, allowDownload: boolean): ClaimdiffErrorCode {
  const errors = chain(error);
  if (allowDownload && errors.some((e) => NETWORK_CODES.has(field(e, 'code')) || field(e, 'code').startsWith('UND_ERR_'))) {
    return 'ERR_NETWORK';
  }
  if (errors.some((e) => field(e, 'name') === 'ModelFileNotFoundError' || NOT_FOUND_MESSAGE.test(field(e, 'message')))) {
    return 'ERR_MODEL_NOT_FOUND';
  }
  if (allowDownload && errors.some((e) => NETWORK_MESSAGE.test(field(e, 'message')))) return 'ERR_NETWORK';
  return 'ERR_MODEL_INVALID';
}

const ADVICE: Partial<Record<ClaimdiffErrorCode, string>> = {
  ERR_NETWORK: ' The download failed on the way: check the connection (or a proxy), or put the model in a folder on this machine and pass that folder, or its parent as localModelPath.',
  ERR_MODEL_NOT_FOUND: ' Pass a folder that holds it, or the folder above it as localModelPath.',
};

/** A ClaimdiffModelError for a transformers.js load that threw `error`. */
export function loadFailure(error: unknown, request: Request): ClaimdiffModelError {
  const found = failureCode(error, request.allowDownload);
  // A folder that is there but lacks a file the model needs is a model that cannot be read.
  const code = request.isFolder && found === 'ERR_MODEL_NOT_FOUND' ? 'ERR_MODEL_INVALID' : found;
  const reason = error instanceof Error ? error.message : String(error);
  const advice = ADVICE[code] ?? '';
  return new ClaimdiffModelError(`Could not load the embedding model "${request.model}" (${request.dtype}): ${reason}${advice}`, code, {
    cause: error,
  });
}
