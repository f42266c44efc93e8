// Names an article writes inside its sentences: a capitalised word met after a lowercase word is a name there
// ('as Rangers suffered'), so the same word opening a sentence ('Rangers host …') is that name too, not the
// common word it looks like. One sense per article, as named-entity taggers have long assumed.
import type { NameRules } from './rules';
import { isAllCaps, isCapitalised, type Token } from './tokens';
import { tokenize } from '../../keys/words';
import { isCommonWord } from './words';
import { looksTitleCased } from '.';

/** Shorter words are mostly function words ('The', 'Den', 'May' after 'Mrs'). */
const MIN_LENGTH = 4;
/** A run of more capitalised words is a title, not a name ('Minister For Higher Education And Skills'). */
const MAX_RUN = 3;

const capitalisedWord = (t: Token | undefined) => !!t?.word && isCapitalised(t.text);

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
    // Inside a sentence: after a lowercase word on the same line.
    if (isCapitalised(before.text) || /\n/.test(prose.slice(before.end, t.start))) continue;
    // A run of capitalised words: its last word is the name's own ('Christine Blasey Ford'); the first may be an
    // article or title word ('i Den Dominikanske Republik', 'in The Guardian').
    let last = i;
    while (last - i < MAX_RUN - 1 && capitalisedWord(tokens[last + 1]) && !/\n/.test(prose.slice(tokens[last].end, tokens[last + 1].start))) last++;
    if (capitalisedWord(tokens[last + 1])) continue;
    // A run opened by an article is a title: 'Den Walisiske Nationalforsamling', 'The Guardian'.
    if (last > i && t.text.length < MIN_LENGTH && isCommonWord(t.text, rules)) continue;
    const word = tokens[last].text;
    if (word.length >= MIN_LENGTH && isCommonWord(word, rules)) found.add(word);
    i = last;
  }
  return found;
}
