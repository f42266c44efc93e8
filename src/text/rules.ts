// What the text stage (sentences, claims, attribution) needs from a language pack.
// Words are matched case-insensitively unless said otherwise; multi-word entries match word by word.

export interface TextRules {
  /** Language code of the sentence segmenters: the Intl.Segmenter locale, and sentencex's language. */
  segmenterCode: string;
  /**
   * Very common words (~150), used to detect the language of an article when no code is given; the text
   * stage also reads them: capitalised after a dot they open a sentence, alone they are never a speaker.
   */
  commonWords: string[];
  /** Abbreviations that never end a sentence, with their dots: 'bl.a.', 'mr.'. */
  abbreviations: string[];
  /** Abbreviations that may end a sentence, but not before a number: 'dec.' in 'on Dec. 7'. */
  numberAbbreviations: string[];

  /** Finite verb forms that report speech on their own: 'siger', 'said'. */
  reportingVerbs: string[];
  /** Forms that report speech only before a complement (at/that, a colon) or in a tag after a quote. */
  weakReportingVerbs: string[];
  /** Reporting verbs split around their subject: ['lod', 'forstå'] for "…, lod Tillerson forstå." */
  framedReportingVerbs: [string, string][];
  /** Words that may stand between a subject and its verb: auxiliaries, 'also'. */
  verbModifiers: string[];
  /** Auxiliaries that make a verb passive ('was told'): then its subject is no speaker. */
  passiveAuxiliaries: string[];
  /** Words that open a reported clause: 'at', 'that'. */
  complementizers: string[];
  /** Words that join clauses; a subject never reaches back past one. */
  conjunctions: string[];
  /** True when a finite verb comes second and the subject may follow it (Danish). */
  verbSecond: boolean;

  /** Conjunctions that may join two main clauses into one sentence: 'og', 'men'. */
  clauseJoiners: string[];
  /** Relative pronouns for people that, after a name and a comma, open a clause of its own: 'who'. */
  relativePronouns: string[];
  /** Pronouns that open a main clause as its subject: 'han', 'det', 'he', 'it'. */
  subjectPronouns: string[];
  /** Finite verb forms known by list: auxiliaries and common irregular verbs ('er', 'fik', 'was', 'met'). */
  finiteVerbs: string[];
  /** Endings of regular finite verbs ('er', 'ede'; 'ed', 's'), trusted only right after a subject. */
  finiteEndings: string[];
  /** Participles that, after a comma, go on with the same speaker: 'adding', 'noting'. */
  continuationCues: string[];

  /** Phrases that credit what follows as the source: 'ifølge', 'according to', 'citing'. */
  accordingTo: string[];
  /** Phrases after a reporting verb or speaker that name the outlet told: 'til', 'told', 'in an interview with'. */
  viaCues: string[];
  /** Sentence openings that refer back to the previous sentence: 'Det' (+ verb), 'That is' (+ according to). */
  backReferences: string[];

  /** Third-person pronouns that stand for the last named speaker: 'han', 'he'. */
  anaphors: string[];
  /** Subjects that are never a speaker: 'det', 'it', 'vi', 'we'. */
  nonSpeakers: string[];
  /** Nouns of office: whole words ('minister', also plural in -s), or with a leading '-' any word ending so. */
  titleWords: string[];
  /** Prepositions that may continue a title: 'spokesman for the ministry'. */
  ofPrepositions: string[];
  /**
   * Where a lower-case phrase may go on past a word: determiners and numerals ('de', 'to'), and word
   * endings of attributive adjectives ('russiske'). Absent: past any word (English shows no such ending).
   */
  phraseModifiers?: { words: string[]; endings: string[] };
  /** Words that join two names into one speaker: 'og', 'and'. */
  nameJoiners: string[];
  /** Lower-case particles inside names: 'van', 'bin'. */
  nameParticles: string[];
  /** Words that end a speaker phrase: prepositions, adverbs, weekdays, months, 'yesterday'. */
  phraseStops: string[];
  /** Capitalised words that are never a name on their own: sentence openers, weekdays, months. */
  notNames: string[];

  /** Named agencies and outlets, matched case-sensitively: 'Reuters', 'RIA Novosti', 'TV 2'. */
  agencies: string[];
  /** Word starts that make a phrase an outlet: 'nyhedsbureau', 'news agenc', 'state media'. */
  outletWords: string[];

  /** Openings of lines that are page furniture, not claims: 'Related Articles', 'Læs også'. */
  furniture: string[];
  /** Openings of credit lines: 'Reporting by', 'Editing by'. */
  creditCues: string[];
  /** Byline openings ('By', 'Af'): a short line without closing punctuation starting so is dropped. */
  bylineCues: string[];
  /** Phrases that mark a photo caption: 'is pictured', 'Foto:'. */
  captionCues: string[];
  /** Phrases that look like a caption cue but are not: 'is seen as'. */
  captionExceptions: string[];
}
