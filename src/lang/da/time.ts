// Danish words for the time stage. chrono-node has no Danish locale: these words are the whole parser.
import type { TimeRules } from '../../facets/time/rules';
import { numbers } from './numbers';

const weekdays: Record<string, number> = {
  søndag: 0,
  mandag: 1,
  tirsdag: 2,
  onsdag: 3,
  torsdag: 4,
  fredag: 5,
  lørdag: 6,
};

export const time: TimeRules = {
  capitalisedNames: false,
  weekdays,
  weekdayPhrases: {
    '{w}': 'recent',
    'på {w}': 'after', // "på torsdag" looks ahead
    'nu på {w}': 'after',
    'kommende {w}': 'after',
    'førstkommende {w}': 'after',
    'i {w}s': 'before', // "i torsdags": the last one before today
    'sidste {w}': 'before',
    '{w}ens': 'recent', // "fredagens møde"
    '{w}s': 'recent', // "torsdags vidneforklaringer"
    '{w}e': 'recent', // "lørdage kl. 17.30": the day of the week, whichever week
    'forrige {w}': 'previous-week',
    '{w} i sidste uge': 'previous-week',
    '{w} i forrige uge': 'previous-week',
    '{w} i denne uge': 'this-week',
    'næste {w}': 'next-week',
    '{w} i næste uge': 'next-week',
  },
  dayParts: ['morgen', 'formiddag', 'middag', 'eftermiddag', 'aften', 'aftes', 'nat'],

  months: {
    januar: 1,
    februar: 2,
    marts: 3,
    april: 4,
    maj: 5,
    juni: 6,
    juli: 7,
    august: 8,
    september: 9,
    oktober: 10,
    november: 11,
    december: 12,
    // Genitives ("junis mønster"); 'majs' is maize and 'marts' ends in s already.
    januars: 1, februars: 2, aprils: 4, junis: 6, julis: 7, augusts: 8, septembers: 9, oktobers: 10, novembers: 11,
    decembers: 12,
  },
  monthAbbreviations: { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12 },
  monthCues: ['i', 'fra', 'til', 'siden', 'indtil', 'før', 'efter', 'inden', 'sidste', 'næste', 'forrige', 'denne',
    'kommende', 'i løbet af', 'midt i', 'først i', 'sidst i'],
  monthParts: ['slutningen af', 'begyndelsen af', 'starten af', 'midten af', 'udgangen af', 'primo', 'medio', 'ultimo'],

  dates: { prefixes: ['den', 'd.'], daySuffix: '\\.?', numeric: true },

  relative: {
    'i dag': { unit: 'day', offset: 0 },
    'i går': { unit: 'day', offset: -1 },
    'i forgårs': { unit: 'day', offset: -2 },
    'i morgen': { unit: 'day', offset: 1 },
    'i overmorgen': { unit: 'day', offset: 2 },
    'i morges': { unit: 'day', offset: 0 },
    'i formiddags': { unit: 'day', offset: 0 },
    'i eftermiddags': { unit: 'day', offset: 0 },
    'i aftes': { unit: 'day', offset: -1 },
    'i aften': { unit: 'day', offset: 0 },
    'denne morgen': { unit: 'day', offset: 0 },
    'denne eftermiddag': { unit: 'day', offset: 0 },
    'denne aften': { unit: 'day', offset: 0 },
    'tidligere på dagen': { unit: 'day', offset: 0 },
    'senere på dagen': { unit: 'day', offset: 0 },
    'tidligere på ugen': { unit: 'week', offset: 0 },
    'senere på ugen': { unit: 'week', offset: 0 },
    'i denne uge': { unit: 'week', offset: 0 },
    'i sidste uge': { unit: 'week', offset: -1 },
    'i forrige uge': { unit: 'week', offset: -1 },
    'i næste uge': { unit: 'week', offset: 1 },
    'i denne måned': { unit: 'month', offset: 0 },
    'denne måned': { unit: 'month', offset: 0 },
    'tidligere på måneden': { unit: 'month', offset: 0 },
    'senere på måneden': { unit: 'month', offset: 0 },
    'i sidste måned': { unit: 'month', offset: -1 },
    'sidste måned': { unit: 'month', offset: -1 },
    'i næste måned': { unit: 'month', offset: 1 },
    'næste måned': { unit: 'month', offset: 1 },
    'i år': { unit: 'year', offset: 0 },
    'dette år': { unit: 'year', offset: 0 },
    'dette års': { unit: 'year', offset: 0 },
    'i løbet af året': { unit: 'year', offset: 0 },
    'tidligere i år': { unit: 'year', offset: 0 },
    'senere i år': { unit: 'year', offset: 0 },
    'tidligere på året': { unit: 'year', offset: 0 },
    'senere på året': { unit: 'year', offset: 0 },
    'sidste år': { unit: 'year', offset: -1 },
    'sidste års': { unit: 'year', offset: -1 },
    'forrige år': { unit: 'year', offset: -1 },
    'i fjor': { unit: 'year', offset: -1 },
    'næste år': { unit: 'year', offset: 1 },
    'til næste år': { unit: 'year', offset: 1 },
  },

  clock: {
    prefixes: ['kl.', 'kl', 'klokken'],
    words: { midnat: '00:00' },
    joiners: ['omkring', 'ved', 'fra', 'cirka', 'ca.'],
    bareColon: true, // "ved 13:10"
  },
  clockSuffixes: [],

  yearCues: ['i', 'siden', 'fra', 'til', 'indtil', 'før', 'efter', 'inden', 'i løbet af', 'frem til', 'mellem', 'af'],

  // "1960'erne", "60'erne", "tresserne"; "1800-tallet" is the 19th century, as "det 19. århundrede" is.
  periods: {
    decadeEndings: ["'erne", '’erne', 'erne', "'ernes", '’ernes', 'ernes'],
    shortDecadeMarks: [],
    decadeWords: {
      tyverne: 20, trediverne: 30, fyrrerne: 40, halvtredserne: 50, tresserne: 60, halvfjerdserne: 70,
      firserne: 80, halvfemserne: 90,
    },
    decadeWordLeads: [],
    hundredsEndings: ['-tallet', '-tallets', '-tal'],
    centuryWords: ['århundrede', 'århundredes', 'århundred', 'årh.'],
    ordinalSuffix: '\\.',
    ordinals: numbers.ordinals,
  },

  durations: {
    // The numbers pack's words up to a thousand, and the counts only a length of time takes.
    numberWords: {
      ...Object.fromEntries(Object.entries(numbers.cardinals).filter(([, v]) => v > 0 && v <= 1000)),
      en: 1, et: 1, 'en enkelt': 1, 'et enkelt': 1, halvanden: 1.5, halvandet: 1.5, 'en halv': 0.5,
      'et halvt': 0.5,
    },
    numbers,
    units: {
      minut: 'minute', minutter: 'minute', minutters: 'minute',
      time: 'hour', timer: 'hour', timers: 'hour',
      dag: 'day', dage: 'day', dages: 'day', dags: 'day', døgn: 'day', døgns: 'day',
      uge: 'week', uger: 'week', ugers: 'week',
      måned: 'month', måneder: 'month', måneders: 'month',
      år: 'year', års: 'year',
      årti: 'year', årtier: 'year', årtiers: 'year', århundrede: 'year', århundreder: 'year', århundredes: 'year',
    },
    unitSizes: { årti: 10, årtier: 10, årtiers: 10, århundrede: 100, århundreder: 100, århundredes: 100 },
    singleLeads: ['det seneste', 'det sidste', 'i det seneste', 'i det sidste', 'gennem det seneste',
      'gennem det sidste', 'over det seneste', 'over det sidste', 'det næste', 'det kommende', 'i det næste',
      'i det kommende'],
    // "i det 65. minut": the time played, as "efter 65 minutter" gives it.
    ordinalMinute: { suffix: '\\.', units: ['minut'] },
    leads: ['i', 'på', 'over', 'gennem', 'inden for', 'efter', 'om', 'de sidste', 'de seneste', 'de næste',
      'de kommende', 'de første', 'i de sidste', 'i de seneste', 'i de næste', 'i de kommende', 'i de første',
      'omkring', 'cirka', 'ca.', 'næsten', 'knap', 'godt', 'mere end', 'mindre end', 'mindst', 'op til'],
    // "to dage senere", "tre måneder efter": measured from another event, not from publication
    tails: ['lang', 'langt', 'lange', 'senere', 'tidligere', 'efter', 'før'],
    agoBefore: ['for'],
    agoAfter: ['siden i dag', 'siden'],
    ageWords: ['gammel', 'gamle', 'fødselsdag', 'fødselsdagen'],
    notAfter: ['gang', 'gange', 'per', 'pr.', 'hver', 'hvert'],
    ageVerbs: ['var', 'er', 'blev', 'fylder', 'fyldte'],
    decimalMark: ',',
  },
};
