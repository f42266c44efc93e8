// English numbers: 3,850 and 2.5; number words, '1.2 billion', '5bn', '3rd'.
import type { NumberRules } from '../../facets/number-rules';

export const numbers: NumberRules = {
  thousandsSeparator: ',',
  decimalMark: '.',
  cardinals: {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
    eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
    eighty: 80, ninety: 90,
    hundred: 100, thousand: 1000, million: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12,
  },
  needsCount: ['hundred', 'thousand', 'million', 'mn', 'billion', 'bn', 'trillion', 'tn'],
  articles: ['a', 'an'],
  // 'one' is a pronoun as often as a number: 'one of them', 'no one', 'the one who'.
  guarded: ['one'],
  guardedNotAfter: ['no', 'every', 'any', 'some', 'each', 'the', 'this', 'that', 'which', 'only', 'no-one'],
  guardedNotBefore: [
    'of', 'another', 'by', 'after', 'or', 'and', 'who', 'that', 'which', 'thing', 'way', 'must', 'can', 'could',
    'would', 'should', 'will', 'may', 'might', 'is', 'was', 'has', 'had', 'does', 'did',
  ],
  joiners: ['and'],
  ordinals: {
    first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
    eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
    eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
    seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1000, millionth: 1e6,
  },
  // 'a second' is mostly time: 'second' counts only after a determiner.
  guardedOrdinals: {
    words: ['second'],
    onlyAfter: ['the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'every'],
  },
  digitOrdinal: /^(?:st|nd|rd|th)(?![\p{L}\p{N}])/iu,
  fractions: { half: 0.5 },
  denominators: {
    third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
    sixth: 6, sixths: 6, tenth: 10, tenths: 10, hundredth: 100, hundredths: 100,
  },
  percent: ['%', 'percent', 'per cent', 'pct'],
  notUnits: [
    'of', 'and', 'or', 'but', 'the', 'a', 'an', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'per',
    'was', 'were', 'is', 'are', 'has', 'have', 'had', 'be', 'been', 'than', 'more', 'less', 'fewer', 'that',
    'which', 'who', 'as', 'into', 'over', 'under', 'after', 'before', 'since', 'up', 'down', 'out', 'each',
    'not', 'will', 'would', 'could', 'can', 'also', 'last', 'next', 'ago', 'later', 'earlier', 'so', 'now', 'only',
  ],
  // Past tense after a count is the verb: '200,000 crossed', 'five escaped'.
  notUnitEndings: ['ed'],
};
