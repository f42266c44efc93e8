import { describe, expect, it } from 'vitest';
import { checkCompareManyOptions, checkCompareOptions } from '../src/check-options';
import { compare } from '../src/compare';
import { compareMany } from '../src/compare-many';
import { ClaimdiffInputError } from '../src/errors';

const article = { text: 'Mødet varede 40 minutter.', lang: 'da' };
const other = { text: 'The meeting lasted 45 minutes.', lang: 'en' };

/** [options, the option the message must name, how it must show the bad value] */
const BAD_OPTIONS: [Record<string, unknown>, string, string][] = [
  [{ minConfidence: NaN }, 'minConfidence', 'NaN'],
  [{ minConfidence: 'x' }, 'minConfidence', '"x"'],
  [{ minConfidence: '0.5' }, 'minConfidence', '"0.5"'],
  [{ minConfidence: -1 }, 'minConfidence', '-1'],
  [{ minConfidence: 2 }, 'minConfidence', '2'],
  [{ minConfidence: Infinity }, 'minConfidence', 'Infinity'],
  [{ timings: 'yes' }, 'timings', '"yes"'],
  [{ timings: 0 }, 'timings', '0'],
  [{ wordAlignment: 'no' }, 'wordAlignment', '"no"'],
  [{ model: 42 }, 'model', '42'],
  [{ model: null }, 'model', 'null'],
  [{ allowDownload: 'true' }, 'allowDownload', '"true"'],
  [{ alignment: 0.5 }, 'alignment', '0.5'],
  [{ alignment: [1] }, 'alignment', 'an array'],
  [{ alignment: null }, 'alignment', 'null'],
  [{ embedder: { name: 'x', dim: 3 } }, 'embedder', 'an object with name, dim'],
  [{ embedder: async () => [] }, 'embedder', 'a function'],
];

const BAD_MANY_OPTIONS: [Record<string, unknown>, string, string][] = [
  [{ concurrency: 0 }, 'concurrency', '0'],
  [{ concurrency: -2 }, 'concurrency', '-2'],
  [{ concurrency: 2.5 }, 'concurrency', '2.5'],
  [{ concurrency: '4' }, 'concurrency', '"4"'],
  [{ concurrency: Infinity }, 'concurrency', 'Infinity'],
  [{ signal: { aborted: false } }, 'signal', 'an object with aborted'],
  [{ signal: true }, 'signal', 'true'],
  [{ onProgress: 'log' }, 'onProgress', '"log"'],
];

function caught(run: () => unknown): ClaimdiffInputError {
  try {
    run();
  } catch (error) {
    return error as ClaimdiffInputError;
  }
  throw new Error('expected an error');
}

describe('options are checked, and a wrong one is named with its value', () => {
  it.each(BAD_OPTIONS)('compare() refuses %j', async (options, name, shown) => {
    const error = await compare(article, other, options as never).then(
      () => undefined,
      (e: unknown) => e as ClaimdiffInputError,
    );
    expect(error).toBeInstanceOf(ClaimdiffInputError);
    expect(error?.code).toBe('ERR_OPTION_INVALID');
    expect(error?.message).toContain(`"${name}"`);
    expect(error?.message).toContain(shown);
  });

  it.each([...BAD_OPTIONS, ...BAD_MANY_OPTIONS])('compareMany() refuses %j at the call', (options, name, shown) => {
    const error = caught(() => compareMany([], options as never));
    expect(error).toBeInstanceOf(ClaimdiffInputError);
    expect(error.code).toBe('ERR_OPTION_INVALID');
    expect(error.message).toContain(`"${name}"`);
    expect(error.message).toContain(shown);
  });

  it.each([[null], [42], ['fast'], [[]]])('the options themselves must be an object: %j', (options) => {
    expect(caught(() => checkCompareOptions(options)).code).toBe('ERR_OPTION_INVALID');
    expect(caught(() => checkCompareManyOptions(options)).code).toBe('ERR_OPTION_INVALID');
  });

  it('accepts every option at a good value, and undefined for any', () => {
    const embedder = { name: 'e', dim: 1, embed: async () => [] };
    const good = {
      minConfidence: 0, timings: false, model: 'builtin', allowDownload: true, alignment: { threshold: 0.3 },
      embedder, localModelPath: '/models', cacheDir: '/cache', dtype: 'q8',
    };
    expect(() => checkCompareOptions(good)).not.toThrow();
    expect(() => checkCompareOptions({ ...good, minConfidence: 1 })).not.toThrow();
    expect(() => checkCompareOptions({ model: undefined, minConfidence: undefined })).not.toThrow();
    expect(() => checkCompareOptions(undefined)).not.toThrow();
    const many = { ...good, concurrency: 1, signal: new AbortController().signal, onProgress: () => {} };
    expect(() => checkCompareManyOptions(many)).not.toThrow();
    expect(() => checkCompareManyOptions({ concurrency: 64, signal: AbortSignal.abort() })).not.toThrow();
  });

  it('compare() options do not include compareMany() ones: compare ignores them', () => {
    expect(() => checkCompareOptions({ concurrency: 0 })).not.toThrow();
  });
});
