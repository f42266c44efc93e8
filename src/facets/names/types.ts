// Type (person, place, organisation) and key of the names the entities stage found.
import type { EntityFacet, EntityType, Span } from '../../types';
import type { KnownName } from './gazetteer';
import { nameKey } from './keys';
import { foldName } from '../../keys/fold';
import type { NameRules } from './rules';
import type { Token } from './tokens';
import { isHead } from './words';

export interface Found {
  first: number;
  last: number;
  /** Characters cut from the end of the last token (a possessive). */
  cut: number;
  known?: KnownName;
}

/** Types (tables, organisation heads, a role or title before a person, a place preposition) and keys. */
export function typeAndKey(
  text: string,
  tokens: Token[],
  found: Found[],
  roles: Span[],
  rules: NameRules,
): EntityFacet[] {
  const entities = found.map((f) => {
    const start = tokens[f.first].start;
    const end = tokens[f.last].end - f.cut;
    const name = text.slice(start, end);
    if (f.known) return { text: name, start, end, type: f.known.type, key: f.known.key };
    const type = guessType(text, tokens, f, roles, rules);
    const plural = /^\p{Lu}{2,}s$/u.test(name); // an acronym's plural: AMs, MPs
    if (plural) return { text: name, start, end, type, key: name.slice(0, -1).toLowerCase() };
    // Transliteration variants concern people and places; an organisation's name is only folded.
    return { text: name, start, end, type, key: type === 'organisation' ? foldName(name) : nameKey(name, rules) };
  });
  // A bare genitive on an unknown name ('Johnsons' beside 'David Johnson') loses its s.
  if (rules.bareGenitiveS) {
    for (const e of entities) {
      const stem = e.key.endsWith('s') ? e.key.slice(0, -1) : '';
      if (stem && entities.some((o) => o !== e && o.key.split(' ').pop() === stem.split(' ').pop())) {
        e.key = stem;
        e.end -= 1;
        e.text = e.text.slice(0, -1);
      }
    }
  }
  // A surname alone is the same person as the full name met with a title in the same claim.
  for (const e of entities) {
    if (e.type !== 'name') continue;
    const surname = e.key.split(' ').pop();
    if (entities.some((p) => p.type === 'person' && p.key.split(' ').pop() === surname)) e.type = 'person';
  }
  return entities;
}

function guessType(text: string, tokens: Token[], f: Found, roles: Span[], rules: NameRules): EntityType {
  const words = tokens.slice(f.first, f.last + 1).map((t) => t.text);
  if (words.some((w) => isHead(w, rules))) return 'organisation';
  const start = tokens[f.first].start;
  // 'udenrigsminister, Sergej Lavrov', 'Foreign Minister Ri', 'secretary of state Rex Tillerson'.
  const between = (end: number) => text.slice(end, start);
  if (roles.some((r) => r.end <= start && /^(?:[ \t]*[,:]?[ \t]*)$/.test(between(r.end)))) return 'person';
  const previous = tokens[f.first - 1];
  const beforeThat = tokens[f.first - 2];
  const title = previous?.text === '.' ? beforeThat : previous;
  if (title?.word && rules.personTitles.includes(title.text.toLowerCase())) return 'person';
  if (previous?.word && rules.placePrepositions.includes(previous.text.toLowerCase())) return 'place';
  return 'name';
}
