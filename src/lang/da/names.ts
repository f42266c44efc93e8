// Danish names and roles: exonyms (Wien, Moskva), organisations (FN, Det Hvide Hus), titles (udenrigsminister).
import { country, org, place, role, type NameEntry, type NameRules, type RoleEntry } from '../../facets/names/rules';
import { NEWS_AGENCY_NAMES, OUTLET_NAMES } from '../shared';
import common from '../../../data/common-words-da.json';
import gazetteer from '../../../data/gazetteer-da-en.json';

const known: NameEntry[] = [
  place('vienna', 'Wien'),
  place('copenhagen', 'København'),
  place('moscow', 'Moskva'),
  place('brussels', 'Bruxelles'),
  place('geneva', 'Genève', 'Geneve'),
  place('beijing', 'Beijing', 'Peking'),
  place('rome', 'Rom'),
  place('athens', 'Athen'),
  place('warsaw', 'Warszawa'),
  place('prague', 'Prag'),
  place('lisbon', 'Lissabon'),
  place('kyiv', 'Kyiv', 'Kijev', 'Kiev'),
  place('munich', 'München'),
  place('cologne', 'Köln'),
  place('hamburg', 'Hamborg'),
  place('venice', 'Venedig'),
  place('milan', 'Milano'),
  place('gothenburg', 'Göteborg', 'Gøteborg'),
  place('saint petersburg', 'Sankt Petersborg', 'Skt. Petersborg', 'Sankt Petersburg'),
  place('cairo', 'Kairo'),
  place('tehran', 'Teheran'),
  place('damascus', 'Damaskus'),
  place('baghdad', 'Bagdad'),
  place('belgrade', 'Beograd'),
  place('bucharest', 'Bukarest'),
  place('middle east', 'Mellemøsten'),
  place('west bank', 'Vestbredden'),
  place('gaza strip', 'Gazastriben'),
  // Demonyms the generated tables miss, in lowercase as Danish writes them ('tyske', 'briterne').
  country('DE', 'tysk'),
  country('GB', 'brite', 'briter'),
  country('CA', 'canadisk'),
  country('IQ', 'irakisk'),
  country('IE', 'irsk'),
  country('SA', 'saudiarabisk'),
  country('AF', 'afghansk'),
  country('PK', 'pakistansk'),
  country('CO', 'colombiansk'),
  place('catalonia', 'catalaner'),
  // English demonyms in the English names Danish keeps ('Scottish Athletics'), read as the English pack reads them.
  place('england', 'English'),
  place('wales', 'Welsh'),
  place('scotland', 'Scottish'),
  country('GB', 'British'),
  country('IE', 'Irish'),
  country('FR', 'French'),
  place('crimea', 'Krim'),
  place('korean peninsula', 'Den Koreanske Halvø'),
  place('pacific ocean', 'Stillehavet', 'Stillehav'),
  place('atlantic ocean', 'Atlanterhavet', 'Atlanterhav'),
  place('mediterranean sea', 'Middelhavet'),
  place('baltic sea', 'Østersøen'),
  place('north sea', 'Nordsøen'),
  place('black sea', 'Sortehavet'),
  country('US', 'USA', 'De Forenede Stater', 'Forenede Stater', 'Amerika', 'US'),
  country('GB', 'Storbritannien', 'UK'),
  country('NL', 'Holland', 'Nederlandene'),
  country('BY', 'Hviderusland'),
  country('MM', 'Burma'),
  org('united nations', 'FN', 'De Forenede Nationer', 'Forenede Nationer'),
  org('un security council', "FN's Sikkerhedsråd", 'Sikkerhedsrådet', 'FN’s Sikkerhedsråd'),
  org('european union', 'EU', 'Den Europæiske Union', 'Europæiske Union'),
  org('european commission', 'Europa-Kommissionen', 'EU-Kommissionen'),
  org('european parliament', 'Europa-Parlamentet', 'Europaparlamentet'),
  org('nato', 'NATO', 'Nato'),
  org('osce', 'OSCE', 'Organisationen for Sikkerhed og Samarbejde i Europa'),
  org('who', 'WHO', 'Verdenssundhedsorganisationen'),
  org('imf', 'IMF', 'Den Internationale Valutafond'),
  org('world bank', 'Verdensbanken'),
  org('international court of justice', 'Den Internationale Domstol', 'ICJ'),
  org('international criminal court', 'Den Internationale Straffedomstol', 'ICC'),
  place('us capitol', 'Kongresbygningen', 'kongresbygningen', 'Capitol Hill', 'Capitol'),
  org('white house', 'Det Hvide Hus'),
  org('kremlin', 'Kreml'),
  org('pentagon', 'Pentagon'),
  org('us congress', 'Kongressen', 'kongressen'),
  org('us senate', 'Senatet', 'senatet', 'Det Amerikanske Senat'),
  org('house of representatives', 'Repræsentanternes Hus', 'repræsentanternes hus'),
  org('supreme court', 'Højesteret', 'højesteret', 'Den Amerikanske Højesteret'),
  org('democratic party', 'Det Demokratiske Parti', 'Demokratiske Parti', 'det demokratiske parti'),
  org('republican party', 'Det Republikanske Parti', 'Republikanske Parti', 'det republikanske parti'),
  org('danish parliament', 'Folketinget', 'folketinget'),
  // Ministries: Danish writes them in lowercase; the key is the role's ministry ('Treasury' = finance ministry).
  org('foreign ministry', 'Udenrigsministeriet', 'udenrigsministeriet'),
  // 'Judiciary Committee' as Danish news renders it: 'retsudvalget', or word for word ('den dømmende magt').
  org('judiciary committee', 'Retsudvalget', 'retsudvalget', 'retsudvalg', 'dømmende komité', 'dømmende komite'),
  org('un general assembly', "FN's generalforsamling", 'FN’s generalforsamling', 'FNs generalforsamling',
    "FN's Generalforsamling", 'FN’s Generalforsamling', 'FNs Generalforsamling', 'Generalforsamlingen'),
  org('defence ministry', 'Forsvarsministeriet', 'forsvarsministeriet'),
  org('finance ministry', 'Finansministeriet', 'finansministeriet'),
  org('justice ministry', 'Justitsministeriet', 'justitsministeriet'),
  org('interior ministry', 'Indenrigsministeriet', 'indenrigsministeriet'),
  org('health ministry', 'Sundhedsministeriet', 'sundhedsministeriet'),
  { key: 'premier league', names: ['Premier League'], type: 'organisation' },
  { key: 'champions league', names: ['Champions League'], type: 'organisation' },
  { key: 'europa league', names: ['Europa League'], type: 'organisation' },
  { key: 'world championship', names: ['VM', 'Verdensmesterskabet', 'verdensmesterskabet'], type: 'name' },
  { key: 'cold war', names: ['Den Kolde Krig', 'den kolde krig'], type: 'name' },
  { key: 'brexit', names: ['Brexit', 'brexit'], type: 'name' },
  place('soviet union', 'Sovjetunionen', 'Sovjet'),
  { key: 'olympic games', names: ['OL', 'De Olympiske Lege', 'Olympiske Lege'], type: 'name' },
  { key: 'world war i', names: ['Første Verdenskrig', '1. verdenskrig', '1. Verdenskrig'], type: 'name' },
  { key: 'world war ii', names: ['Anden Verdenskrig', '2. verdenskrig', '2. Verdenskrig'], type: 'name' },
  ...NEWS_AGENCY_NAMES,
  ...OUTLET_NAMES,
];

const roles: RoleEntry[] = [
  role('foreign-minister', 'udenrigsminister', 'udenrigsministre'),
  role('prime-minister', 'statsminister', 'statsministre', 'premierminister', 'premierministre', 'regeringschef'),
  role('deputy-prime-minister', 'vicestatsminister', 'vicepremierminister'),
  role('defence-minister', 'forsvarsminister', 'forsvarsministre'),
  role('finance-minister', 'finansminister', 'finansministre'),
  role('interior-minister', 'indenrigsminister', 'indenrigsministre'),
  role('justice-minister', 'justitsminister', 'justitsministre'),
  role('health-minister', 'sundhedsminister', 'sundhedsministre'),
  role('minister', 'minister', 'ministre'),
  role('president', 'præsident'),
  role('vice-president', 'vicepræsident'),
  role('chancellor', 'kansler', 'forbundskansler'),
  {
    key: 'leader',
    names: ['leder', 'ledere'],
    notBefore: ['efter', 'til', 'an', 'os', 'dem', 'sig'],
    // 'der leder dramaet', 'som leder holdet': the verb. Not after a personal pronoun: 'blev han leder' is a noun.
    notAfter: ['der', 'som'],
  },
  role('opposition-leader', 'oppositionsleder'),
  role('spokesperson', 'talsperson', 'talsmand', 'talsmænd', 'talskvinde', 'talskvinder'),
  role('press-secretary', 'pressesekretær'),
  role('ambassador', 'ambassadør'),
  role('envoy', 'udsending', 'særlig udsending', 'særlige udsending'),
  role('senator', 'senator'),
  role('member-of-parliament', 'parlamentsmedlem', 'folketingsmedlem', 'medlem af parlamentet'),
  role('member-of-congress', 'kongresmedlem'),
  role('governor', 'guvernør'),
  role('mayor', 'borgmester', 'borgmestre', 'overborgmester'),
  role('king', 'konge'),
  role('queen', 'dronning'),
  role('crown-prince', 'kronprins'),
  role('pope', 'pave'),
  role('secretary-general', 'generalsekretær'),
  role('chair', 'formand', 'formænd', 'forperson', 'formandinde'),
  role('deputy-chair', 'næstformand'),
  role('chief-executive', 'administrerende direktør', 'topchef'),
  role('director', 'direktør'),
  role('head-of-state', 'statsoverhoved'),
  role('diplomat', 'diplomat'),
  role('official', 'embedsmand', 'embedsmænd'),
  role('judge', 'dommer'),
  role('commander', 'øverstbefalende', 'øverstkommanderende'),
  role('chief-of-staff', 'stabschef'),
  role('security-adviser', 'sikkerhedsrådgiver'),
  role('adviser', 'rådgiver', 'rådgivere'),
  role('coach', 'cheftræner', 'landstræner'),
  role('manager', 'manager'),
  role('captain', 'anfører'),
  role('police-chief', 'politichef', 'politidirektør'),
  role('lawyer', 'advokat'),
  role('candidate', 'kandidat'),
];

/** Adverbs and conjunctions that often open a sentence, in case the word lists miss them. */
const sentenceStarters = `dermed derfor desuden endvidere samtidig imidlertid ligeledes herefter derefter siden
senere tidligere ifølge blandt trods efter før under hermed således alligevel ellers altså endelig først dog nu
her der da så men og eller hvis når mens fordi selvom omkring cirka kun blot også heller ingen intet alle flere
mange nogle begge hver hvert enhver ethvert hvor hvordan hvorfor hvad hvem hvilken hvilket hvilke netop især
allerede stadig måske formentlig angiveligt ifølge inden efterfølgende hidtil fremover nej ja fortsat
republikaner demokrat`;

/**
 * Derived words names (almost) never end like, at a sentence start: 'Forhåbningerne', 'Sigtelserne', 'Sørgende',
 * adjectives in -al ('Fænomenalt').
 */
const derivedEndings = new RegExp(
  [
    String.raw`\p{L}{3}(?:ning|else|hed|skab|tion|isme|itet|ering)(?:en|er|erne|ens|ernes|et|ets|s|rne|n|r)?$`,
    String.raw`\p{L}{4}(?:ende|lige?|ligt)$`,
    String.raw`\p{L}{5}(?:al|ale|alt)$`,
  ].join('|'),
  'u',
);

export const names: NameRules = {
  locale: 'da',
  commonWords: new Set(`${common.frequent} ${common.rare} ${sentenceStarters}`.split(/\s+/)),
  inflections: [
    'ernes', 'erne', 'ene', 'ens', 'ets', 'ede', 'ende', 'rne', 'en', 'et', 'er', 'ne', 'te', 'ts', 'ns', 'rs', 'e', 'r',
    's', 't', 'n',
  ],
  // 'albumm' → 'album', 'mirakl' → 'mirakel', 'lækk' → 'lække', 'sørg' → 'sørge'.
  stemRepairs: [
    [/([bdfgklmnprstv])\1$/, '$1'],
    [/([^aeiouyæøå])([lnr])$/, '$1e$2'],
    [/$/, 'e'],
  ],
  derivedEndings,
  givenNames: new Set(gazetteer.givenNames),
  demonymSurnames: ['English', 'French', 'Welsh', 'Irish', 'Scott'],
  demonyms: [
    ...gazetteer.demonyms.map((d) => ({ region: d.region, key: d.key, names: d.da, type: 'place' as const })),
    // A party's members and adjective stand for the party ('Republikanerne', 'republikanske'); not 'demokratisk',
    // which mostly means democratic in general.
    { key: 'republican party', names: ['republikaner', 'republikansk', 'Republikanerne', 'Republikanere', 'Republikaner'], type: 'organisation' as const },
    { key: 'democratic party', names: ['demokrat', 'Demokraterne', 'Demokrater', 'Demokrat'], type: 'organisation' as const },
  ],
  lowercaseEndings: ['ernes', 'erne', 'enes', 'ene', 'ens', 'ere', 'ers', 'nes', 'es', 'ne', 'en', 'er', 'e', 's', 't'],
  surnameEndings: ['sen', 'son'],
  nameParticles: [
    'de', 'van', 'von', 'der', 'bin', 'ibn', 'al', 'el', 'da', 'di', 'du', 'la', 'le', 'ter', 'ten', 'dos', 'del',
  ],
  organisationHeads: [
    'organisation', 'ministeriet', 'ministerium', 'råd', 'rådet', 'parti', 'partiet', 'bank', 'banken',
    'universitet', 'institut', 'styrelse', 'kommission', 'domstol', 'forbund', 'agentur', 'komité', 'udvalg',
    'udvalget', 'fond', 'fonden', 'forsamling', 'union', 'unionen', 'ambassade', 'mission', 'politi', 'politiet',
    // English heads of the English names Danish keeps: 'Select Committee', 'Syracuse University'.
    'university', 'committee', 'department', 'agency', 'council', 'institute', 'association', 'foundation',
    'parliament', 'assembly', 'commission', 'court', 'ministry', 'office', 'party',
  ],
  // English 'of' joins the English names Danish keeps: 'University of Michigan'.
  organisationConnectors: ['for', 'af', 'om', 'of'],
  organisationAnds: ['og'],
  // Possessives, and the endings of acronyms written after an apostrophe (AM'erne, MWP'er).
  possessives: ["'ernes", "'erne", "'ers", "'er", "'ens", "'en", "'ets", "'et", "'s", "'"],
  bareGenitiveS: true,
  genitiveNouns: new Set(common.nouns.split(' ')),
  personTitles: [
    'politiassistent', 'politikommissær', 'kommissær', 'biskop', 'pastor', 'præst', 'pater', 'prins', 'prinsesse',
    'sheik', 'hr', 'fru', 'frk', 'dr', 'prof', 'professor',
  ],
  placePrepositions: ['i'],
  aloneNotNames: ['Nord', 'Syd', 'Øst', 'Vest', 'Nordvest', 'Nordøst', 'Sydvest', 'Sydøst'],
  // 'I' is the Danish plural 'you'; abbreviations of common nouns are no names.
  notNames: [
    'I', 'TV', 'DNA', 'IT', 'AI', 'PhD', 'CEO', 'BNP', 'SMS', 'DM', 'HIV', 'AIDS', 'Aids', 'PTSD',
    // The era of a year ('300 f.Kr.', 'år 30 e.Kr.'): a time, not Christ named.
    'Kr',
    // The English article before an English title, as the English pack reads it: 'The Hill', 'The Guardian'.
    'The', 'Government',
    // Weekdays, months and holidays capitalised at a sentence start are times, as in English.
    'Mandag', 'Tirsdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lørdag', 'Søndag', 'Januar', 'Februar', 'Marts', 'April',
    'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'December', 'Halloween', 'Thanksgiving',
    // Party members, written in lowercase but often capitalised after the English model.
    'Republikaner', 'Republikanere', 'Republikanerne', 'Demokrat', 'Demokrater', 'Demokraterne',
  ],
  known,
  gazetteer: gazetteer.entries.map((e) => ({ key: e.key, names: e.da, type: e.type as NameEntry['type'] })),
  // Danish transliteration of Russian and Ukrainian names, mapped to the English one (Janukovitj → Yanukovich).
  keySpellings: [
    [/sjtj/g, 'shch'],
    [/tj/g, 'ch'],
    [/zj/g, 'zh'],
    [/sj/g, 'sh'],
  ],
  roles,
  appositionWords: [
    'den', 'det', 'de', 'en', 'et', 'tidligere', 'nye', 'nuværende', 'daværende', 'afgående', 'fungerende',
    'kommende', 'første', 'øverste', 'særlige', 'nyvalgte', 'mangeårige',
  ],
  roleEndings: ['ernes', 'erne', 'ens', 'ene', 'en', 'er', 'es', 'ns', 'e', 'n', 's'],
  compounds: true,
  compassPrefixes: ['nordvest', 'nordøst', 'sydvest', 'sydøst', 'nord', 'syd', 'øst', 'vest', 'midt'],
};
