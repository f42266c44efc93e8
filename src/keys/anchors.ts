// Language-independent anchors: facts that read the same after normalisation in any language.
import type { Claim } from '../types';
import { foldName } from './fold';

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
    // A bare '2016' is a year only by its size: as evidence that two claims tell one thing, it is a number.
    if (t.bare) {
      keys.add(`n:${t.year}`);
      continue;
    }
    if (t.date) keys.add(`d:${t.date}`);
    if (t.weekday !== undefined) keys.add(`w:${t.weekday}`);
    if (t.month !== undefined && t.day === undefined) keys.add(`m:${t.month}`);
    if (t.year !== undefined) keys.add(`y:${t.year}`);
    if (t.kind === 'duration' && t.days !== undefined) keys.add(`p:${t.days}`);
  }
  return keys;
}
