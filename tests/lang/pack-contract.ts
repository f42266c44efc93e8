// The contract every language pack is held to (see conformance.test.ts). Each check returns the violations it
// finds as plain sentences, so that a test can run it on a deliberately broken copy of a pack and see it fail.
// Which lists must be lower case follows the stages: a list the stage reads with `includes(word.toLowerCase())`,
// a Set looked up by a lowered word, or a dictionary keyed by lowered text never matches an entry with a capital.
// Lists matched through the text stage's word matcher (case-insensitive) may hold capitals; 'agencies' is matched
// case-sensitively and keeps its spelling.
import { analyze } from '../../src/index';
import type { LanguagePack } from '../../src/lang/types';

export type Violations = string[];

/** How a list's entries are held to the contract. */
interface ListRule {
  /** The stage needs at least one entry. */
  required?: boolean;
  /** Entries must be lower case (the stage lowers the text, not the entry). */
  lower?: boolean;
  /** Entries are single words of letters only (matched against /\p{L}+/ words). */
  letters?: boolean;
  /** Entries carry their dot ('bl.a.', 'mr.'). */
  dotted?: boolean;
  /** Duplicates are told apart by case (the stage matches case-sensitively). */
  caseSensitive?: boolean;
}

type Lists = Record<string, [entries: readonly string[] | undefined, rule: ListRule]>;

const keys = (o: Record<string, unknown> | undefined): string[] | undefined => (o ? Object.keys(o) : undefined);

/** The word lists of a pack by path ('text.commonWords'), each with its rule. */
export function packLists(pack: LanguagePack): Lists {
  const { text: t, time: tm, numbers: n, names: nm, negation: ng } = pack;
  const req = { required: true };
  const low = { lower: true };
  const reqLow = { required: true, lower: true };
  return {
    'text.commonWords': [t.commonWords, { required: true, lower: true, letters: true }],
    'text.abbreviations': [t.abbreviations, { required: true, lower: true, dotted: true }],
    'text.numberAbbreviations': [t.numberAbbreviations, { dotted: true }],
    'text.reportingVerbs': [t.reportingVerbs, req],
    'text.weakReportingVerbs': [t.weakReportingVerbs, {}],
    'text.framedReportingVerbs': [t.framedReportingVerbs.map((pair) => pair.join(' … ')), {}],
    // Parts repeat across pairs ('lod … forstå', 'lod … vide'): each part once.
    'text.framedReportingVerbs (parts)': [[...new Set(t.framedReportingVerbs.flat())], { lower: true }],
    'text.verbModifiers': [t.verbModifiers, {}],
    'text.passiveAuxiliaries': [t.passiveAuxiliaries, {}],
    'text.complementizers': [t.complementizers, req],
    'text.conjunctions': [t.conjunctions, req],
    'text.clauseJoiners': [t.clauseJoiners, {}],
    'text.relativePronouns': [t.relativePronouns, {}],
    'text.subjectPronouns': [t.subjectPronouns, req],
    'text.finiteVerbs': [t.finiteVerbs, reqLow],
    'text.finiteEndings': [t.finiteEndings, low],
    'text.continuationCues': [t.continuationCues, {}],
    'text.accordingTo': [t.accordingTo, req],
    'text.viaCues': [t.viaCues, req],
    'text.backReferences': [t.backReferences, {}],
    'text.anaphors': [t.anaphors, req],
    'text.nonSpeakers': [t.nonSpeakers, req],
    'text.titleWords': [t.titleWords, req],
    'text.ofPrepositions': [t.ofPrepositions, {}],
    'text.phraseModifiers.words': [t.phraseModifiers?.words, {}],
    'text.phraseModifiers.endings': [t.phraseModifiers?.endings, low],
    'text.nameJoiners': [t.nameJoiners, req],
    'text.nameParticles': [t.nameParticles, {}],
    'text.phraseStops': [t.phraseStops, req],
    'text.notNames': [t.notNames, req],
    'text.agencies': [t.agencies, { required: true, caseSensitive: true }],
    'text.outletWords': [t.outletWords, req],
    'text.furniture': [t.furniture, {}],
    'text.creditCues': [t.creditCues, {}],
    'text.bylineCues': [t.bylineCues, req],
    'text.captionCues': [t.captionCues, {}],
    'text.captionExceptions': [t.captionExceptions, {}],

    'time.weekdays': [keys(tm.weekdays), { required: true, lower: true, letters: true }],
    'time.weekdayPhrases': [keys(tm.weekdayPhrases), req],
    'time.dayParts': [tm.dayParts, {}],
    'time.months': [keys(tm.months), { required: true, lower: true, letters: true }],
    'time.monthAbbreviations': [keys(tm.monthAbbreviations), { lower: true, letters: true }],
    'time.monthCues': [tm.monthCues, req],
    'time.monthParts': [tm.monthParts, {}],
    'time.monthsAlsoNames': [tm.monthsAlsoNames, low],
    'time.monthDeterminers': [tm.monthDeterminers, {}],
    'time.dates.prefixes': [tm.dates?.prefixes, {}],
    'time.relative': [keys(tm.relative), reqLow],
    'time.clock.prefixes': [tm.clock?.prefixes, {}],
    'time.clock.words': [keys(tm.clock?.words), low],
    'time.clock.joiners': [tm.clock?.joiners, {}],
    'time.clockSuffixes': [tm.clockSuffixes, {}],
    'time.yearCues': [tm.yearCues, req],
    'time.durations.numberWords': [keys(tm.durations.numberWords), reqLow],
    'time.durations.units': [keys(tm.durations.units), reqLow],
    'time.durations.unitSizes': [keys(tm.durations.unitSizes), low],
    'time.durations.singleLeads': [tm.durations.singleLeads, {}],
    'time.durations.ordinalMinute.units': [tm.durations.ordinalMinute?.units, low],
    'time.durations.leads': [tm.durations.leads, {}],
    'time.durations.tails': [tm.durations.tails, {}],
    'time.durations.agoBefore': [tm.durations.agoBefore, {}],
    'time.durations.agoAfter': [tm.durations.agoAfter, {}],
    'time.durations.ageWords': [tm.durations.ageWords, {}],
    'time.durations.notAfter': [tm.durations.notAfter, {}],
    'time.durations.ageVerbs': [tm.durations.ageVerbs, {}],

    'numbers.measures': [keys(n.measures), reqLow],
    'numbers.cardinals': [keys(n.cardinals), reqLow],
    'numbers.needsCount': [n.needsCount, low],
    'numbers.articles': [n.articles, low],
    'numbers.guarded': [n.guarded, low],
    'numbers.countCues': [n.countCues, low],
    'numbers.guardedNotAfter': [n.guardedNotAfter, low],
    'numbers.unitsAfterOne': [n.unitsAfterOne, low],
    'numbers.joiners': [n.joiners, low],
    'numbers.ordinals': [keys(n.ordinals), reqLow],
    'numbers.guardedOrdinals.words': [n.guardedOrdinals?.flatMap((g) => g.words), low],
    'numbers.rankWords': [n.rankWords, low],
    'numbers.ordinalCompoundHeads': [n.ordinalCompoundHeads, low],
    'numbers.vagueBefore': [n.vagueBefore, low],
    'numbers.fractionNotAfter': [n.fractionNotAfter, low],
    'numbers.multiplierHeads': [n.multiplierHeads, low],
    'numbers.countOrdinalAfter': [n.countOrdinalAfter, low],
    'numbers.fractions': [keys(n.fractions), reqLow],
    'numbers.denominators': [keys(n.denominators), low],
    'numbers.percent': [n.percent, reqLow],
    'numbers.notUnits': [n.notUnits, reqLow],
    'numbers.notUnitEndings': [n.notUnitEndings, low],

    'names.commonWords': [[...nm.commonWords], reqLow],
    'names.inflections': [nm.inflections, low],
    'names.givenNames': [nm.givenNames ? [...nm.givenNames] : undefined, { caseSensitive: true }],
    'names.genitiveNouns': [nm.genitiveNouns ? [...nm.genitiveNouns] : undefined, low],
    'names.demonymSurnames': [nm.demonymSurnames, { caseSensitive: true }],
    'names.lowercaseEndings': [nm.lowercaseEndings, low],
    'names.surnameEndings': [nm.surnameEndings, low],
    'names.nameParticles': [nm.nameParticles, low],
    'names.organisationHeads': [nm.organisationHeads, reqLow],
    'names.organisationConnectors': [nm.organisationConnectors, low],
    'names.organisationAnds': [nm.organisationAnds, low],
    'names.possessives': [nm.possessives, low],
    'names.personTitles': [nm.personTitles, reqLow],
    'names.placePrepositions': [nm.placePrepositions, reqLow],
    'names.aloneNotNames': [nm.aloneNotNames, { caseSensitive: true }],
    'names.notNames': [nm.notNames, { caseSensitive: true }],
    'names.roles': [nm.roles.flatMap((r) => r.names), reqLow],
    'names.roles (keys)': [nm.roles.map((r) => r.key), { required: true, lower: true }],
    'names.roles.notBefore/notAfter': [nm.roles.flatMap((r) => [...(r.notBefore ?? []), ...(r.notAfter ?? [])]), low],
    'names.appositionWords': [nm.appositionWords, low],
    'names.roleEndings': [nm.roleEndings, low],

    'negation.negators': [ng.negators, reqLow],
    'negation.negatingEndings': [ng.negatingEndings, low],
    'negation.idioms': [ng.idioms, reqLow],
    'negation.complementisers': [ng.complementisers, reqLow],
    'negation.complementiserNotAfter': [ng.complementiserNotAfter, low],
    'negation.reportingVerbs': [ng.reportingVerbs, reqLow],
    'negation.subordinators': [ng.subordinators, reqLow],
    'negation.subordinatorsAfterComma': [ng.subordinatorsAfterComma, low],
    'negation.implicitNegators': [ng.implicitNegators, low],
    'negation.negativePrefixes': [ng.negativePrefixes, low],
    'negation.negativeSuffixes': [ng.negativeSuffixes, low],
  };
}

/** What is wrong with one list: empty where needed, empty or padded entries, duplicates, capitals, shape. */
export function listViolations(path: string, entries: readonly string[] | undefined, rule: ListRule): Violations {
  const out: Violations = [];
  const list = entries ?? [];
  if (rule.required && list.length === 0) out.push(`${path}: empty, but the stage needs it`);
  const seen = new Map<string, string>();
  for (const entry of list) {
    if (typeof entry !== 'string' || entry.trim() === '') {
      out.push(`${path}: an empty entry`);
      continue;
    }
    if (entry !== entry.trim()) out.push(`${path}: "${entry}" has white space around it`);
    if (/\s{2,}/u.test(entry)) out.push(`${path}: "${entry}" has a double space`);
    const key = rule.caseSensitive ? entry : entry.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) out.push(`${path}: "${entry}" is listed twice${first === entry ? '' : ` (also as "${first}")`}`);
    else seen.set(key, entry);
    if (rule.lower && entry !== entry.toLowerCase()) out.push(`${path}: "${entry}" is not lower case, so it never matches`);
    if (rule.letters && !/^\p{L}+$/u.test(entry)) out.push(`${path}: "${entry}" is not a single word of letters`);
    if (rule.dotted && !entry.endsWith('.')) out.push(`${path}: "${entry}" lacks its dot`);
  }
  return out;
}

/** Every list of the pack against its rule. */
export function wordListViolations(pack: LanguagePack): Violations {
  return Object.entries(packLists(pack)).flatMap(([path, [entries, rule]]) => listViolations(path, entries, rule));
}

/** The code is a plain BCP-47 primary subtag, the name is set, the sections are there. */
export function identityViolations(pack: LanguagePack): Violations {
  const out: Violations = [];
  if (typeof pack.code !== 'string' || !/^[a-z]{2}$/.test(pack.code)) out.push(`code "${pack.code}" is no 2-letter lower-case primary subtag`);
  if (typeof pack.name !== 'string' || pack.name.trim() === '') out.push('name is not set');
  for (const section of ['text', 'time', 'numbers', 'names', 'negation'] as const) {
    if (typeof pack[section] !== 'object' || pack[section] === null) out.push(`section "${section}" is missing`);
  }
  if (!pack.text?.segmenterCode) out.push('text.segmenterCode is not set');
  if (!pack.names?.locale) out.push('names.locale is not set');
  return out;
}

/** Every value of 1…count (or 0…count-1) is named, and no name maps outside the range. */
function coverage(path: string, table: Record<string, number>, from: number, count: number): Violations {
  const out: Violations = [];
  const values = new Set(Object.values(table));
  for (let v = from; v < from + count; v++) if (!values.has(v)) out.push(`${path}: no name for ${v}`);
  for (const [name, v] of Object.entries(table)) {
    if (!Number.isInteger(v) || v < from || v >= from + count) out.push(`${path}: "${name}" maps to ${v}, outside ${from}…${from + count - 1}`);
  }
  return out;
}

/** Weekday and month names complete (7 and 12), abbreviations in range, phrases holding one weekday slot. */
export function calendarViolations(pack: LanguagePack): Violations {
  const t = pack.time;
  const out = [
    ...coverage('time.weekdays', t.weekdays, 0, 7),
    ...coverage('time.months', t.months, 1, 12),
  ];
  for (const [name, v] of Object.entries(t.monthAbbreviations)) {
    if (!Number.isInteger(v) || v < 1 || v > 12) out.push(`time.monthAbbreviations: "${name}" maps to ${v}, outside 1…12`);
  }
  for (const phrase of Object.keys(t.weekdayPhrases)) {
    if (phrase.split('{w}').length !== 2) out.push(`time.weekdayPhrases: "${phrase}" must hold {w} exactly once`);
  }
  for (const name of t.monthsAlsoNames ?? []) {
    if (!Object.hasOwn(t.months, name)) out.push(`time.monthsAlsoNames: "${name}" is no month of time.months`);
  }
  return out;
}

/** Sections that repeat each other's facts agree: decimal marks, number words, the words one list refers to. */
export function consistencyViolations(pack: LanguagePack): Violations {
  const { time: t, numbers: n, negation: ng } = pack;
  const out: Violations = [];
  if (n.decimalMark === n.thousandsSeparator) out.push('numbers: the decimal mark and the thousands separator are the same');
  if (t.durations.decimalMark !== n.decimalMark) {
    out.push(`time.durations.decimalMark "${t.durations.decimalMark}" differs from numbers.decimalMark "${n.decimalMark}"`);
  }
  for (const [word, value] of Object.entries(t.durations.numberWords)) {
    if (Object.hasOwn(n.cardinals, word) && n.cardinals[word] !== value) {
      out.push(`time.durations.numberWords: "${word}" is ${value}, but numbers.cardinals says ${n.cardinals[word]}`);
    }
  }
  for (const [word, value] of Object.entries({ ...n.cardinals, ...n.ordinals, ...n.fractions, ...n.denominators })) {
    if (!Number.isFinite(value) || value < 0) out.push(`numbers: "${word}" has no finite value (${value})`);
  }
  for (const word of [...n.needsCount, ...n.guarded]) {
    if (!Object.hasOwn(n.cardinals, word)) out.push(`numbers: "${word}" (needsCount/guarded) is no cardinal`);
  }
  for (const word of n.guardedOrdinals?.flatMap((g) => g.words) ?? []) {
    if (!Object.hasOwn(n.ordinals, word)) out.push(`numbers.guardedOrdinals: "${word}" is no ordinal`);
  }
  for (const unit of Object.keys(t.durations.unitSizes ?? {})) {
    if (!Object.hasOwn(t.durations.units, unit)) out.push(`time.durations.unitSizes: "${unit}" is no unit of time.durations.units`);
  }
  // An idiom is skipped only where it holds a negator: one without is dead weight.
  const negates = (word: string) =>
    ng.negators.includes(word) || ng.negatingEndings.some((e) => word.length > e.length && word.replace(/’/g, "'").endsWith(e));
  for (const idiom of ng.idioms) {
    if (!idiom.split(/\s+/).some(negates)) out.push(`negation.idioms: "${idiom}" holds no negator`);
  }
  // One name, one key: a name listed under two keys is read as whichever comes first.
  const keyOf = new Map<string, string>();
  for (const entry of pack.names.known) {
    const key = entry.key ?? `region:${entry.region}`;
    if (!entry.key && !entry.region) out.push(`names.known: ${JSON.stringify(entry.names)} has neither key nor region`);
    if (entry.names.length === 0) out.push(`names.known: an entry for "${key}" has no names`);
    for (const name of entry.names) {
      if (name.trim() === '' || name !== name.trim()) out.push(`names.known: "${name}" is empty or padded`);
      const before = keyOf.get(name);
      if (before === undefined) keyOf.set(name, key);
      else out.push(`names.known: "${name}" is listed twice${before === key ? '' : ` (under "${before}" and "${key}")`}`);
    }
  }
  const roleOf = new Map<string, string>();
  for (const role of pack.names.roles) {
    for (const name of role.names) {
      const before = roleOf.get(name);
      if (before !== undefined && before !== role.key) out.push(`names.roles: "${name}" is both "${before}" and "${role.key}"`);
      roleOf.set(name, role.key);
    }
  }
  return out;
}

/** Every check of the contract that reads the pack alone (no analysis). */
export function packViolations(pack: LanguagePack): Violations {
  return [
    ...identityViolations(pack),
    ...wordListViolations(pack),
    ...calendarViolations(pack),
    ...consistencyViolations(pack),
  ];
}

/** Texts that once made stages loop or backtrack: each must come back from analyze(). */
export const PATHOLOGICAL: Record<string, string> = {
  '10,000 repeated letters': 'a'.repeat(10_000),
  "2,000 repeated '. '": '. '.repeat(2_000),
  'a long run of quote marks': '"'.repeat(3_000) + '»«“”„'.repeat(600),
};

/** A short news article per pack, in its own language, for the offsets check; a pack without one gets a built one. */
export const SAMPLES: Record<string, string> = {
  da: [
    'Regeringen vil hæve skatten',
    '',
    'Finansminister Anne Holm siger torsdag til DR, at skatten stiger med 2,5 procent fra 1. januar 2019.',
    '»Vi har ikke råd til at vente,« siger hun. Ifølge Ritzau mødes partierne i Folketinget kl. 14.',
    'Oppositionen kalder planen urimelig. Den koster 3,2 mia. kroner over fire år, skriver Berlingske.',
    'Statsministeren rejser i næste uge til Bruxelles, hvor EU holder topmøde den 14. december.',
  ].join('\n'),
  en: [
    'Government to raise taxes',
    '',
    'Finance Minister Anne Holm told the BBC on Thursday that taxes would rise by 2.5 percent from Jan. 1, 2019.',
    '"We cannot afford to wait," she said. According to Reuters, the parties meet in parliament at 2 pm.',
    'The opposition called the plan unfair. It costs 3.2 billion pounds over four years, the Guardian reported.',
    'The prime minister travels to Brussels next week, where the EU holds a summit on December 14.',
  ].join('\n'),
};

/** A sample for a pack without one: sentences built of its own words (a name, a reporting verb, a month, a number). */
export function sampleArticle(pack: LanguagePack): string {
  if (SAMPLES[pack.code]) return SAMPLES[pack.code];
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  const name = pack.names.known.find((e) => e.type === 'place')?.names[0] ?? 'Anne Holm';
  const month = Object.entries(pack.time.months).find(([, v]) => v === 12)?.[0] ?? '';
  const number = Object.entries(pack.numbers.cardinals).find(([, v]) => v === 5)?.[0] ?? '5';
  const [verb = ''] = pack.text.reportingVerbs;
  const [that = ''] = pack.text.complementizers;
  const [cue = ''] = pack.time.yearCues;
  return [
    `Anne Holm ${verb} ${that} ${name} ${number} ${cap(month)} ${cue} 2019.`,
    `${cap(pack.negation.negators[0] ?? '')} ${number} ${name}, ${verb} Anne Holm.`,
  ].join(' ');
}

/**
 * Every number word the pack lists, read through analyze() in a carrier the pack itself gives: a multiplier after
 * a count ('3 millioner'), a guarded word after a count cue ('at least one'), a guarded ordinal after the word that
 * makes it one ('the second'). Returns the words that do not come back as one number of their value.
 */
export function numberWordMismatches(pack: LanguagePack): Violations {
  const n = pack.numbers;
  const out: Violations = [];
  const check = (word: string, value: number, kind: string, text: string, expectedValue = value) => {
    const found = analyze({ text, lang: pack.code }).claims.flatMap((c) => c.facets.numbers);
    const ok = found.length === 1 && Math.abs(found[0].value - expectedValue) < 1e-9 && found[0].kind === kind;
    if (!ok) out.push(`"${word}" (${value}) in "${text}" reads ${JSON.stringify(found.map((f) => [f.text, f.value, f.kind]))}`);
  };
  for (const [word, value] of Object.entries(n.cardinals)) {
    if (n.needsCount.includes(word)) check(word, value, 'cardinal', `3 ${word}`, 3 * value);
    else if (n.guarded.includes(word)) check(word, value, 'cardinal', `${n.countCues?.[0] ?? ''} ${word}`.trim());
    else check(word, value, 'cardinal', word);
  }
  for (const [word, value] of Object.entries(n.ordinals)) {
    const guard = n.guardedOrdinals?.find((g) => g.words.includes(word));
    check(word, value, 'ordinal', guard?.onlyAfter.length ? `${guard.onlyAfter[0]} ${word}` : word);
  }
  for (const [word, value] of Object.entries(n.fractions)) check(word, value, 'fraction', word);
  return out;
}
