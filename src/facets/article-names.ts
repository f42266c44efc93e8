// Names an article writes inside its sentences: a capitalised word met after a lowercase word is a name there
// ('as Rangers suffered'), so the same word opening a sentence ('Rangers host …') is that name too, not the
// common word it looks like. One sense per article, as named-entity taggers have long assumed.
import type { NameRules } from './name-rules';
import { isAllCaps, isCapitalised, tokenize } from './name-tokens';
import { isCommonWord } from './name-words';
import { looksTitleCased } from './entities';

/** Shorter words are mostly function words ('The', 'Den', 'May' after 'Mrs'). */
const MIN_LENGTH = 4;

/** Capitalised common words that the article writes as names inside a sentence, after a lowercase word. */
export function namesInside(text: string, rules: NameRules): Set<string> {
  const found = new Set<string>();
  // Title-case lines capitalise every word: they say nothing about which words are names.
  const prose = text
    .split('\n')
    .map((line) => (looksTitleCased(tokenize(line)) ? ' '.repeat(line.length) : line))
    .join('\n');
  const tokens = tokenize(prose);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const before = tokens[i - 1];
    if (!t.word || !before.word || !isCapitalised(t.text) || isAllCaps(t.text)) continue;
    // Inside a sentence: between lowercase words on one line (a title-case line capitalises all), and a name of
    // one word, so that the first word of 'i Den Dominikanske Republik' or 'in The Guardian' does not count.
    const after = tokens[i + 1];
    if (isCapitalised(before.text) || /\n/.test(text.slice(before.end, t.start))) continue;
    if (after?.word && isCapitalised(after.text)) continue;
    if (t.text.length >= MIN_LENGTH && isCommonWord(t.text, rules)) found.add(t.text);
  }
  return found;
}
