// Danish numbers: 3.850 and 2,5; number words including the vigesimal tens and closed compounds (enogtyve).
import { CELSIUS, FAHRENHEIT, type NumberRules } from '../../facets/numbers/rules';
import { SI_UNITS } from '../shared';

export const numbers: NumberRules = {
  measures: {
    ...SI_UNITS,
  millimeter: { dimension: 'length', factor: 0.001 },
  centimeter: { dimension: 'length', factor: 0.01 },
  meter: { dimension: 'length', factor: 1 },
  kilometer: { dimension: 'length', factor: 1000 },
  // Genitives: '30 meters dybde', '5 kilometers afstand'.
  millimeters: { dimension: 'length', factor: 0.001 },
  centimeters: { dimension: 'length', factor: 0.01 },
  meters: { dimension: 'length', factor: 1 },
  kilometers: { dimension: 'length', factor: 1000 },
  liters: { dimension: 'volume', factor: 0.001 },
  'km/t': { dimension: 'speed', factor: 1 / 3.6 },
  // Units of several words: the reader tries them before their first word.
  'kilometer i timen': { dimension: 'speed', factor: 1 / 3.6 },
  'meter i sekundet': { dimension: 'speed', factor: 1 },
  'engelske mil': { dimension: 'length', factor: 1609.344 },
  knob: { dimension: 'speed', factor: 0.514444 },
  milligram: { dimension: 'mass', factor: 1e-6 },
  gram: { dimension: 'mass', factor: 0.001 },
  kilo: { dimension: 'mass', factor: 1 },
  kilogram: { dimension: 'mass', factor: 1 },
  ton: { dimension: 'mass', factor: 1000 },
  tons: { dimension: 'mass', factor: 1000 },
  hektar: { dimension: 'area', factor: 1e4 },
  kvadratkilometer: { dimension: 'area', factor: 1e6 },
  kvadratmeter: { dimension: 'area', factor: 1 },
  liter: { dimension: 'volume', factor: 0.001 },
  // 'grader' alone leaves the scale open (a translation may keep Fahrenheit); 'grader celsius' names it.
  grader: { dimension: 'temperature' },
  'grader celsius': CELSIUS,
  'grader fahrenheit': FAHRENHEIT,
  celsius: CELSIUS,
  fahrenheit: FAHRENHEIT,
  kilowatt: { dimension: 'power', factor: 1e3 },
  megawatt: { dimension: 'power', factor: 1e6 },
  gigawatt: { dimension: 'power', factor: 1e9 },
  kilowatttimer: { dimension: 'energy', factor: 1e3 },
  megawatttimer: { dimension: 'energy', factor: 1e6 },
  gigawatttimer: { dimension: 'energy', factor: 1e9 },
  terawatttimer: { dimension: 'energy', factor: 1e12 },
  'megabit i sekundet': { dimension: 'data rate', factor: 1e6 },
  'gigabit i sekundet': { dimension: 'data rate', factor: 1e9 },
  // Imperial units kept in Danish text ('engelske mil' is rare; 'mil' alone is the old Danish mile, left out).
  tommer: { dimension: 'length', factor: 0.0254 },
  fod: { dimension: 'length', factor: 0.3048 },
  pund: { dimension: 'mass', factor: 0.453592 },
  },
  thousandsSeparator: '.',
  decimalMark: ',',
  cardinals: {
    nul: 0, én: 1, ét: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, syv: 7, otte: 8, ni: 9, ti: 10,
    elleve: 11, tolv: 12, tretten: 13, fjorten: 14, femten: 15, seksten: 16, sytten: 17, atten: 18, nitten: 19,
    tyve: 20, tredive: 30, tredve: 30, fyrre: 40, fyrretyve: 40, halvtreds: 50, halvtredsindstyve: 50,
    tres: 60, tresindstyve: 60, halvfjerds: 70, halvfjerdsindstyve: 70, firs: 80, firsindstyve: 80,
    halvfems: 90, halvfemsindstyve: 90,
    hundrede: 100, hundred: 100, tusind: 1000, tusinde: 1000,
    million: 1e6, millioner: 1e6, mio: 1e6, 'mio.': 1e6, 'mill.': 1e6,
    milliard: 1e9, milliarder: 1e9, mia: 1e9, 'mia.': 1e9, billion: 1e12, billioner: 1e12,
  },
  needsCount: [
    'million', 'millioner', 'mio', 'mio.', 'mill.', 'milliard', 'milliarder', 'mia', 'mia.', 'billion',
    'billioner',
  ],
  // 'en'/'et' are 'a' as often as 'one': a number only in 'en million', 'et hundrede', 'en tredjedel', after a count
  // cue ('mindst en') and before a unit ('en kilometer'); 'én'/'ét' always. English 'one' follows the same policy.
  articles: ['en', 'et'],
  articleIsOne: true,
  countCues: ['mindst', 'højst', 'mere end', 'mindre end', 'færre end', 'ikke mere end', 'præcis', 'nøjagtig'],
  unitsAfterOne: ['kilometer', 'meter', 'kilo', 'kilogram', 'ton', 'liter', 'hektar'],
  guarded: [],
  guardedNotAfter: [],
  joiners: ['og'],
  ordinals: {
    første: 1, anden: 2, andet: 2, tredje: 3, fjerde: 4, femte: 5, sjette: 6, syvende: 7, ottende: 8, niende: 9, tiende: 10,
    ellevte: 11, tolvte: 12, trettende: 13, fjortende: 14, femtende: 15, sekstende: 16, syttende: 17,
    attende: 18, nittende: 19, tyvende: 20, tredivte: 30, fyrretyvende: 40, halvtredsindstyvende: 50,
    tresindstyvende: 60, halvfjerdsindstyvende: 70, firsindstyvende: 80, halvfemsindstyvende: 90,
  },
  // 'anden'/'andet' mean 'other' at least as often as 'second': 'sit andet mål', 'i anden halvleg' are ordinals,
  // 'en anden', 'den anden side', 'blandt andet' are not.
  guardedOrdinals: [{
    words: ['anden', 'andet'],
    onlyAfter: ['sin', 'sit', 'sine', 'hans', 'hendes', 'deres', 'vores', 'min', 'mit', 'din', 'dit', 'dens', 'dets'],
    beforeNoun: true,
    notAfter: ['en', 'et', 'den', 'det', 'de', 'noget', 'nogen', 'ingen', 'hver', 'hvert', 'blandt', 'alt', 'intet',
      'mange', 'alle', 'hinanden', 'enhver', 'ethvert', 'og', 'eller', 'end'],
  }],
  // 'næsthøjeste', 'næststørste': second highest, second largest ('næstformand' is no superlative, 'næstsidste'
  // is second to last).
  ordinalPrefixes: [{ prefix: 'næst', value: 2, endings: ['ste', 'st'], except: ['sidst'] }],
  // 'hvert 4. år', 'hver 3. dag': every four years, every three days.
  countOrdinalAfter: ['hver', 'hvert'],
  moneySuffixes: { m: 1e6, k: 1e3 },
  negativeWords: ['minus'],
  rankWords: ['nr.', 'nummer'],
  lowerCaseNumberWords: true,
  // 'fjerdepladsen', 'førsteplads': fourth place, first place.
  ordinalCompoundHeads: ['pladsen', 'plads', 'pladser'],
  vagueBefore: ['flere', 'mange', 'adskillige', 'nogle', 'få', 'par'],
  fractionNotAfter: ['den', 'denne', 'hver', 'sin', 'sit', 'sine', 'hans', 'hendes', 'deres', 'vores', 'min', 'mit',
    'øverste', 'nederste', 'sidste', 'andre', 'hele'],
  // '3. plads', '2. verdenskrig' ('3. december' is a date, which the time stage claims); English forms kept in
  // Danish text ('125th Street'); '60-året' is the 60th anniversary, '21-års fødselsdag' the 21st birthday.
  digitOrdinal:
    /^(?:\.(?=[ \t\u00a0]+\p{Ll})|(?:st|nd|rd|th)(?![\p{L}\p{N}])|-(?:året|årsdagen|års(?=[ \t\u00a0]+fødselsdag))(?![\p{L}\p{N}]))/u,
  fractions: {
    halvdelen: 0.5, halvdel: 0.5, halvparten: 0.5, halv: 0.5, halvt: 0.5, halvanden: 1.5, halvandet: 1.5,
  },
  denominators: {
    tredjedel: 3, tredjedele: 3, fjerdedel: 4, fjerdedele: 4, kvart: 4, femtedel: 5, femtedele: 5,
    sjettedel: 6, sjettedele: 6, tiendedel: 10, tiendedele: 10, hundrededel: 100, hundrededele: 100,
  },
  percent: ['%', 'procent', 'pct.', 'pct'],
  notUnits: [
    'og', 'eller', 'men', 'af', 'i', 'på', 'til', 'for', 'fra', 'med', 'ved', 'om', 'at', 'som', 'der', 'det',
    'den', 'de', 'en', 'et', 'er', 'var', 'har', 'havde', 'blev', 'bliver', 'mod', 'efter', 'over', 'under',
    'inden', 'siden', 'mens', 'end', 'op', 'ud', 'ned', 'ind', 'hver', 'hvert', 'flere', 'mere',
    'mindre', 'sig', 'ikke', 'kl', 'sidste', 'næste', 'senere', 'tidligere', 'så', 'nu', 'også', 'kun',
    'vil', 'ville', 'kan', 'kunne', 'skal', 'skulle', 'må', 'måtte', 'bør', 'burde',
  ],
  // Past tense after a count is the verb ('tusind flygtede'), not the counted noun.
  notUnitEndings: ['ede'],
};
