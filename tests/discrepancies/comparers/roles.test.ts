import { describe, expect, it } from 'vitest';
import { compareRoles } from '../../../src/discrepancies/comparers/roles';
import { englishMessages } from '../../../src/discrepancies/messages/en';
import type { Claim, EntityFacet, EntityType, RoleFacet } from '../../../src/types';
import { makeClaim } from '../../helpers/claims';

const langs = englishMessages({ left: 'Danish', right: 'English' });

interface Spec {
  text: string;
  names?: Array<[string, EntityType, string]>;
  roles?: Array<[string, string]>;
}

function claim(id: string, spec: Spec): Claim {
  const at = (part: string) => {
    const start = spec.text.indexOf(part);
    if (start < 0) throw new Error(`${part} not in ${spec.text}`);
    return { text: part, start, end: start + part.length };
  };
  const entities: EntityFacet[] = (spec.names ?? []).map(([name, type, key]) => ({ ...at(name), type, key }));
  const roles: RoleFacet[] = (spec.roles ?? []).map(([role, key]) => ({ ...at(role), key }));
  return makeClaim(id, spec.text, { entities, roles });
}

const run = (left: Spec, right: Spec) =>
  compareRoles({ left: [claim('L1', left)], right: [claim('R1', right)], threshold: 1.2, score: 1.8 }, langs);

const lavrov = (text: string): [string, EntityType, string] => [text, 'person', 'sergei lavrov'];

describe('compareRoles', () => {
  const cases: Array<{ name: string; left: Spec; right: Spec; expected: string[] }> = [
    {
      name: 'the same person in another office (role before the name)',
      left: { text: 'Udenrigsminister Sergej Lavrov kom i går.', names: [lavrov('Sergej Lavrov')], roles: [['Udenrigsminister', 'foreign-minister']] },
      right: { text: 'Defence Minister Sergei Lavrov came yesterday.', names: [lavrov('Sergei Lavrov')], roles: [['Defence Minister', 'defence-minister']] },
      expected: ['Udenrigsminister → Defence Minister'],
    },
    {
      name: 'the same person in another office (role in apposition)',
      left: { text: 'Sergej Lavrov, udenrigsminister, kom i går.', names: [lavrov('Sergej Lavrov')], roles: [['udenrigsminister', 'foreign-minister']] },
      right: { text: 'Sergei Lavrov, the prime minister, came yesterday.', names: [lavrov('Sergei Lavrov')], roles: [['prime minister', 'prime-minister']] },
      expected: ['udenrigsminister → prime minister'],
    },
    {
      name: 'the only office named differs',
      left: { text: 'Præsidenten vil ikke kommentere sagen.', roles: [['Præsidenten', 'president']] },
      right: { text: 'The prime minister would not comment.', roles: [['prime minister', 'prime-minister']] },
      expected: ['Præsidenten → prime minister'],
    },
    {
      name: 'no finding: the same office in each language',
      left: { text: 'Udenrigsminister Sergej Lavrov kom i går.', names: [lavrov('Sergej Lavrov')], roles: [['Udenrigsminister', 'foreign-minister']] },
      right: { text: 'Foreign Minister Sergei Lavrov came yesterday.', names: [lavrov('Sergei Lavrov')], roles: [['Foreign Minister', 'foreign-minister']] },
      expected: [],
    },
    {
      name: 'no finding: a general word for a specific office',
      left: { text: 'Ministeren Sergej Lavrov kom i går.', names: [lavrov('Sergej Lavrov')], roles: [['Ministeren', 'minister']] },
      right: { text: 'Foreign Minister Sergei Lavrov came yesterday.', names: [lavrov('Sergei Lavrov')], roles: [['Foreign Minister', 'foreign-minister']] },
      expected: [],
    },
    {
      name: 'no finding: offices that translations render by one another',
      left: { text: 'Direktør Anna Berg fratræder.', names: [['Anna Berg', 'person', 'anna berg']], roles: [['Direktør', 'director']] },
      right: { text: 'Chief executive Anna Berg steps down.', names: [['Anna Berg', 'person', 'anna berg']], roles: [['Chief executive', 'chief-executive']] },
      expected: [],
    },
    {
      name: 'no finding: different offices held by different people',
      left: { text: 'Præsident Trump og senator Warren mødtes.', names: [['Trump', 'person', 'trump'], ['Warren', 'person', 'warren']], roles: [['Præsident', 'president'], ['senator', 'senator']] },
      right: { text: 'Senator Warren met the governor.', names: [['Warren', 'person', 'warren']], roles: [['Senator', 'senator'], ['governor', 'governor']] },
      expected: [],
    },
    {
      name: 'no finding: one office is given to a named person, the other to no one',
      left: { text: 'Senator Elizabeth Warren overvejer at stille op.', names: [['Elizabeth Warren', 'person', 'elizabeth warren']], roles: [['Senator', 'senator']] },
      right: { text: 'Elizabeth Warren will take a hard look at running for president.', names: [['Elizabeth Warren', 'person', 'elizabeth warren']], roles: [['president', 'president']] },
      expected: [],
    },
    {
      name: 'no finding: a genitive is not an apposition ("Trumps talsmand")',
      left: { text: 'Trump talsmand kom.', names: [['Trump', 'person', 'trump']], roles: [['talsmand', 'spokesperson']] },
      right: { text: 'President Trump came.', names: [['Trump', 'person', 'trump']], roles: [['President', 'president']] },
      expected: [],
    },
    {
      name: 'a generic leader answers one office only: the other office left over differs',
      left: { text: 'Lederen mødte en siddende præsident.', roles: [['Lederen', 'leader'], ['præsident', 'president']] },
      right: { text: 'The leader met a serving prime minister.', roles: [['leader', 'leader'], ['prime minister', 'prime-minister']] },
      expected: ['præsident → prime minister'],
    },
    {
      name: 'a generic leader on one side does not hide the office that changed',
      left: { text: 'En leder af kabinettet bliver præsident.', roles: [['leder', 'leader'], ['præsident', 'president']] },
      right: { text: 'A cabinet member becomes chancellor.', roles: [['chancellor', 'chancellor']] },
      expected: ['præsident → chancellor'],
    },
    {
      name: 'no finding: a general adviser for a specific one',
      left: { text: 'Hendes sikkerhedsrådgivere advarer hende.', roles: [['sikkerhedsrådgivere', 'security-adviser']] },
      right: { text: 'Her intelligence advisers warn her.', roles: [['advisers', 'adviser']] },
      expected: [],
    },
    {
      name: 'no finding: the leader of one side for the manager of the other',
      left: { text: 'En leder for markedet sagde det.', roles: [['leder', 'leader']] },
      right: { text: 'A market manager said so.', roles: [['manager', 'manager']] },
      expected: [],
    },
    {
      name: 'no finding: two offices left on one side against one on the other',
      left: { text: 'Embedsmænd og en talsmand talte.', roles: [['Embedsmænd', 'official'], ['talsmand', 'spokesperson']] },
      right: { text: 'A chairman spoke.', roles: [['chairman', 'chair']] },
      expected: [],
    },
  ];

  it.each(cases)('$name', ({ left, right, expected }) => {
    const found = run(left, right);
    expect(found.map((d) => `${d.left.text} → ${d.right.text}`)).toEqual(expected);
    for (const d of found) {
      expect(d.kind).toBe('role');
      expect(left.text.slice(d.left.start, d.left.end)).toBe(d.left.text);
      expect(right.text.slice(d.right.start, d.right.end)).toBe(d.right.text);
    }
  });

  it('is surer when the roles are given to the same person, and names the person', () => {
    const [held] = run(cases[0].left, cases[0].right);
    const [alone] = run(cases[2].left, cases[2].right);
    expect(held.confidence).toBeGreaterThan(alone.confidence);
    expect(held.message).toBe(
      'The Danish article gives the role of Sergei Lavrov as "Udenrigsminister"; the English article as "Defence Minister".',
    );
    expect(alone.message).toBe('The Danish article gives the role as "Præsidenten"; the English article as "prime minister".');
  });

  it('uses the person the facet stage tied to the role', () => {
    const left = claim('L1', { text: 'Lavrov er nu udenrigsminister.', names: [['Lavrov', 'person', 'lavrov']], roles: [['udenrigsminister', 'foreign-minister']] });
    const right = claim('R1', { text: 'Lavrov is now the defence minister.', names: [['Lavrov', 'person', 'lavrov']], roles: [['defence minister', 'defence-minister']] });
    left.facets.roles[0].person = 'lavrov';
    right.facets.roles[0].person = 'lavrov';
    const [found] = compareRoles({ left: [left], right: [right], threshold: 1.2, score: 1.8 }, langs);
    expect(found.message).toContain('role of Lavrov');
  });
});
