import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze';
import { namesInside } from '../../../src/facets/names/article-names';
import { names as da } from '../../../src/lang/da/names';
import { names as en } from '../../../src/lang/en/names';

describe('namesInside', () => {
  const cases: Array<[string, string, typeof en, string[]]> = [
    ['a common word written as a name inside a sentence', 'The pressure grew as Rangers lost again.', en, ['Rangers']],
    ['the last word of a person\'s name', 'He met Christine Blasey Ford and Kenny Rangers there.', en, ['Ford', 'Rangers']],
    ['not a title opened by an article', 'He read it in The Guardian and went to Den Walisiske Nationalforsamling.', en, []],
    ['not a short function word', 'It was, said Mrs May, the end.', en, []],
    ['not a word after a capitalised one or across a line', 'Storm Closes Bridges\nWarning issued for Ford workers.', en, ['Ford']],
    ['nothing from a title-case headline', 'The Bells Fall Silent as Churches in Harlem Struggle\nChurches may close.', en, []],
    ['Danish: a common word as a name inside a sentence', 'Stormen kaldes Rosa af meteorologerne.', da, ['Rosa']],
  ];
  it.each(cases)('%s', (_, text, rules, expected) => expect([...namesInside(text, rules)]).toEqual(expected));
});

describe('analyze: one name per article', () => {
  it('keeps a sentence-initial word that the article writes as a name elsewhere', () => {
    const text = 'Rangers lost in Livingston. The defeat leaves Rangers sixth.';
    const first = analyze({ text, lang: 'en' }).claims[0];
    expect(first.facets.entities.map((e) => e.text)).toContain('Rangers');
    const alone = analyze({ text: 'Rangers lost in Livingston.', lang: 'en' }).claims[0];
    expect(alone.facets.entities.map((e) => e.text)).not.toContain('Rangers');
  });
});
