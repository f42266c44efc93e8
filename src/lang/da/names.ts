// Danish names and roles: exonyms (Wien, Moskva), organisations (FN, Det Hvide Hus), titles (udenrigsminister).
import type { NameEntry, NameRules, RoleEntry } from '../../facets/name-rules';
import { NEWS_AGENCY_NAMES } from '../shared';
import common from '../../../data/common-words-da.json';
import gazetteer from '../../../data/gazetteer-da-en.json';

const place = (key: string, ...names: string[]): NameEntry => ({ key, names, type: 'place' });
const country = (region: string, ...names: string[]): NameEntry => ({ region, names, type: 'place' });
const org = (key: string, ...names: string[]): NameEntry => ({ key, names, type: 'organisation' });
const role = (key: string, ...names: string[]): RoleEntry => ({ key, names });

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
  org('un general assembly', "FN's Generalforsamling", 'Generalforsamlingen'),
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
  org('white house', 'Det Hvide Hus'),
  org('kremlin', 'Kreml'),
  org('pentagon', 'Pentagon'),
  org('us congress', 'Kongressen'),
  org('danish parliament', 'Folketinget'),
  { key: 'olympic games', names: ['OL', 'De Olympiske Lege', 'Olympiske Lege'], type: 'name' },
  { key: 'world war i', names: ['Første Verdenskrig', '1. verdenskrig', '1. Verdenskrig'], type: 'name' },
  { key: 'world war ii', names: ['Anden Verdenskrig', '2. verdenskrig', '2. Verdenskrig'], type: 'name' },
  ...NEWS_AGENCY_NAMES,
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
  { key: 'leader', names: ['leder', 'ledere'], notBefore: ['efter', 'til', 'an', 'os', 'dem', 'sig'] },
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
];

/** Adverbs and conjunctions that often open a sentence, in case the word lists miss them. */
const sentenceStarters = `dermed derfor desuden endvidere samtidig imidlertid ligeledes herefter derefter siden
senere tidligere ifølge blandt trods efter før under hermed således alligevel ellers altså endelig først dog nu
her der da så men og eller hvis når mens fordi selvom omkring cirka kun blot også heller ingen intet alle flere
mange nogle begge hver hvert enhver ethvert hvor hvordan hvorfor hvad hvem hvilken hvilket hvilke netop især
allerede stadig måske formentlig angiveligt ifølge inden efterfølgende hidtil fremover`;

export const names: NameRules = {
  locale: 'da',
  commonWords: new Set(`${common.frequent} ${common.rare} ${sentenceStarters}`.split(/\s+/)),
  inflections: ['erne', 'ene', 'ens', 'ets', 'en', 'et', 'er', 'ne', 'e', 'r', 's', 't', 'n'],
  surnameEndings: ['sen', 'son'],
  nameParticles: [
    'de', 'van', 'von', 'der', 'bin', 'ibn', 'al', 'el', 'da', 'di', 'du', 'la', 'le', 'ter', 'ten', 'dos', 'del',
  ],
  organisationHeads: [
    'organisation', 'ministeriet', 'ministerium', 'råd', 'rådet', 'parti', 'partiet', 'bank', 'banken',
    'universitet', 'institut', 'styrelse', 'kommission', 'domstol', 'forbund', 'agentur', 'komité', 'udvalg',
    'udvalget', 'fond', 'fonden', 'forsamling', 'union', 'unionen', 'ambassade', 'mission', 'politi', 'politiet',
  ],
  organisationConnectors: ['for', 'af', 'om'],
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
  // 'I' is the Danish plural 'you'.
  notNames: ['I'],
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
  roleEndings: ['ernes', 'erne', 'ens', 'ene', 'en', 'er', 'es', 'ns', 'e', 'n', 's'],
  compounds: true,
};
