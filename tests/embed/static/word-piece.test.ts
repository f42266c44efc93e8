// claimdiff's own word-piece tokenizer (vocab.txt) gives the ids @huggingface/tokenizers gives from tokenizer.json,
// the tokenizer transformers.js runs: on the built-in model, for hand-picked hard cases and for generated text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Tokenizer } from '@huggingface/tokenizers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinModelFolder } from '../../../src/embed/builtin';
import { TokenIds } from '../../../src/embed/static/token-ids';
import { readVocabulary, WordPiece } from '../../../src/embed/static/word-piece';

const folder = builtinModelFolder();
const json = JSON.parse(readFileSync(join(folder, 'tokenizer.json'), 'utf8'));
const config = JSON.parse(readFileSync(join(folder, 'tokenizer_config.json'), 'utf8'));
const library = new Tokenizer(json, config);
const wordPiece = new WordPiece(readVocabulary(readFileSync(join(folder, 'vocab.txt'), 'utf8')), config);
const own = new TokenIds(wordPiece, config);

const expected = (text: string) => {
  const ids = library.encode(text).ids;
  return ids.length > 512 ? ids.slice(0, 512) : ids;
};

describe('the word-piece tokenizer of the built-in model', () => {
  it('holds the vocabulary of tokenizer.json, id for id', () => {
    const vocabulary = readVocabulary(readFileSync(join(folder, 'vocab.txt'), 'utf8'));
    const fromJson = Object.entries(json.model.vocab as Record<string, number>);
    expect(vocabulary).toHaveLength(fromJson.length);
    for (const [token, id] of fromJson) expect(vocabulary[id]).toBe(token);
  });

  it.each([
    ['Lavrov oplyser, at han torsdag videregav oplysningen.'],
    ['UDENRIGSMINISTER Sergej Lavrov (67) siger: "Vi er klar."'],
    ['Ærø, Øresund og Åbenrå; ÆØÅ æøå'],
    ['cafe\u0301 re\u0301sume\u0301'],
    ['a\u0000b\ufffdc\u200bd\u00ade\u0007f'],
    ['tab\there\nnew\rline\u000bvt\u000cff'],
    ['no\u00a0break\u2003em\u3000ideographic'],
    ['东京 2020 北京大学 𠀋 한국어 日本語'],
    ['😀 👍🏽 ❤️ \ud800 lone \udc00'],
    ['3.850 3,850 1/2 -12% 10.000.000 kr.'],
    ['[CLS] [SEP][MASK] [UNK]x [PAD] [cls] [ SEP]'],
    ['...!!!???---___((()))"""\'\'\''],
    ['x'.repeat(101) + ' ' + 'y'.repeat(100)],
    ['ordetsomingenkenderogsomerlangtmendogikkeforlangtilatblivedeltistykkerafordstykkeriordbogen'],
    [''],
    ['   '],
  ])('gives the library ids for %j', (text) => {
    expect(own.ids(text)).toEqual(expected(text));
  });

  it('gives the library ids over a long text (truncated at 512)', () => {
    const text = 'Regeringen fremlagde torsdag et nyt forslag, siger ministeren. '.repeat(80);
    expect(own.ids(text)).toEqual(expected(text));
  });

  it('gives the library ids for generated text', () => {
    const pieces = ['a', 'B', 'æ', 'Ø', 'å', 'é', 'e\u0301', ' ', '  ', '\t', '\n', '.', ',', '"', '«', '–', '-', '1', '2',
      '%', '[', ']', 'SEP', 'CLS', '\u0000', '\u200b', '\u00a0', '中', '😀', '\ud800', 'den', 'the', '##', 'kr.', 'Lavrov'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(own.ids(text)).toEqual(expected(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('gives the library ids for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(own.ids(text)).toEqual(expected(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('refuses a vocabulary without the special tokens its configuration names', () => {
    expect(() => new WordPiece(['a', 'b'], config)).toThrow(/no "\[UNK\]"/);
  });
});
