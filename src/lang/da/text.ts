// Danish: sentences, reporting verbs, attribution cues and page furniture.
// Reporting verbs: the news forms of the verbs that govern quotations in a treebank of Danish news
// (frequency list in ../shared/data/reporting-verbs-da.tsv), extended by hand.
import type { TextRules } from '../../text/rules';
import { INTERNATIONAL_OUTLETS } from '../shared';

const weekdays = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];
const months = [
  'januar', 'februar', 'marts', 'april', 'maj', 'juni',
  'juli', 'august', 'september', 'oktober', 'november', 'december',
];

export const text: TextRules = {
  segmenterCode: 'da',
  commonWords: [
    'og', 'i', 'at', 'det', 'er', 'en', 'til', 'på', 'de', 'med', 'af', 'for', 'som', 'den', 'har', 'ikke',
    'der', 'et', 'var', 'om', 'fra', 'men', 'han', 'hun', 'vi', 'jeg', 'kan', 'vil', 'skal', 'sig', 'så',
    'også', 'efter', 'ved', 'blev', 'bliver', 'være', 'været', 'have', 'havde', 'når', 'hvor', 'hvad',
    'hvis', 'eller', 'andre', 'anden', 'andet', 'alle', 'mange', 'meget', 'mere', 'mest', 'nu', 'kun',
    'mod', 'siger', 'sagde', 'år', 'ifølge', 'man', 'sin', 'sine', 'sit', 'deres', 'hans', 'hendes',
    'dette', 'disse', 'denne', 'op', 'ud', 'ind', 'igen', 'før', 'mellem', 'uden', 'blive', 'kommer',
    'skulle', 'kunne', 'ville', 'får', 'få', 'fik', 'nye', 'ny', 'første', 'tre', 'os', 'ham', 'hende',
    'dem', 'her', 'da', 'end', 'selv', 'allerede', 'både', 'samt', 'dog', 'hvordan', 'hvorfor', 'hvilke',
    'hvilket', 'noget', 'nogle', 'ingen', 'intet', 'helt', 'godt', 'store', 'stor', 'flere',
    'gang', 'siden', 'mens', 'fordi', 'derfor', 'desuden', 'samtidig', 'blandt', 'omkring', 'ellers',
    'endnu', 'stadig', 'altså', 'jo', 'vel', 'nok', 'heller', 'hvem', 'vores', 'jeres', 'mig', 'dig',
    'sammen', 'ned', 'over', 'under', 'bare', 'lige', 'går', 'gør', 'gjorde', 'tager', 'tog', 'dag',
    'tidligere', 'senere', 'ske', 'sket', 'skete', 'danske', 'dansk',
  ],
  abbreviations: [
    'bl.a.', 'f.eks.', 'ca.', 'kl.', 'nr.', 'jf.', 'dvs.', 'hhv.', 'evt.', 'inkl.', 'ekskl.', 'mht.',
    'pga.', 'vedr.', 'iflg.', 'ift.', 'gl.', 'ang.', 'd.', 'dr.', 'prof.', 'hr.', 'fr.', 'st.', 'skt.',
    // Before a number: '3 mia. 200', 'pkt. 4', '5. jan. 2018'.
    'pkt.', 'stk.', 'kap.', 'tlf.', 'mio.', 'mia.', 'jan.', 'feb.', 'aug.', 'sept.', 'okt.', 'nov.', 'dec.',
  ],
  numberAbbreviations: [],

  reportingVerbs: [
    'siger', 'sagde', 'sagt', 'oplyser', 'oplyste', 'oplyst', 'fortæller', 'fortalte', 'fortalt',
    'udtaler', 'udtalte', 'udtalt', 'tilføjer', 'tilføjede', 'understreger', 'understregede',
    'forklarer', 'forklarede', 'erklærer', 'erklærede', 'meddeler', 'meddelte', 'påpeger', 'påpegede',
    'fastslår', 'fastslog', 'svarer', 'svarede', 'lyder det fra', 'lød det fra', 'udbrød',
  ],
  weakReportingVerbs: [
    'mener', 'mente', 'skriver', 'skrev', 'rapporterer', 'rapporterede', 'melder', 'meldte',
    'vurderer', 'vurderede', 'advarer', 'advarede', 'lover', 'lovede', 'hævder', 'hævdede',
    'konstaterer', 'konstaterede', 'påstår', 'påstod', 'indrømmer', 'indrømmede', 'bekræfter',
    'bekræftede', 'fremhæver', 'fremhævede', 'betoner', 'betonede', 'pointerer', 'pointerede',
    'konkluderer', 'konkluderede', 'gentager', 'gentog', 'bedyrer', 'bedyrede', 'forsikrer',
    'forsikrede', 'beretter', 'berettede', 'spørger', 'spurgte', 'truer', 'truede', 'foreslår',
    'foreslog', 'fremgår', 'lod forstå', 'lod vide', 'bemærker', 'bemærkede', 'annoncerer', 'annoncerede',
    'tweeter', 'tweetede', 'argumenterer', 'argumenterede', 'insisterer', 'insisterede', 'erkender',
    'erkendte', 'anslår', 'anslog', 'vidnede',
    'skrevet', 'rapporteret', 'meldt', 'vurderet', 'advaret', 'hævdet', 'konstateret', 'påstået',
    'indrømmet', 'bekræftet', 'fremhævet', 'betonet', 'pointeret', 'konkluderet', 'gentaget', 'bemærket',
    'annonceret', 'erkendt', 'mindes', 'mindedes', 'forudser', 'forudså', 'forudsagde',
    // Participles after 'har'/'havde' ('Moskva har understreget, at …'); no subject follows them.
    'tilføjet', 'understreget', 'forklaret', 'erklæret', 'meddelt', 'påpeget', 'fastslået', 'svaret',
  ],
  framedReportingVerbs: [
    ['lod', 'forstå'],
    ['lod', 'vide'],
  ],
  verbModifiers: [
    'har', 'havde', 'have', 'skal', 'skulle', 'vil', 'ville', 'kan', 'kunne', 'må', 'også', 'dog', 'nu',
    'tidligere', 'senere', 'igen', 'selv', 'gentagne gange', 'flere gange', 'længe', 'allerede', 'i dag',
    'i går',
  ],
  passiveAuxiliaries: ['blev', 'bliver', 'blevet'],
  complementizers: ['at'],
  conjunctions: ['og', 'men', 'eller', 'samt', 'mens', 'fordi', 'da', 'hvis', 'når', 'som', 'der', 'hvor'],
  verbSecond: true,

  clauseJoiners: ['og', 'men'],
  // 'der' and 'som' tell of things as often as of people: after 'besøg i Europa, som …' the clause is about the visit.
  relativePronouns: [],
  subjectPronouns: ['han', 'hun', 'de', 'vi', 'jeg', 'du', 'det', 'den', 'der', 'man'],
  // 'ved' (knows / at) and 'led' (suffered / joint) are left out: too often something else.
  finiteVerbs: [
    'er', 'var', 'har', 'havde', 'vil', 'ville', 'skal', 'skulle', 'kan', 'kunne', 'må', 'måtte', 'bør',
    'burde', 'blev', 'bliver', 'får', 'fik', 'går', 'gik', 'kom', 'gav', 'tog', 'så', 'lå', 'sad', 'stod',
    'holdt', 'gjorde', 'gør', 'vidste', 'fandt', 'døde', 'ankom', 'forlod', 'mødtes', 'mødes', 'lod', 'bad',
    'drog', 'fløj', 'faldt', 'steg', 'vandt', 'skød', 'slog', 'trak', 'brød', 'løb', 'greb', 'skrev',
    'findes', 'synes', 'syntes', 'tror', 'troede',
  ],
  finiteEndings: ['r', 'ede', 'te', 'es'],
  continuationCues: [],

  accordingTo: ['ifølge', 'med henvisning til', 'citeret af', 'citeret i', 'der citerer', 'som citerer'],
  viaCues: ['til', 'over for', 'overfor', 'i et interview med', 'i et interview til'],
  backReferences: ['Det', 'Dette', 'Sådan', 'Det er', 'Det var', 'Dette er'],

  anaphors: ['han', 'hun', 'de'],
  nonSpeakers: [
    'det', 'der', 'dette', 'den', 'man', 'jeg', 'vi', 'du', 'som', 'hvad', 'hvem', 'sig', 'selv', 'her',
    'hvilket', 'nogen', 'ingen', 'alle', 'mange', 'flere',
  ],
  // Danish titles are mostly compounds ('udenrigsminister', 'basketballtræner'): match them as word endings.
  titleWords: [
    '-minister', '-ministeren', '-ministre', '-ministrene', '-præsident', '-præsidenten', '-formand',
    '-formanden', '-talsmand', '-talsmanden', '-talsmænd', '-talskvinde', '-talskvinden', '-talsperson',
    '-talspersonen', '-direktør', '-direktøren', '-chef', '-chefen', '-leder', '-lederen', '-ledere',
    '-general', '-generalen', '-ambassadør', '-ambassadøren', '-borgmester', '-borgmesteren', '-kansler',
    '-kansleren', '-senator', '-senatoren', '-diplomat', '-diplomaten', '-diplomater', '-ordfører',
    '-ordføreren', '-sekretær', '-sekretæren', 'konge', 'kongen', 'dronning', 'dronningen', '-udsending',
    '-udsendingen', '-embedsmand', '-embedsmanden', '-embedsmænd', '-kommissær', '-kommissæren',
    'professor', 'professoren', '-ekspert', '-eksperten', '-eksperter', '-analytiker', '-analytikeren',
    '-analytikere', 'kilde', 'kilden', 'kilder', '-repræsentant', '-repræsentanten', '-redaktør',
    '-redaktøren', '-inspektør', '-inspektøren', '-mester', '-mesteren', '-kaptajn', '-kaptajnen', 'oberst',
    '-officer', '-officeren', '-rådgiver', '-rådgiveren', '-forhandler', '-forhandleren', '-anklager',
    '-anklageren', '-dommer', '-dommeren', '-advokat', '-advokaten', '-korrespondent', '-korrespondenten',
    '-journalist', '-journalisten', '-manager', '-manageren', '-træner', '-træneren', '-assistent',
    '-assistenten', '-betjent', '-betjenten', '-vidne', '-vidner', '-vidnet', 'pave', 'paven', 'prins',
    'prinsen', 'hr', 'fru', 'dr', 'myndighed', 'myndigheden', '-myndigheder', '-myndighederne',
    '-ministerium', '-ministeriet', 'regering', 'regeringen',
  ],
  ofPrepositions: ['for', 'hos', 'i', 'af'],
  phraseModifiers: {
    words: [
      'den', 'det', 'de', 'en', 'et', 'to', 'tre', 'fire', 'fem', 'flere', 'mange', 'nogle', 'alle', 'hans',
      'hendes', 'sin', 'sit', 'sine', 'dens', 'dets', 'deres', 'vores', 'landets', 'byens',
    ],
    endings: ['e', 's', 'ig', 'isk'],
  },
  nameJoiners: ['og', '&'],
  nameParticles: [
    'van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'zu', 'dos', 'del',
  ],
  phraseStops: [
    'i', 'på', 'til', 'fra', 'med', 'om', 'ved', 'efter', 'under', 'over', 'mod', 'før', 'siden', 'uden',
    'hos', 'for', 'gennem', 'mellem', 'blandt', 'bag', 'foran', 'trods', 'omkring', 'af', 'nu', 'også',
    'ikke', 'dog', 'derfor', 'desuden', 'samtidig', 'endnu', 'allerede', 'igen', 'senere', 'tidligere',
    'i dag', 'i går', 'i morgen', 'forleden', 'stadig', 'altid', 'aldrig', 'blot', 'kun', 'netop',
    'ligeledes', 'så', 'her', 'da', 'forrige', 'sidste', 'næste', 'denne', 'dette', 'videre', 'ellers',
    'måske', 'nemlig', 'altså', 'jo', 'vel', 'nok', 'heller', 'ifølge', 'onsdags', 'torsdags',
    'efterfølgende', 'derudover', 'dermed', 'derefter', 'herefter', 'alligevel', 'endelig', 'imidlertid',
    'endvidere', 'bagefter', 'først', 'fortsat', 'angiveligt', 'åbenbart', 'straks', 'yderligere',
    'hele tiden', 'flere gange', 'gentagne gange', 'ofte', 'tit', 'længe',
    ...weekdays, ...months,
  ],
  notNames: [
    'det', 'den', 'de', 'der', 'denne', 'dette', 'disse', 'en', 'et', 'men', 'og', 'i', 'på', 'til', 'han',
    'hun', 'nu', 'ifølge', 'derfor', 'samtidig', 'desuden', 'så', 'da', 'hr', 'fru', 'dr',
    ...weekdays, ...months,
  ],

  agencies: [
    ...INTERNATIONAL_OUTLETS,
    'Danmarks Radio', 'TV2', 'TV 2 News', 'Politiken', 'Berlingske', 'Jyllands-Posten', 'Ekstra Bladet', 'B.T.',
    'BT', 'Børsen', 'Kristeligt Dagblad', 'Altinget', 'Weekendavisen', 'Zetland', 'Izvestija',
  ],
  outletWords: [
    'nyhedsbureau', 'avis', 'dagblad', 'medie', 'statsmedie', 'nyhedsmedie', 'tv-station', 'tv-kanal',
    'radio', 'netavis', 'nyhedstjeneste', 'nyhedsside', 'ugeblad', 'magasin', 'tidsskrift', 'statstv',
    'stats-tv', 'public service-station', 'tv-netværk', 'netværket',
  ],

  furniture: [
    'Læs også', 'Læs mere', 'Læs hele artiklen', 'Se også', 'Relaterede artikler', 'Relateret',
    'Del artiklen', 'Del på', 'Annonce', 'Tilmeld dig', 'Følg os', 'Mest læste', 'Seneste nyt',
    'Artiklen fortsætter', 'Se video', 'Hør podcast',
  ],
  creditCues: ['Redigeret af', 'Skrevet af', 'Oversat af', 'Kilde:', 'Kilder:', 'Alle rettigheder'],
  bylineCues: ['Af'],
  captionCues: ['Foto:', 'Foto :', '(Foto', 'Arkivfoto', 'Billede:', 'ses her', 'ses på billedet', 'på billedet ses'],
  captionExceptions: [],
};
