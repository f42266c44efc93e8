// Hostile shapes of text must cost analyze() time in proportion to their length. Each shape is timed at a size long
// enough to measure and at eight times that, in the same run: the ratio is about 8 when the cost is linear and 64
// when it is quadratic, whatever the machine's speed. A shape that fails here becomes a named case below.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src';

const SHAPES: Array<[string, 'da' | 'en', (n: number) => string]> = [
  ['capital letters (Danish)', 'da', (n) => 'A '.repeat(n / 2)],
  ['Danish capitals Å', 'da', (n) => 'Å '.repeat(n / 2)],
  ['capitalised short words', 'en', (n) => 'Aa '.repeat(n / 3)],
  ['capital B', 'en', (n) => 'B '.repeat(n / 2)],
  ['one hyphenated word', 'en', (n) => 'a-'.repeat(n / 2) + 'a'],
  ['numbered points', 'da', (n) => '1. '.repeat(n / 3)],
  ['initials', 'en', (n) => 'J. R. '.repeat(n / 6)],
  ['short quotations', 'en', (n) => '"a" '.repeat(n / 4)],
  ['commas', 'en', (n) => 'a, '.repeat(n / 3)],
  ['one long run of spaces', 'en', (n) => 'a' + ' '.repeat(n) + 'b'],
  ['many short sentences', 'da', (n) => 'Han kom. '.repeat(n / 9)],
];

/** Long enough that the small size takes this long: below it, start-up noise would swamp the ratio. */
const MEASURABLE_MS = 25;
const FACTOR = 8;
/** Linear is 8, n log n about 10; quadratic is 64. */
const MOST = 24;

function timeOf(text: string, lang: 'da' | 'en', runs: number): number {
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    const start = performance.now();
    analyze({ text, lang });
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('analyze() takes time in proportion to the length of hostile input', () => {
  it.each(SHAPES)('%s', (_, lang, make) => {
    let n = 2000;
    timeOf(make(n), lang, 1); // warm
    while (n * 2 * FACTOR < 1_000_000 && timeOf(make(n), lang, 1) < MEASURABLE_MS) n *= 2;
    const small = timeOf(make(n), lang, 2);
    const large = timeOf(make(n * FACTOR), lang, 1);
    expect(large / small, `${n} characters: ${small.toFixed(0)} ms; ${n * FACTOR}: ${large.toFixed(0)} ms`).toBeLessThan(MOST);
  }, 120_000);
});
