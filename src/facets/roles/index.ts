// Roles and titles in a claim ('udenrigsministeren', 'secretary of state'), keyed across languages, with the
// person each describes when the claim names them beside it.
import type { EntityFacet, RoleFacet, Span } from '../../types';
import type { NameRules } from '../names/rules';
import { findEntities } from '../names';
import { tokenize } from '../../keys/words';
import { readSpan } from '../span-text';
import { findRoleSpans } from './spans';

/**
 * Roles, each with `person` (the entity key of the person it describes) when that person is named right after
 * it ('Ruslands udenrigsminister, Sergej Lavrov', 'foreign minister Sergei Lavrov') or right before it, set off
 * by a comma ('Lavrov, the foreign minister', 'Lavrov, Ruslands udenrigsminister').
 */
export function findRoles(
  span: Span,
  rules: NameRules,
  // The claim's entities, when the caller has found them already (the facets stage has).
  entities?: EntityFacet[],
  // The claim's role spans, when the caller has found them already (the facets stage has).
  spans?: RoleFacet[],
): RoleFacet[] {
  const roles = spans ?? findRoleSpans(span, rules);
  if (roles.length === 0) return roles;
  const { text, offset } = readSpan(span);
  entities ??= findEntities(span, rules);
  const people = entities.filter((e) => e.type === 'person' || e.type === 'name');
  // A word between a name and its role: a name ('Russia's', 'amerikanske') or a word of the pack's list.
  const fits = (word: Span) =>
    /^\p{Lu}/u.test(word.text) ||
    rules.appositionWords.includes(word.text.toLowerCase()) ||
    entities.some((e) => e.start <= word.start && word.end <= e.end);
  return roles.map((role) => {
    const person = personOf(role, people, text, offset, fits, rules.organisationConnectors);
    return person ? { ...role, person: person.key } : role;
  });
}

/** Between a role and the name after it: nothing, or a comma or colon ('udenrigsminister, Sergej Lavrov'). */
const ROLE_THEN_NAME = /^[ \t\u00a0]*[,:]?[ \t\u00a0]*$/;
/** Between a name and the role after it: a comma and at most four words ('Lavrov, Russia's foreign minister'). */
const NAME_THEN_ROLE = /^[ \t\u00a0]*,[ \t\u00a0]*(?:[\p{L}\p{N}'’.-]+[ \t\u00a0]+){0,4}$/u;

function personOf(
  role: RoleFacet,
  people: EntityFacet[],
  text: string,
  offset: number,
  fits: (word: Span) => boolean,
  connectors: string[],
): EntityFacet | undefined {
  const between = (from: number, to: number) => text.slice(from - offset, to - offset);
  const after = people.find((p) => p.start >= role.end && ROLE_THEN_NAME.test(between(role.end, p.start)));
  if (after) return after;
  // The role closes the apposition: a comma, a sentence end or the end of the claim follows it, perhaps after
  // what it serves ('Nauert, talskvinde for udenrigsministeriet,').
  const rest = text.slice(role.end - offset);
  if (!closesApposition(rest, connectors)) return undefined;
  const before = [...people].reverse().find((p) => p.end <= role.start);
  if (!before || !NAME_THEN_ROLE.test(between(before.end, role.start))) return undefined;
  const words = tokenize(between(before.end, role.start)).filter((t) => t.word);
  const start = before.end;
  return words.every((w) => fits({ text: w.text, start: start + w.start, end: start + w.end })) ? before : undefined;
}

/** What follows a role ends its apposition: punctuation or the end, perhaps after 'for X' of up to four words. */
function closesApposition(rest: string, connectors: string[]): boolean {
  const end = /^(?:['’]s?)?[ \t\u00a0]*(?:[,.;:!?)"”]|$)/;
  if (end.test(rest)) return true;
  const served = /^[ \t\u00a0]+(\p{L}+)((?:[ \t\u00a0]+[\p{L}\p{N}'’.-]+){1,4})/u.exec(rest);
  return !!served && connectors.includes(served[1].toLowerCase()) && end.test(rest.slice(served[0].length));
}
