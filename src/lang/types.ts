// A language pack: everything language-specific, grouped by the stage that reads it.
// Each section's shape is declared beside the stage that uses it.
import type { TextRules } from '../text/rules';
import type { TimeRules } from '../facets/time/rules';
import type { NumberRules } from '../facets/numbers/rules';
import type { NameRules } from '../facets/names/rules';
import type { NegationRules } from '../facets/negation/rules';

export interface LanguagePack {
  /** BCP-47 primary subtag: 'da', 'en'. */
  code: string;
  /** English name of the language, for messages: 'Danish'. */
  name: string;
  text: TextRules;
  time: TimeRules;
  numbers: NumberRules;
  names: NameRules;
  negation: NegationRules;
}
