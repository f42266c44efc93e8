// What a language pack tells the negation stage (src/facets/negation/).

export interface NegationRules {
  /** Words that negate, lowercase: 'ikke', 'aldrig', 'ingen' / 'not', 'never', 'no'. */
  negators: string[];
  /** Word endings that negate (English "n't" in "didn't"); apostrophes are matched as ' or ’. */
  negatingEndings: string[];
  /**
   * Phrases that contain a negator yet do not negate the claim ('ikke kun', 'not only', 'no doubt'),
   * as lowercase words separated by spaces; punctuation may be a word of its own ('no ,').
   */
  idioms: string[];
  /** Complementisers: the clause they open runs to the end of the sentence ('at', 'hvorvidt' / 'that', 'whether'). */
  complementisers: string[];
  /** Words before a complementiser that make it something else: Danish 'til at' (infinitive), English 'in that'. */
  complementiserNotAfter: string[];
  /**
   * Verbs of saying and thinking that report a clause even without a complementiser ('said he would not'):
   * what follows them is the reported clause, unless a negator follows at once ('said nothing').
   */
  reportingVerbs: string[];
  /** Subordinators and relative pronouns: their clause runs to the next comma ('som', 'fordi' / 'who', 'because'). */
  subordinators: string[];
  /** Words that open a comma-bounded relative clause only right after a comma (Danish 'der': relative or 'there'). */
  subordinatorsAfterComma: string[];
  /**
   * Words and word beginnings that carry a negative meaning without a negator ('without', 'declined', 'failed',
   * 'uden', 'afviste', 'nægte'): a translator often renders 'ikke' with one of them, so a claim holding one is not
   * taken as the plain opposite of a negated claim. Lowercase; a trailing '*' matches any ending; an entry of
   * several words is a phrase ('yet to').
   */
  implicitNegators: string[];
  /**
   * Prefixes and suffixes that make a word of the language negative by meaning ('un' + 'clear', 'u' + 'klart',
   * 'fejl' + 'fri', 'hope' + 'less'): such a word counts as an implicit negator when the rest is a common word.
   */
  negativePrefixes: string[];
  negativeSuffixes: string[];
}
