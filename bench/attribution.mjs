// Section "attribution": do the two sides of a faithful translation credit the same speaker and outlet?
//
// Each NTREX article is analysed whole on both sides (the faithful pair: same paragraphs, in order). A line's
// speakers are those of the claims that overlap it. For every line pair where at least one side names a
// speaker, the row counts how often the other side names the same one: same surname, a shared entity key or a
// shared role key inside the speaker spans. Outlets (via) are scored the same way. A translation credits the
// same source on both sides, so every miss is a reading error on one side (or, rarely, a translation choice).
// Generic speakers ('politiet' / 'police') only match through a role key; `named` counts the line pairs where a
// side's speaker holds a name, the sharper test. The misses go to the JSON (`examples`) for reading.
import { benchArticles } from './alignment.mjs';
import { buildFaithfulPair } from './pairs.mjs';
import { note, row, score } from './table.mjs';

/** A name folded for comparison: no accents, lower case, no possessive ending. */
function fold(text) {
  return text
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s?\b/g, '');
}

function words(text) {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** What identifies a span: its last word (a surname) and the entity and role keys that lie inside it. */
export function identity(span, facets) {
  const inside = (f) => f.start >= span.start && f.end <= span.end;
  const keys = new Set();
  for (const e of facets.entities.filter(inside)) {
    keys.add(`e:${e.key}`);
    keys.add(`w:${e.key.split(' ').pop()}`);
  }
  for (const r of facets.roles.filter(inside)) keys.add(`r:${r.key}`);
  const last = words(span.text).pop();
  if (last && last.length >= 3) keys.add(`w:${last}`);
  // A speaker with a name in it: 'Sergej Lavrov', 'Kremls talsmand Peskov' (not 'politiet', 'the company').
  keys.named = facets.entities.some((e) => inside(e) && e.type !== 'place');
  return keys;
}

export function sameIdentity(a, b) {
  for (const key of a) if (b.has(key)) return true;
  return false;
}

/** Per line of one side: the identities of the speakers and outlets of the claims that overlap it. */
function creditsByLine(article, spans) {
  return spans.map(({ line, start, end }) => {
    const speakers = [];
    const via = [];
    for (const claim of article.claims) {
      if (claim.end <= start || claim.start >= end) continue;
      const att = claim.attribution;
      if (att?.speaker) speakers.push({ text: att.speaker.text, keys: identity(att.speaker, claim.facets) });
      for (const v of att?.via ?? []) via.push({ text: v.text, keys: identity(v, claim.facets) });
    }
    return { line, speakers, via };
  });
}

function newTally() {
  return { either: 0, both: 0, same: 0, onlyLeft: 0, onlyRight: 0, named: { either: 0, same: 0 }, examples: [] };
}

/** Counts one line pair for speakers or outlets: `either`, `both`, `same`, and which side alone had one. */
function tally(t, left, right, context) {
  if (left.length === 0 && right.length === 0) return;
  t.either++;
  if (left.length && right.length) t.both++;
  else if (left.length) t.onlyLeft++;
  else t.onlyRight++;
  const same = left.some((a) => right.some((b) => sameIdentity(a.keys, b.keys)));
  if (same) t.same++;
  else if (t.examples.length < 400) {
    t.examples.push({ ...context, left: left.map((s) => s.text), right: right.map((s) => s.text) });
  }
  // Generic speakers ('politiet' / 'police') need a translation to match: the named ones are the sharp test.
  if ([...left, ...right].some((s) => s.keys.named)) {
    t.named.either++;
    if (same) t.named.same++;
  }
}

function summary(t) {
  const named = { ...t.named, agreement: t.named.either ? t.named.same / t.named.either : null };
  return { ...t, named, agreement: t.either ? t.same / t.either : null };
}

export async function runAttribution(ctx) {
  const { analyze } = await ctx.library();
  const speakers = newTally();
  const via = newTally();
  const failures = [];
  const articles = benchArticles(ctx);
  for (const [n, article] of articles.entries()) {
    ctx.progress(`attribution ${n + 1}/${articles.length}`);
    const pair = buildFaithfulPair(article, { seed: ctx.options.seed });
    try {
      const left = creditsByLine(analyze({ text: pair.left.text, lang: 'da' }, { prefix: 'L' }), pair.left.spans);
      const right = creditsByLine(analyze({ text: pair.right.text, lang: 'en' }, { prefix: 'R' }), pair.right.spans);
      const byLine = new Map(right.map((r) => [r.line, r]));
      for (const l of left) {
        const r = byLine.get(l.line);
        if (!r) continue;
        const context = { id: article.id, line: l.line, da: article.da[l.line], en: article.en[l.line] };
        tally(speakers, l.speakers, r.speakers, context);
        tally(via, l.via, r.via, context);
      }
    } catch (error) {
      failures.push({ id: article.id, message: String(error?.message ?? error) });
    }
  }
  const result = { speakers: summary(speakers), via: summary(via), failures };
  const line = (label, t) =>
    `${label.padEnd(9)}${score(t.agreement)}  same ${t.same}/${t.either} line pairs with one` +
    ` (both sides ${t.both}, Danish only ${t.onlyLeft}, English only ${t.onlyRight});` +
    ` named ${score(t.named.agreement)} (${t.named.same}/${t.named.either})`;
  const rows = [row('attribution', `speaker  ${line('', result.speakers).trimStart()}`), note(line('via', result.via))];
  if (failures.length) rows.push(note(`${failures.length} articles failed (first: ${failures[0].message})`));
  return { rows, result, failed: failures.length > 0 };
}
