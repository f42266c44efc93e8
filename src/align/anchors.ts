// Language-independent anchors: facts that read the same after normalisation in any language.
import { foldName } from '../facets/name-keys';
import type { Claim } from '../types';

/** The anchor keys of a claim: names, numbers, dates, weekdays, roles. */
export function anchorsOf(claim: Claim): Set<string> {
  const keys = new Set<string>();
  const f = claim.facets;
  for (const e of f.entities) {
    keys.add(`e:${e.key}`);
    // A person is often named in full on one side and by surname on the other ('Sergei Lavrov' / 'Lavrov').
    const words = e.key.split(' ');
    if (e.type === 'person' && words.length > 1) keys.add(`e:${words[words.length - 1]}`);
  }
  // Who said it is part of the claim, even when the credit stands in another sentence ('Det siger Lavrov.').
  const speaker = claim.attribution?.speaker?.text.split(/\s+/) ?? [];
  if (speaker.length && speaker.every((w) => /^\p{Lu}/u.test(w))) keys.add(`e:${foldName(speaker[speaker.length - 1])}`);
  for (const n of f.numbers) keys.add(`n:${n.value}`);
  for (const r of f.roles) keys.add(`r:${r.key}`);
  for (const t of f.times) {
    if (t.date) keys.add(`d:${t.date}`);
    if (t.weekday !== undefined) keys.add(`w:${t.weekday}`);
    if (t.month !== undefined && t.day === undefined) keys.add(`m:${t.month}`);
    if (t.year !== undefined) keys.add(`y:${t.year}`);
    if (t.kind === 'duration' && t.days !== undefined) keys.add(`p:${t.days}`);
  }
  return keys;
}

export interface AnchorScores {
  /** Weighted overlap of anchors, 0..1 (cosine of IDF-weighted anchor sets). */
  overlap: number[][];
  /** 1 where both claims name people or places and share none of them: a hint they tell different events. */
  conflict: number[][];
}

/**
 * Anchor overlap for every left × right pair. An anchor found in many claims of the pair of articles ("USA" in a
 * story about the USA) weighs less than one found in a single claim on each side.
 */
export function anchorScores(left: Claim[], right: Claim[]): AnchorScores {
  const leftSets = left.map(anchorsOf);
  const rightSets = right.map(anchorsOf);
  const frequency = new Map<string, number>();
  for (const set of [...leftSets, ...rightSets]) {
    for (const a of set) frequency.set(a, (frequency.get(a) ?? 0) + 1);
  }
  const weight = (a: string) => 1 / Math.sqrt(frequency.get(a) ?? 1);
  const norm = (set: Set<string>) => Math.sqrt([...set].reduce((s, a) => s + weight(a) ** 2, 0));
  const leftNorms = leftSets.map(norm);
  const rightNorms = rightSets.map(norm);
  const overlap = leftSets.map((ls, i) =>
    rightSets.map((rs, j) => {
      if (!leftNorms[i] || !rightNorms[j]) return 0;
      let shared = 0;
      for (const a of ls) if (rs.has(a)) shared += weight(a) ** 2;
      return shared / (leftNorms[i] * rightNorms[j]);
    }),
  );
  const names = (set: Set<string>) => [...set].filter((a) => a.startsWith('e:'));
  const conflict = leftSets.map((ls) =>
    rightSets.map((rs) => {
      const ln = names(ls);
      const rn = names(rs);
      return ln.length > 0 && rn.length > 0 && !ln.some((a) => rs.has(a)) ? 1 : 0;
    }),
  );
  return { overlap, conflict };
}
