// English names and roles through analyze(): the text of each entity, its type and its language-independent key
// (the U.S. → 'united states'), and each role's key (secretary of state → 'foreign-minister').
import { describe, expect } from 'vitest';
import { entitiesOf, type EntityRow, org, place, read, type RoleRow, rolesOf, table } from '../golden';

const entities: EntityRow[] = [
  // Places: the key is the English name in lower case.
  { text: 'The summit was held in Vienna.', expected: [place('Vienna', 'vienna')] },
  { text: 'The delegation travelled on to Moscow.', expected: [place('Moscow', 'moscow')] },
  { text: 'Talks continue in Geneva.', expected: [place('Geneva', 'geneva')] },
  { text: 'Protesters gathered in Brussels.', expected: [place('Brussels', 'brussels')] },
  { text: 'The embassy in Beijing is closed.', expected: [place('Beijing', 'beijing')] },
  { text: 'Viktor Yanukovych fled Kiev.',
    expected: [{ text: 'Viktor Yanukovych', type: 'name', key: 'viktor janukovich' }, place('Kiev', 'kyiv')] },
  { text: 'The West Bank remains tense.', expected: [place('West Bank', 'west bank')] },
  // Countries, also by alias and in the possessive; demonyms stand for their country.
  { text: 'The U.S. is imposing new sanctions.', expected: [place('U.S.', 'united states')] },
  { text: 'Britain is leaving the partnership.', expected: [place('Britain', 'united kingdom')] },
  { text: "Russia's economy is growing.", expected: [place('Russia', 'russia')] },
  { text: 'Russian troops pulled back.', expected: [place('Russian', 'russia')] },
  // Organisations.
  { text: 'The UN is demanding a ceasefire.', expected: [org('UN', 'united nations')] },
  { text: 'The White House rejected the criticism.', expected: [org('White House', 'white house')] },
  { text: 'The Kremlin confirmed the meeting.', expected: [org('Kremlin', 'kremlin')] },
  { text: 'The EU wants to tighten the rules.', expected: [org('EU', 'european union')] },
  { text: 'NATO is sending more jets.', expected: [org('NATO', 'nato')] },
  { text: 'The World Bank cut its forecast.', expected: [org('World Bank', 'world bank')] },
  { text: 'The Security Council meets tonight.', expected: [org('Security Council', 'un security council')] },
  { text: 'The State Department summoned the ambassador.', expected: [org('State Department', 'foreign ministry')] },
  { text: 'Reuters broke the story.', expected: [org('Reuters', 'reuters')] },
  // People: unknown names are of type 'name'; a title or a role before one makes it a person.
  { text: 'Sergei Lavrov met Rex Tillerson.',
    expected: [{ text: 'Sergei Lavrov', type: 'name', key: 'sergei lavrov' }, { text: 'Rex Tillerson', type: 'name', key: 'rex tillerson' }] },
  { text: 'Secretary of State Rex Tillerson spoke.', expected: [{ text: 'Rex Tillerson', type: 'person', key: 'rex tillerson' }] },
  { text: 'Mr. Smith left the room.', expected: [{ text: 'Smith', type: 'person', key: 'smith' }] },
  // The era of a year is a time, no name.
  { text: 'The city was founded in 300 BC and rebuilt in AD 120.', expected: [] },
];

const roles: RoleRow[] = [
  { text: 'The prime minister gave a speech.', expected: [{ text: 'prime minister', key: 'prime-minister' }] },
  { text: "Germany's chancellor is visiting Paris.", expected: [{ text: 'chancellor', key: 'chancellor' }] },
  { text: 'The U.S. president is visiting Tokyo.', expected: [{ text: 'president', key: 'president' }] },
  { text: 'A government spokesman rejected the criticism.', expected: [{ text: 'spokesman', key: 'spokesperson' }] },
  { text: 'The mayor of Leeds is unhappy.', expected: [{ text: 'mayor', key: 'mayor' }] },
  { text: 'The secretary-general warned of war.', expected: [{ text: 'secretary-general', key: 'secretary-general' }] },
  { text: 'The defense secretary visited the troops.', expected: [{ text: 'defense secretary', key: 'defence-minister' }] },
  { text: 'The State Department summoned the ambassador.', expected: [{ text: 'ambassador', key: 'ambassador' }] },
  { text: 'The crown prince opened the exhibition.', expected: [{ text: 'crown prince', key: 'crown-prince' }] },
  { text: 'She was elected chairwoman.', expected: [{ text: 'chairwoman', key: 'chair' }] },
  { text: 'Secretary of State Rex Tillerson spoke.',
    expected: [{ text: 'Secretary of State', key: 'foreign-minister', person: 'rex tillerson' }] },
  { text: 'Lavrov, the Russian foreign minister, arrived on Monday.',
    expected: [{ text: 'foreign minister', key: 'foreign-minister', person: 'lavrov' }] },
  { text: 'The party leader resigned.', expected: [{ text: 'leader', key: 'leader' }] },
];

describe('English entities (golden)', () => {
  table(entities, ({ text, expected }) => {
    expect(entitiesOf(read('en', text))).toMatchObject(expected);
  });
});

describe('English roles (golden)', () => {
  table(roles, ({ text, expected }) => {
    expect(rolesOf(read('en', text))).toMatchObject(expected);
  });
});
