// English negation: negators, idioms that only look negative, and the words that open subordinate clauses.
import type { NegationRules } from '../../facets/negation/rules';

export const negation: NegationRules = {
  negators: [
    'not', 'never', 'no', 'neither', 'nor', 'none', 'nobody', 'nothing', 'nowhere', 'cannot', 'no-one', 'noone',
  ],
  negatingEndings: ["n't"],
  idioms: [
    'not only', 'not just', 'not least', 'no doubt', 'no matter', 'not to mention', 'if not', 'whether or not',
    'or not', 'none other than', 'nothing but', 'nothing less than', 'no sooner', 'never mind', 'no ,',
    'no wonder', 'not surprisingly', 'not unlike', 'no later than', 'no earlier than', 'no more than',
    'no less than', 'no fewer than', 'not long after', 'not long before', 'not long ago', 'look no further',
    'no .', 'no one can deny', 'nobody can deny', 'cannot deny', "can't deny", 'can not deny', 'no denying',
  ],
  complementisers: ['that', 'whether'],
  // After a preposition 'that' is a determiner or pronoun ('in that case', 'because of that').
  complementiserNotAfter: [
    'in', 'at', 'on', 'of', 'for', 'with', 'by', 'from', 'to', 'about', 'like', 'after', 'before', 'than', 'so',
  ],
  reportingVerbs: [
    'say', 'says', 'said', 'tell', 'tells', 'told', 'added', 'adds', 'stated', 'states', 'claimed', 'claims',
    'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'fear', 'fears', 'feared', 'hope', 'hopes',
    'hoped', 'expect', 'expects', 'expected', 'knew', 'insisted', 'insists', 'warned', 'warns', 'argued',
    'argues', 'noted', 'notes', 'explained', 'announced', 'confirmed', 'reported', 'stressed', 'suggested',
    'acknowledged', 'admitted', 'wrote', 'writes', 'realised', 'realized', 'reveals', 'revealed', 'confirms',
    'alleges', 'alleged', 'concluded', 'concludes', 'maintained', 'maintains', 'denied',
  ],
  // 'since', 'before', 'after' are left out: they are prepositions at least as often.
  subordinators: [
    'who', 'whom', 'whose', 'which', 'because', 'although', 'though', 'while', 'whereas', 'if', 'unless', 'when',
    'where',
  ],
  subordinatorsAfterComma: [],
  implicitNegators: [
    'without', 'declin*', 'refus*', 'fail*', 'unable', 'lack*', 'absen*', 'deni*', 'deny*', 'barely',
    'hardly', 'scarcely', 'rarely', 'seldom', 'unlikely', 'impossible', 'neither', 'nothing', 'nobody', 'prevent*', 'ban', 'bans',
    'banned', 'lose', 'loses', 'losing', 'lost', 'loss', 'miss', 'missed', 'misses', 'missing', 'avoid*',
    'reject*', 'cease*', 'unwilling', 'yet to', 'still to', 'remains to be', 'instead of', 'rather than',
  ],
  // 'in-', 'im-', 'dis-' are left out: too many plain words begin so ('invest', 'impress', 'display').
  negativePrefixes: ['un', 'non'],
  negativeSuffixes: ['less', 'free'],
};
