// English names and roles: aliases (U.S., the UN), organisations, titles (secretary of state), demonyms.
import { country, org, place, role, type NameEntry, type NameRules, type RoleEntry } from '../../facets/names/rules';
import { NEWS_AGENCY_NAMES, OUTLET_NAMES } from '../shared';
import common from '../../../data/common-words-en.json';
import gazetteer from '../../../data/gazetteer-da-en.json';

const US_STATES = Object.entries({
  AK: 'Alaska', AZ: 'Arizona', CA: 'California', CT: 'Connecticut', FL: 'Florida', GA: 'Georgia', IA: 'Iowa',
  KS: 'Kansas', KY: 'Kentucky', MN: 'Minnesota', NC: 'North Carolina', ND: 'North Dakota', NH: 'New Hampshire',
  NJ: 'New Jersey', NM: 'New Mexico', NV: 'Nevada', NY: 'New York', SC: 'South Carolina', SD: 'South Dakota',
  TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', WI: 'Wisconsin', WV: 'West Virginia', WY: 'Wyoming',
});

const known: NameEntry[] = [
  place('kyiv', 'Kyiv', 'Kiev'),
  place('washington', 'Washington', 'Washington, D.C.', 'Washington D.C.'),
  place('us capitol', 'Capitol', 'U.S. Capitol', 'US Capitol', 'Capitol Hill'),
  place('saint petersburg', 'St. Petersburg', 'Saint Petersburg', 'St Petersburg'),
  place('middle east', 'Middle East'),
  place('west bank', 'West Bank'),
  place('gaza strip', 'Gaza Strip'),
  place('crimea', 'Crimea'),
  place('korean peninsula', 'Korean Peninsula', 'Korean peninsula'),
  place('pacific ocean', 'Pacific', 'Pacific Ocean'),
  place('atlantic ocean', 'Atlantic', 'Atlantic Ocean'),
  place('mediterranean sea', 'Mediterranean', 'Mediterranean Sea'),
  place('baltic sea', 'Baltic Sea'),
  place('north sea', 'North Sea'),
  place('black sea', 'Black Sea'),
  country('US', 'US', 'U.S.', 'USA', 'U.S.A.', 'United States', 'United States of America', 'America'),
  country('GB', 'UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom'),
  country('TR', 'Turkey'),
  country('CZ', 'Czech Republic'),
  country('NL', 'Netherlands', 'Holland'),
  country('MM', 'Burma', 'Myanmar'),
  country('CI', 'Ivory Coast'),
  org('united nations', 'UN', 'U.N.', 'United Nations'),
  org(
    'un security council', 'UN Security Council', 'U.N. Security Council', 'Security Council',
    'United Nations Security Council',
  ),
  org(
    'un general assembly', 'UN General Assembly', 'U.N. General Assembly', 'General Assembly',
    'United Nations General Assembly',
  ),
  org('european union', 'EU', 'E.U.', 'European Union'),
  org('european commission', 'European Commission'),
  org('european parliament', 'European Parliament'),
  org('nato', 'NATO', 'Nato', 'North Atlantic Treaty Organization'),
  org(
    'osce', 'OSCE', 'Organization for Security and Co-operation in Europe',
    'Organization for Security and Cooperation in Europe',
  ),
  org('who', 'WHO', 'World Health Organization'),
  org('imf', 'IMF', 'International Monetary Fund'),
  org('world bank', 'World Bank'),
  org('international court of justice', 'International Court of Justice', 'ICJ'),
  org('international criminal court', 'International Criminal Court', 'ICC'),
  org('white house', 'White House'),
  org('kremlin', 'Kremlin'),
  org('pentagon', 'Pentagon'),
  org('judiciary committee', 'Judiciary Committee'),
  org('us congress', 'Congress', 'U.S. Congress', 'US Congress'),
  org('us senate', 'Senate', 'U.S. Senate', 'US Senate'),
  org('house of representatives', 'House of Representatives', 'U.S. House of Representatives'),
  org('supreme court', 'Supreme Court', 'U.S. Supreme Court', 'US Supreme Court'),
  org('democratic party', 'Democratic Party'),
  org('republican party', 'Republican Party', 'GOP'),
  org('danish parliament', 'Folketing', 'Danish parliament'),
  // US departments carry the key of the ministry they are ('State Department' = foreign ministry).
  org('foreign ministry', 'Foreign Ministry', 'Ministry of Foreign Affairs', 'Foreign Office', 'State Department',
    'Department of State'),
  org('defence ministry', 'Defence Ministry', 'Defense Ministry', 'Ministry of Defence', 'Ministry of Defense',
    'Defense Department', 'Department of Defense'),
  org('finance ministry', 'Finance Ministry', 'Ministry of Finance', 'Treasury', 'Treasury Department'),
  org('justice ministry', 'Justice Ministry', 'Ministry of Justice', 'Justice Department', 'Department of Justice'),
  org('interior ministry', 'Interior Ministry', 'Ministry of the Interior', 'Home Office'),
  org('health ministry', 'Health Ministry', 'Ministry of Health', 'Department of Health'),
  org('premier league', 'Premier League'),
  org('champions league', 'Champions League'),
  org('europa league', 'Europa League'),
  place('soviet union', 'Soviet Union', 'USSR'),
  // US state postal codes, except those that read as words or other abbreviations (IN, OR, ME, LA, PA, VA…).
  ...US_STATES.map(([code, name]) => place(name.toLowerCase(), code)),
  { key: 'world championship', names: ['World Cup', 'World Championship', 'World Championships'], type: 'name' },
  { key: 'cold war', names: ['Cold War'], type: 'name' },
  { key: 'brexit', names: ['Brexit'], type: 'name' },
  { key: 'olympic games', names: ['Olympics', 'Olympic Games'], type: 'name' },
  { key: 'world war i', names: ['World War One', 'World War I', 'First World War', 'WW1', 'WWI'], type: 'name' },
  { key: 'world war ii', names: ['World War Two', 'World War II', 'Second World War', 'WW2', 'WWII'], type: 'name' },
  ...NEWS_AGENCY_NAMES,
  ...OUTLET_NAMES,
];

const roles: RoleEntry[] = [
  role(
    'foreign-minister', 'foreign minister', 'secretary of state', 'foreign secretary',
    'minister of foreign affairs', 'foreign affairs minister',
  ),
  role('prime-minister', 'prime minister', 'premier'),
  role('deputy-prime-minister', 'deputy prime minister', 'vice premier'),
  role(
    'defence-minister', 'defence minister', 'defense minister', 'defence secretary', 'defense secretary',
    'secretary of defense', 'secretary of defence', 'minister of defence', 'minister of defense',
  ),
  role(
    'finance-minister', 'finance minister', 'treasury secretary', 'secretary of the treasury',
    'chancellor of the exchequer', 'minister of finance',
  ),
  role('interior-minister', 'interior minister', 'interior secretary', 'home secretary', 'minister of the interior'),
  role('health-minister', 'health minister', 'health secretary', 'minister of health'),
  role('justice-minister', 'justice minister', 'attorney general', 'minister of justice'),
  role('minister', 'minister'),
  role('president', 'president'),
  role('vice-president', 'vice president', 'vice-president'),
  role('chancellor', 'chancellor'),
  role('leader', 'leader', 'head of'),
  role('opposition-leader', 'opposition leader'),
  role('spokesperson', 'spokesperson', 'spokesman', 'spokesmen', 'spokeswoman', 'spokeswomen'),
  role('press-secretary', 'press secretary'),
  role('ambassador', 'ambassador'),
  role('envoy', 'envoy', 'special envoy'),
  role('senator', 'senator'),
  role('member-of-parliament', 'member of parliament', 'mp', 'lawmaker', 'legislator', 'parliamentarian'),
  role('member-of-congress', 'congressman', 'congresswoman', 'congressmen', 'member of congress'),
  role('governor', 'governor'),
  role('mayor', 'mayor'),
  role('king', 'king'),
  role('queen', 'queen'),
  role('crown-prince', 'crown prince'),
  role('pope', 'pope'),
  role('secretary-general', 'secretary-general', 'secretary general'),
  role('chair', 'chairman', 'chairwoman', 'chairperson', 'chairmen', 'presiding officer'),
  role('deputy-chair', 'vice chairman', 'deputy chairman', 'vice-chairman'),
  role('chief-executive', 'chief executive', 'chief executive officer', 'ceo'),
  role('director', 'director'),
  role('head-of-state', 'head of state'),
  role('diplomat', 'diplomat'),
  // The plural only: the singular is mostly the adjective ('official figures').
  role('official', 'officials'),
  role('judge', 'judge'),
  role('prosecutor', 'prosecutor'),
  role('commander', 'commander'),
  role('chief-of-staff', 'chief of staff'),
  role('security-adviser', 'national security adviser', 'national security advisor'),
  role('adviser', 'adviser', 'advisor'),
  role('coach', 'head coach', 'coach'),
  role('manager', 'manager'),
  role('captain', 'captain'),
  role('police-chief', 'police chief', 'chief constable', 'police commissioner'),
  role('lawyer', 'lawyer', 'attorney'),
  role('candidate', 'candidate'),
];

/** Capitalised in English but not names: nationality words, weekdays and months, 'I'. */
const demonyms = `American Russian British English Scottish Welsh Irish French German Italian Spanish Portuguese Dutch
Belgian Swiss Austrian Danish Swedish Norwegian Finnish Icelandic Polish Czech Slovak Hungarian Romanian Bulgarian
Greek Turkish Ukrainian Belarusian Lithuanian Latvian Estonian Serbian Croatian Bosnian Slovenian Albanian
Macedonian Georgian Armenian Azerbaijani Kazakh Uzbek Chinese Japanese Korean Vietnamese Thai Indonesian
Malaysian Filipino Indian Pakistani Afghan Bangladeshi Iranian Iraqi Syrian Lebanese Israeli Palestinian
Jordanian Saudi Yemeni Qatari Emirati Egyptian Libyan Tunisian Algerian Moroccan Sudanese Ethiopian Somali
Kenyan Nigerian Ghanaian Congolese Angolan Zimbabwean Canadian Mexican Cuban Venezuelan Colombian Brazilian
Argentine Argentinian Chilean Peruvian Australian European Asian African Arab Western Eastern Soviet Kurdish
Muslim Christian Jewish Catholic Protestant Shia Sunni Nordic Scandinavian Baltic Balkan Latin Catalan Basque
Flemish Olympic Spaniard Swede Dane Briton Brit Scot Turk Kurd Democratic Conservative Liberal
Labour Tory Methodist Episcopal Anglican Lutheran Evangelical Bolivian Nicaraguan Salvadoran Guatemalan Honduran
Panamanian Paraguayan Ecuadorian Uruguayan Dominican Haitian Jamaican Nepali Sri Lankan Mongolian`.split(/\s+/);

/** Adverbs and conjunctions that often open a sentence, in case the word lists miss them. */
const sentenceStarters = `meanwhile however moreover furthermore nevertheless nonetheless instead also still yet
thus therefore hence indeed overall preferably additionally currently recently previously eventually finally
initially later earlier separately elsewhere otherwise likewise similarly notably reportedly apparently
according despite although though whereas while when whenever where wherever why how what who whom whose which
after before since until unless because if then now here there today tonight yesterday tomorrow no yes`;

/** Derived words names (almost) never end like, at a sentence start or in a title: 'Penalizing', 'Phenomenal'. */
const derivedEndings =
  /\p{L}{4}(?:ments?|isms?|i[sz]ations?|i[sz]ing|ically|ously|ively|ingly)$|\p{L}{5}(?:enal|onal|ical)$/u;

export const names: NameRules = {
  locale: 'en',
  commonWords: new Set(`${common.frequent} ${common.rare} ${sentenceStarters}`.split(/\s+/)),
  inflections: ['ies', 'es', 's', 'ed', 'ing', 'ly', 'ers', 'est', "'s"],
  // 'doubl' → 'double', 'stopp' → 'stop', 'studi' → 'study'.
  stemRepairs: [
    [/([bdfgklmnprstvz])\1$/, '$1'],
    [/$/, 'e'],
    [/i$/, 'y'],
  ],
  derivedEndings,
  givenNames: new Set(gazetteer.givenNames),
  demonymSurnames: ['English', 'French', 'Welsh', 'Irish', 'German', 'Scott'],
  demonyms: [
    ...gazetteer.demonyms.map((d) => ({ region: d.region, key: d.key, names: d.en, type: 'place' as const })),
    // A party's members and adjective stand for the party, as a demonym for its country ('the GOP' / 'Republicans').
    { key: 'republican party', names: ['Republican', 'Republicans'], type: 'organisation' as const },
    { key: 'democratic party', names: ['Democrat', 'Democrats', 'Democratic'], type: 'organisation' as const },
  ],
  surnameEndings: ['son', 'sen'],
  nameParticles: [
    'de', 'van', 'von', 'der', 'bin', 'ibn', 'al', 'el', 'da', 'di', 'du', 'la', 'le', 'ter', 'ten', 'dos', 'del',
  ],
  organisationHeads: [
    'ministry', 'department', 'council', 'organization', 'organisation', 'union', 'bank', 'party', 'university',
    'institute', 'agency', 'association', 'committee', 'commission', 'court', 'mission', 'office', 'federation',
    'fund', 'assembly', 'parliament', 'foundation', 'police', 'army', 'navy', 'corporation',
  ],
  organisationConnectors: ['of', 'for', 'on'],
  organisationAnds: ['and'],
  possessives: ["'s", "'"],
  bareGenitiveS: false,
  personTitles: [
    'inspector', 'detective', 'sergeant', 'constable', 'captain', 'colonel', 'lieutenant', 'professor', 'bishop',
    'cardinal', 'sheikh', 'prince', 'princess', 'father', 'mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady',
    'prof', 'rev', 'sen', 'sens', 'rep', 'reps', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov',
  ],
  placePrepositions: ['in'],
  // Not 'West' or 'East': surnames ('Kanye West') and 'the West' as a name.
  aloneNotNames: ['North', 'South', 'Northwest', 'Northeast', 'Southwest', 'Southeast', 'Midwest'],
  notNames: [
    ...demonyms,
    'North Korean', 'South Korean', 'South African', 'New Zealander', 'Latin American', 'Middle Eastern',
    'North American', 'Central American', 'South American', 'No', 'Nos',
    'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
    'January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
    'I', "I've", "I'm", "I'd", "I'll", 'The', 'A', 'An', 'OK',
    // The era of a year ('300 BC', 'AD 30').
    'BC', 'AD', 'BCE', 'CE',
    // Holidays are times, and Danish writes them in lowercase (jul, påske).
    'Christmas', 'Christmas Day', 'Christmas Eve', 'Easter', 'New Year', "New Year's Eve", "New Year's Day",
    'Thanksgiving', 'Halloween',
    // Capitalised in English prose, lowercase in Danish ('regeringen'); abbreviations of common nouns.
    'Government', 'TV', 'DNA', 'AI', 'A.I.', 'IT', 'PhD', 'CEO', 'GDP', 'HIV', 'AIDS', 'Aids', 'PTSD', 'VR', 'DM',
  ],
  known,
  gazetteer: gazetteer.entries.map((e) => ({ key: e.key, names: e.en, type: e.type as NameEntry['type'] })),
  keySpellings: [],
  roles,
  appositionWords: [
    'the', 'a', 'an', 'former', 'new', 'current', 'then', 'acting', 'outgoing', 'incoming', 'interim', 'top',
    'first', 'special', 'newly', 'elected', 'longtime', 'long-time',
  ],
  roleEndings: ['s'],
  compounds: false,
  compassPrefixes: [],
};
