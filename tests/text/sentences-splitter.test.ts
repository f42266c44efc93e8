// The splitter option and the native splitter's fallbacks, with sentencex's binding replaced by a fake one.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SentenceBoundary } from '../../src/text/native-sentencex';

const native = vi.hoisted(() => ({
  finder: undefined as undefined | ((code: string, text: string) => SentenceBoundary[]),
  calls: [] as string[],
}));

vi.mock('../../src/text/native-sentencex', () => ({
  nativeSentencex: () =>
    native.finder &&
    ((code: string, text: string) => {
      native.calls.push(text);
      return native.finder!(code, text);
    }),
}));

const { analyze, compare, splitSentences, ClaimdiffInputError } = await import('../../src');
const { PANICKING, CALM } = await import('../helpers/sentencex-panics');
const { splitSentences: splitWithPack } = await import('../../src/text/sentences');
const { triggersNativePanic } = await import('../../src/text/segment-native');
const { text: en } = await import('../../src/lang/en/text');

/** A stand-in for sentencex: one sentence per '. ', offsets in code points as the real one gives them. */
function fakeSentencex(_code: string, text: string): SentenceBoundary[] {
  const chars = [...text];
  const out: SentenceBoundary[] = [];
  let from = 0;
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === '.' && chars[i + 1] === ' ') {
      out.push({ start_index: from, end_index: i + 2, text: chars.slice(from, i + 2).join('') });
      from = i + 2;
    }
  }
  if (from < chars.length) out.push({ start_index: from, end_index: chars.length, text: chars.slice(from).join('') });
  return out;
}

beforeEach(() => {
  native.finder = undefined;
  native.calls = [];
});

describe('the splitter option', () => {
  const article = { text: 'Mødet sluttede i går. Alle var enige.', lang: 'da' };

  it('is the portable splitter by default', () => {
    expect(splitSentences(article).map((s) => s.text)).toEqual(['Mødet sluttede i går.', 'Alle var enige.']);
    expect(splitSentences(article, { splitter: 'portable' })).toEqual(splitSentences(article));
  });

  it('refuses an unknown splitter with a typed error', () => {
    const bad = { splitter: 'spacy' } as unknown as { splitter: 'portable' };
    for (const call of [() => splitSentences(article, bad), () => analyze(article, bad)]) {
      expect(call).toThrow(ClaimdiffInputError);
      expect(call).toThrow(/"splitter" option must be "portable" or "sentencex"/);
    }
  });

  it('refuses sentencex where its binary is not installed, saying so', async () => {
    const call = () => analyze(article, { splitter: 'sentencex' });
    expect(call).toThrow(/not installed for this platform/);
    try {
      call();
    } catch (error) {
      expect(error).toBeInstanceOf(ClaimdiffInputError);
      expect((error as InstanceType<typeof ClaimdiffInputError>).code).toBe('ERR_OPTION_INVALID');
    }
    await expect(compare(article, { text: 'The meeting ended.', lang: 'en' }, { splitter: 'sentencex' })).rejects.toMatchObject({
      code: 'ERR_OPTION_INVALID',
    });
  });

  it('uses sentencex where it is installed, with its code-point offsets mapped to UTF-16', () => {
    native.finder = fakeSentencex;
    const text = 'Fans 🎉 jublede. Café\u0301en 👍🏽 var fuld. Alle gik hjem.';
    const sentences = splitSentences({ text, lang: 'da' }, { splitter: 'sentencex' });
    expect(native.calls).toEqual([text]);
    expect(sentences.map((s) => s.text)).toEqual(['Fans 🎉 jublede.', 'Café\u0301en 👍🏽 var fuld.', 'Alle gik hjem.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('the native splitter falls back to the portable one, paragraph by paragraph', () => {
  const panicking = PANICKING[0];

  it('never hands sentencex a paragraph it is known to panic on', () => {
    native.finder = fakeSentencex;
    const text = `The talks ended. Both sides were pleased.\n\n${panicking}`;
    const sentences = splitWithPack(text, en, 'sentencex');
    expect(native.calls).toEqual(['The talks ended. Both sides were pleased.']);
    expect(sentences.map((s) => s.text).slice(2)).toEqual(splitWithPack(panicking, en, 'portable').map((s) => s.text));
  });

  it('splits a paragraph with the portable splitter when sentencex throws on it', () => {
    native.finder = () => {
      throw new Error('internal error in Neon module');
    };
    const text = 'Mr. Smith met Gen. Jones. They spoke for an hour.';
    expect(splitWithPack(text, en, 'sentencex')).toEqual(splitWithPack(text, en, 'portable'));
    expect(native.calls).toEqual([text]);
  });

  it('knows the shapes of input that make sentencex panic', () => {
    for (const text of PANICKING) {
      expect(triggersNativePanic(text), text).toBe(true);
    }
    for (const text of CALM) {
      expect(triggersNativePanic(text), text).toBe(false);
    }
  });
});
