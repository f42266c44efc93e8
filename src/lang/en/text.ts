// English: sentences, reporting verbs, attribution cues and page furniture.
import type { TextRules } from '../../text/rules';
import { INTERNATIONAL_OUTLETS } from '../shared';

const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
// 'May' is left out: it is also a name and a modal verb.
const months = [
  'january', 'february', 'march', 'april', 'june', 'july',
  'august', 'september', 'october', 'november', 'december',
];

export const text: TextRules = {
  segmenterCode: 'en',
  commonWords: [
    'the', 'of', 'and', 'to', 'a', 'in', 'is', 'that', 'for', 'it', 'on', 'was', 'with', 'as', 'he', 'she',
    'be', 'by', 'at', 'are', 'this', 'from', 'have', 'has', 'had', 'not', 'but', 'or', 'an', 'they', 'his',
    'her', 'their', 'which', 'who', 'will', 'would', 'said', 'says', 'been', 'were', 'its', 'we', 'you',
    'about', 'after', 'more', 'than', 'also', 'one', 'two', 'new', 'all', 'there', 'when', 'what', 'can',
    'could', 'into', 'out', 'up', 'so', 'no', 'if', 'only', 'some', 'other', 'told', 'first', 'last',
    'while', 'because', 'before', 'most', 'them', 'him', 'our', 'may', 'should', 'such', 'these', 'those',
    'then', 'where', 'how', 'just', 'between', 'against', 'during', 'since', 'being', 'do', 'did', 'does',
    'any', 'very', 'off', 'over', 'under', 'now', 'even', 'still', 'however', 'many', 'much', 'well',
    'back', 'down', 'made', 'make', 'way', 'through', 'both', 'each', 'another', 'according', 'around',
    'without', 'whether', 'across', 'including', 'already', 'yet', 'here', 'us', 'my', 'me', 'your',
    'why', 'within', 'though', 'although', 'among', 'next', 'week', 'today', 'yesterday', 'later',
    'earlier', 'again', 'further', 'until', 'upon', 'toward', 'towards', 'despite', 'whose', 'whom',
  ],
  abbreviations: [
    'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'gen.', 'lt.', 'col.', 'sgt.', 'capt.', 'cmdr.', 'adm.', 'gov.',
    'sen.', 'rep.', 'rev.', 'hon.', 'pres.', 'st.', 'mt.', 'no.', 'nos.', 'vs.', 'e.g.', 'i.e.', 'approx.',
    // Before a number: 'Sept. 5', 'vol. 3'. Other month abbreviations stay out: 'on Oct.' may end a sentence.
    'sept.', 'fig.', 'vol.', 'sec.', 'tel.',
  ],
  // Month abbreviations go on before a day ('on Dec. 7 the …'), and may end a sentence elsewhere.
  numberAbbreviations: ['jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'oct.', 'nov.', 'dec.'],

  reportingVerbs: [
    'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'explained', 'explains', 'asked',
    'asks', 'replied', 'replies', 'wrote', 'writes', 'quoted as saying',
  ],
  weakReportingVerbs: [
    'announced', 'announces', 'reported', 'reports', 'claimed', 'claims', 'noted', 'notes', 'warned',
    'warns', 'insisted', 'insists', 'argued', 'argues', 'confirmed', 'confirms', 'acknowledged', 'admitted',
    'admits', 'stressed', 'stresses', 'emphasized', 'emphasised', 'pointed out', 'suggested', 'suggests',
    'declared', 'declares', 'maintained', 'maintains', 'predicted', 'estimated', 'believes', 'believed',
    'thinks', 'alleged', 'alleges', 'tweeted', 'conceded', 'revealed', 'disclosed', 'indicated',
    'promised', 'vowed', 'pledged', 'urged', 'cautioned', 'observed', 'commented', 'remarked', 'recalled',
    'concluded', 'complained', 'assured', 'reiterated', 'underlined', 'signalled', 'signaled', 'hinted',
    'testified', 'testifies', 'recounted', 'explain', 'recalls', 'estimates',
    // Plain forms after a plural subject: 'analysts warn that …'.
    'argue', 'warn', 'believe', 'insist', 'confirm', 'announce', 'suggest', 'admit', 'predict',
    'acknowledge', 'allege', 'testify', 'stress', 'maintain', 'add',
  ],
  framedReportingVerbs: [
    ['quoted', 'as saying'],
    ['cited', 'as saying'],
    ['quoted by', 'as saying'],
    ['cited by', 'as saying'],
  ],
  verbModifiers: [
    'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'also', 'later', 'then',
    'previously', 'earlier', 'repeatedly', 'again', 'further', 'recently', 'reportedly', 'once', 'just',
    'already', 'publicly', 'privately', 'separately', 'himself', 'herself', 'themselves', 'been', 'being',
    'not', 'never', 'long',
  ],
  passiveAuxiliaries: ['is', 'are', 'was', 'were', 'be', 'been', 'being'],
  complementizers: ['that'],
  conjunctions: [
    'and', 'but', 'or', 'while', 'as', 'because', 'although', 'though', 'when', 'who', 'which', 'whom',
    'whose', 'where', 'if', 'whereas', 'so',
  ],
  verbSecond: false,

  clauseJoiners: ['and', 'but'],
  relativePronouns: ['who'],
  subjectPronouns: ['he', 'she', 'they', 'we', 'i', 'it', 'there'],
  // Past forms that are as often nouns or adjectives ('set', 'left', 'cut') are left out.
  finiteVerbs: [
    'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'should', 'might',
    'must', 'does', 'did', 'shall', 'met', 'went', 'came', 'took', 'gave', 'made', 'got', 'saw', 'found',
    'held', 'won', 'lost', 'began', 'became', 'fell', 'rose', 'ran', 'sent', 'spent', 'kept', 'brought',
    'thought', 'knew', 'paid', 'struck', 'sold', 'built', 'fled', 'fought', 'flew', 'drove', 'spoke',
    'stood', 'sat', 'grew', 'threw', 'broke', 'chose', 'shot', 'bought', 'caught', 'felt', 'heard', 'meant',
    'sank', 'swore', 'arrived', 'died',
    // Contractions: a negated auxiliary, or a subject and its verb in one word ('it's', 'that's').
    "can't", "won't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "hasn't",
    "haven't", "hadn't", "wouldn't", "couldn't", "shouldn't", "it's", "that's", "there's", "he's", "she's",
    "they're", "we're", "i'm", "you're", "i've", "we've", "they've", "he'll", "she'll", "they'll", "we'll",
    "i'll", "it'll", "he'd", "she'd", "they'd", "we'd", "i'd",
  ],
  finiteEndings: ['ed', 's'],
  continuationCues: [
    'adding', 'noting', 'saying', 'stressing', 'insisting', 'arguing', 'explaining', 'warning', 'claiming',
  ],

  accordingTo: ['according to', 'citing', 'cited by', 'quoted by', 'as reported by'],
  viaCues: [
    'told', 'to', 'in an interview with', 'speaking to', 'talking to', 'in comments to', 'in remarks to',
  ],
  backReferences: ['That is', "That's", 'That’s', 'This is', 'That was', 'This was'],

  anaphors: ['he', 'she', 'they'],
  nonSpeakers: [
    'it', 'this', 'that', 'there', 'we', 'i', 'you', 'one', 'what', 'which', 'who', 'these', 'those',
    'here', 'everyone', 'nobody', 'someone', 'some', 'many', 'others', 'all', "i've", "we've", "you've",
    "i'd", "we'd", "i'm", "we're", "you're",
  ],
  titleWords: [
    'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'president',
    'premier', 'chancellor', 'senator', 'governor', 'mayor', 'ambassador', 'envoy', 'general', 'admiral',
    'colonel', 'commander', 'chief', 'director', 'chairman', 'chairwoman', 'chair', 'head', 'leader',
    'official', 'diplomat', 'representative', 'lawmaker', 'congressman', 'congresswoman', 'king', 'queen',
    'prince', 'pope', 'analyst', 'expert', 'professor', 'source', 'adviser', 'advisor', 'aide',
    'negotiator', 'prosecutor', 'judge', 'attorney', 'commissioner', 'ceo', 'executive', 'founder',
    'editor', 'correspondent', 'officer', 'deputy', 'mr', 'mrs', 'dr', 'sheikh', 'emir', 'authority',
    'authorities', 'police', 'ministry', 'department', 'government', 'witness', 'witnesses', 'resident',
    'investigator', 'lawyer', 'manager', 'coach',
  ],
  ofPrepositions: ['for', 'of', 'at'],
  nameJoiners: ['and', '&'],
  nameParticles: [
    'van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'zu', 'dos', 'del',
  ],
  phraseStops: [
    'in', 'on', 'at', 'to', 'from', 'with', 'by', 'for', 'of', 'about', 'after', 'before', 'during',
    'since', 'until', 'over', 'under', 'against', 'into', 'through', 'without', 'near', 'amid', 'despite',
    'outside', 'inside', 'between', 'among', 'also', 'not', 'now', 'then', 'later', 'earlier', 'however',
    'still', 'again', 'already', 'yet', 'only', 'just', 'even', 'today', 'yesterday', 'tonight',
    'tomorrow', 'recently', 'previously', 'last', 'next', 'this', 'is', 'was', 'are', 'were', 'has',
    'have', 'had', 'will', 'would', 'as', 'in a statement', 'on condition of anonymity',
    ...weekdays, ...months,
  ],
  notNames: [
    'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'in', 'on', 'at', 'but', 'and', 'mr', 'mrs',
    'ms', 'dr', 'he', 'she', 'they', 'we', 'i', 'according', 'meanwhile', 'however', 'separately',
    ...weekdays, ...months,
  ],

  agencies: [
    ...INTERNATIONAL_OUTLETS,
    'The Times', 'The Telegraph', 'Daily Telegraph', 'The Independent', 'Daily Mail', 'Radio Free Europe',
    'RFE/RL',
  ],
  outletWords: [
    'news agenc', 'press agenc', 'state media', 'media', 'newspaper', 'broadcaster', 'state television',
    'state tv', 'state-run', 'news outlet', 'outlet', 'wire service', 'daily', 'tabloid', 'magazine',
    'news site', 'television', 'radio', 'network',
  ],

  furniture: [
    'Related Articles', 'Related stories', 'Related coverage', 'Related:', 'Read more',
    'Read also', 'See also', 'More from', 'Share this', 'Share on', 'Advertisement', 'Sign up', 'Subscribe',
    'Follow us', 'Click here', 'Most read', 'Recommended', 'Also read', 'Top stories',
    'Story continues', 'More on this story',
  ],
  creditCues: [
    'Reporting by', 'Additional reporting by', 'Editing by', 'Writing by', 'Compiled by',
    'Reporting and writing by', 'Our Standards', 'All rights reserved', 'Photo credit',
  ],
  bylineCues: ['By'],
  captionCues: [
    'is pictured', 'are pictured', 'is seen', 'are seen', 'poses for', 'pose for', 'Photo:', '(Photo',
    'Photograph:', 'File photo', 'REUTERS/', 'AFP/', 'AP Photo', 'Getty Images',
  ],
  captionExceptions: ['is seen as', 'are seen as', 'is seen by', 'are seen by', 'is seen to', 'are seen to'],
};
