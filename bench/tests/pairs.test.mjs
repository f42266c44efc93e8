// Run with: node --test bench/tests/
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { MissingData, dataLocation, groupArticles, loadNtrexArticles } from '../data.mjs';
import { buildComparablePair, buildFaithfulPair, groupParagraphs, isHeadingLine } from '../pairs.mjs';
import { mulberry32, sample, shuffled } from '../random.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// A made-up article: a headline, running sentences, a subheading and a photo credit.
const article = {
  id: 'fixture.1',
  da: [
    'Storm lukker broer i Danmark',
    'Stormen ramte mandag aften.',
    'Politiet lukkede to broer.',
    '"Det er alvorligt," siger en talsmand.',
    'Mere end 3000 husstande mistede strømmen.',
    'Ventetid ved færgerne',
    'Færgerne sejlede ikke tirsdag.',
    'Trafikken kører igen onsdag.',
    'Foto: Ritzau Scanpix',
    'Vejret bliver roligere i weekenden.',
  ],
  en: [
    'Storm closes bridges in Denmark',
    'The storm hit on Monday evening.',
    'Police closed two bridges.',
    '"It is serious," a spokesman says.',
    'More than 3,000 households lost power.',
    'Waiting at the ferries',
    'The ferries did not sail on Tuesday.',
    'Traffic is running again on Wednesday.',
    'Photo: Ritzau Scanpix',
    'The weather will calm down at the weekend.',
  ],
};

function digest(value) {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

function checkSide(side, lines) {
  for (const span of side.spans) assert.equal(side.text.slice(span.start, span.end), lines[span.line]);
  const starts = side.spans.map((s) => s.start);
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
}

test('mulberry32 is a deterministic generator of floats in [0, 1)', () => {
  const a = mulberry32(42);
  const b = mulberry32(42);
  const c = mulberry32(43);
  const fromA = Array.from({ length: 1000 }, a);
  assert.deepEqual(fromA, Array.from({ length: 1000 }, b));
  assert.notDeepEqual(fromA, Array.from({ length: 1000 }, c));
  assert.ok(fromA.every((x) => x >= 0 && x < 1));
  assert.ok(Math.abs(fromA.reduce((s, x) => s + x, 0) / 1000 - 0.5) < 0.05);
});

test('shuffled and sample keep items and draw distinct ones', () => {
  const items = Array.from({ length: 50 }, (_, i) => i);
  assert.deepEqual([...shuffled(items, mulberry32(1))].sort((a, b) => a - b), items);
  const picked = sample(items, 10, mulberry32(2));
  assert.equal(new Set(picked).size, 10);
  assert.deepEqual(sample(items, 99, mulberry32(3)).length, 50);
  assert.deepEqual(sample([], 3, mulberry32(3)), []);
});

test('isHeadingLine tells headings and credits from sentences', () => {
  const cases = [
    ['Storm closes bridges in Denmark', true],
    ["Welsh AMs worried about 'looking like muppets'", true],
    ['Photo: Ritzau Scanpix', true],
    ['The storm hit on Monday evening.', false],
    ['"Today, there\'s neither."', false],
    ['Is it over?', false],
    ['He said: ', false],
    ['', true],
  ];
  for (const [line, expected] of cases) assert.equal(isHeadingLine(line), expected, line);
});

test('paragraphs hold 1–3 lines, headings alone, every line once and in order', () => {
  const paragraphs = groupParagraphs(article.da, article.en, mulberry32(7));
  assert.deepEqual(paragraphs.flatMap((p) => p.lines), article.da.map((_, i) => i));
  for (const p of paragraphs) {
    assert.ok(p.lines.length >= 1 && p.lines.length <= 3);
    if (p.lines.some((i) => isHeadingLine(article.en[i]))) assert.deepEqual([p.heading, p.lines.length], [true, 1]);
  }
});

test('a comparable pair: offsets exact, a quarter dropped per side, gold consistent', () => {
  const pair = buildComparablePair(article, { seed: 11 });
  checkSide(pair.left, article.da);
  checkSide(pair.right, article.en);
  const kept = { left: new Set(pair.left.spans.map((s) => s.line)), right: new Set(pair.right.spans.map((s) => s.line)) };
  assert.equal(kept.left.size, article.da.length - Math.round(article.da.length / 4));
  assert.equal(kept.right.size, article.en.length - Math.round(article.en.length / 4));
  assert.deepEqual(pair.gold.pairs, [...kept.left].filter((i) => kept.right.has(i)).sort((a, b) => a - b));
  assert.deepEqual(pair.gold.unmatched.left, [...kept.left].filter((i) => !kept.right.has(i)).sort((a, b) => a - b));
  assert.deepEqual(pair.gold.unmatched.right, [...kept.right].filter((i) => !kept.left.has(i)).sort((a, b) => a - b));
  for (const side of [pair.left, pair.right]) {
    assert.doesNotMatch(side.text, /\n{3}|^\s|\s$/);
    if (side.spans.some((s) => s.line === 0)) assert.equal(side.spans[0].line, 0, 'a kept headline stays on top');
  }
});

test('the same seed gives the same pair; another seed another pair', () => {
  assert.deepEqual(buildComparablePair(article, { seed: 5 }), buildComparablePair(article, { seed: 5 }));
  const texts = new Set([1, 2, 3, 4, 5, 6].map((seed) => buildComparablePair(article, { seed }).left.text));
  assert.ok(texts.size > 1);
});

test('a faithful pair has every line, in order, each its own counterpart', () => {
  const pair = buildFaithfulPair(article, { seed: 3 });
  checkSide(pair.left, article.da);
  checkSide(pair.right, article.en);
  assert.deepEqual(pair.left.spans.map((s) => s.line), article.da.map((_, i) => i));
  assert.deepEqual(pair.gold.pairs, article.da.map((_, i) => i));
  assert.deepEqual(pair.gold.unmatched, { left: [], right: [] });
});

test('odd input does not crash the builder', () => {
  for (const lines of [[], [''], ['\u200b', '😀 🇩🇰.'], ['x'.repeat(100_000) + '.']]) {
    const pair = buildComparablePair({ id: 'odd', da: lines, en: lines }, { seed: 1 });
    checkSide(pair.left, lines);
  }
  assert.throws(() => groupArticles(['a'], ['x'], []), /line counts differ/);
});

test('groupArticles joins consecutive lines of one id', () => {
  const articles = groupArticles(['a', 'a', 'b', 'a'], ['1', '2', '3', '4'], ['one', 'two', 'three', 'four']);
  assert.deepEqual(
    articles.map((a) => [a.id, a.da, a.en]),
    [['a', ['1', '2'], ['one', 'two']], ['b', ['3'], ['three']], ['a', ['4'], ['four']]],
  );
});

test('a missing dataset names its relative path', () => {
  const location = dataLocation(root, path.join(root, 'bench', 'tests', 'no-such-data'));
  assert.throws(() => loadNtrexArticles(location), (error) => {
    assert.ok(error instanceof MissingData);
    assert.match(error.message, /^skipped: ntrex-dev not found at bench\/tests\/no-such-data\/ntrex-dev\//);
    return true;
  });
});

test('the ntrex pairs are the same in another process (no hidden state)', (t) => {
  let articles;
  try {
    articles = loadNtrexArticles(dataLocation(root));
  } catch (error) {
    if (error instanceof MissingData) return t.skip(error.message);
    throw error;
  }
  const build = (list) => list.map((a) => [buildComparablePair(a), buildFaithfulPair(a)]);
  const here = digest(build(articles));
  assert.equal(here, digest(build(articles)));
  const script = `
    import { createHash } from 'node:crypto';
    import { dataLocation, loadNtrexArticles } from './bench/data.mjs';
    import { buildComparablePair, buildFaithfulPair } from './bench/pairs.mjs';
    const pairs = loadNtrexArticles(dataLocation(process.cwd())).map((a) => [buildComparablePair(a), buildFaithfulPair(a)]);
    console.log(createHash('sha256').update(JSON.stringify(pairs)).digest('hex'));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  assert.equal(child.status, 0, child.stderr);
  assert.equal(child.stdout.trim(), here);
  for (const [comparable] of build(articles)) {
    const a = articles.find((x) => x.id === comparable.id);
    checkSide(comparable.left, a.da);
    checkSide(comparable.right, a.en);
  }
});
