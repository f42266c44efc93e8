// Danish negation: negators, idioms that only look negative, and the words that open subordinate clauses.
import type { NegationRules } from '../../facets/negation/rules';

export const negation: NegationRules = {
  negators: ['ikke', 'aldrig', 'ingen', 'intet', 'ingenting', 'hverken', 'ej', 'ingensinde'],
  negatingEndings: [],
  idioms: [
    'ikke kun', 'ikke blot', 'ikke bare', 'ikke alene', 'ikke desto mindre', 'ikke mindst', 'ingen tvivl',
    'om ikke andet', 'eller ej', 'eller ikke', 'ikke sandt', 'ikke også', 'hvis ikke', 'ikke uden',
    'ingen anden end', 'intet mindre end', 'ikke overraskende', 'ikke mere end', 'ikke mindre end', 'ikke flere end',
    'ikke senere end', 'ikke længe efter', 'ikke længe før',
  ],
  // 'om' (whether) is left out: it is far more often the preposition 'about'.
  complementisers: ['at', 'hvorvidt'],
  // After a preposition 'at' marks an infinitive ('til at', 'for at', 'ved at'), not a reported clause.
  complementiserNotAfter: ['til', 'for', 'om', 'ved', 'med', 'af', 'på', 'i', 'fra', 'mod'],
  // 'ved' (knows) is left out: it is far more often the preposition 'by'.
  reportingVerbs: [
    'siger', 'sagde', 'sagt', 'fortæller', 'fortalte', 'mener', 'mente', 'tror', 'troede', 'frygter', 'frygtede',
    'oplyser', 'oplyste', 'tilføjer', 'tilføjede', 'understreger', 'understregede', 'vurderer', 'vurderede',
    'skriver', 'skrev', 'meddeler', 'meddelte', 'erklærer', 'erklærede', 'påpeger', 'påpegede', 'håber',
    'håbede', 'vidste', 'forventer', 'forventede', 'advarer', 'advarede', 'afslører', 'afslørede', 'bekræfter',
    'bekræftede', 'påstår', 'påstod', 'hævder', 'hævdede', 'indrømmer', 'indrømmede', 'konkluderer', 'konkluderede',
  ],
  subordinators: [
    'som', 'fordi', 'hvis', 'når', 'mens', 'selvom', 'skønt', 'idet', 'eftersom', 'medmindre', 'hvilket',
    'hvilken', 'hvilke',
  ],
  // 'der' is a relative pronoun after a comma ('manden, der ikke kom') and 'there' elsewhere ('der er ikke').
  subordinatorsAfterComma: ['der', 'hvor'],
  implicitNegators: [
    'uden', 'undlad*', 'afvis*', 'afviste', 'nægte*', 'næppe', 'sjældent', 'mangl*', 'mangel', 'hverken', 'ingenting',
    'fravær*', 'umulig*', 'forhindr*', 'forbyd*', 'forbud*', 'tab', 'tabe', 'taber', 'tabte', 'tabt',
    'savn*', 'mislyk*', 'benæg*', 'dementer*', 'ophør*', 'uvillig*', 'i stedet for', 'snarere end',
    // The negative imperative: 'lad være med at ryge' ('do not smoke').
    'lad være', 'lade være', 'lader være', 'lod være', 'ladet være',
  ],
  // 'u-' ('uklart') is left out: too many plain words and compounds begin so ('unikke', 'ubåd', 'uafhængighed').
  negativePrefixes: [],
  negativeSuffixes: ['løs', 'løse', 'løst', 'fri', 'frie', 'frit'],
};
