/**
 * Boilerplate vocabularies of other languages (German, French, Spanish, Italian, Portuguese, Dutch, Russian, Polish,
 * Swedish, Danish, Norwegian, Turkish), one table per language: the words page furniture is written in
 * (share, related, cookie, subscribe, copyright, "read more", photo credits, newsletter, advertisement, comments, the
 * heading of a summary box), each
 * with an invented example line. A page is matched against the table of its own language only — the language whose
 * function words its text uses most — so a page pays for one table, and a word that is furniture in one language
 * ("more", "alle") is never looked for in another. English furniture is in vocabulary.ts (FURNITURE); claims are read
 * in English only, whatever is cleaned here.
 */
import { nameLine } from './metadata.ts';
import { ENGLISH_AUTHOR_BOX, type FurniturePattern } from './vocabulary.ts';

export type FurnitureKind =
  | 'share'
  | 'related'
  | 'readMore'
  | 'cookie'
  | 'subscribe'
  | 'newsletter'
  | 'copyright'
  | 'photoCredit'
  | 'advertisement'
  | 'comments'
  | 'readingTime'
  | 'consent'
  | 'app'
  | 'navigation'
  | 'dateStamp'
  | 'summary';

export interface LanguageTable {
  /** ISO 639-1 code. */
  language: string;
  /** Frequent function words (lower case): how the page's language is recognised. */
  functionWords: string[];
  /**
   * The share of a page's words that must be these function words for the page to be read as this language (default
   * 15%; prose of most of these languages has 30–50%). Lower for a language that builds with suffixes what others say
   * with separate words (Turkish: "evde", in the house).
   */
  minShare?: number;
  /** Phrases of each kind of furniture (lower case; matched as whole words, case-insensitively). */
  phrases: Record<FurnitureKind, string[]>;
  /** An invented line of each kind, as a page of this language prints it (tests run every one). */
  examples: Record<FurnitureKind, string>;
  /** The heading of the box about the author that sites print after the article (see AuthorBox). */
  authorBox: AuthorBox;
  /** How the language writes a date line (see DateWords). */
  dates: DateWords;
  /** How the language signs an article (see Byline); none where bylines carry no word before the name. */
  byline?: Byline;
}

/**
 * The word before the author's name on a byline line ("Von Jana Beispiel", "Par Jeanne Exemple, AFP", "Door Jan
 * Jansen"): a line of only that word, a name of two to five words (capitalised, or a short particle: "de", "van") and
 * perhaps an agency or a date after a separator is the article's byline, not its text (English: metadata.ts).
 */
export interface Byline {
  /** The words, lower case. */
  cues: string[];
  /** An invented byline line (tests run every one). */
  example: string;
}

/**
 * The words of a date line in the language ("sexta-feira, 7 de março de 2025 às 18:30", "Freitag, 7. März 2025"): a
 * line made only of these, the dateStamp phrases' words, numbers and separators, with a digit and a month's or a
 * weekday's name, is the page's date line, not the article's (the English rule is metadata.ts's isDateLine).
 */
export interface DateWords {
  /** Month names and their abbreviations, lower case. */
  months: string[];
  weekdays: string[];
  /** The small words a date is written with ("de", "às", "um", "Uhr"), lower case. */
  words: string[];
  /** An invented date line (tests run every one). */
  example: string;
}

/**
 * The heading of the box about the article's author that sites print below it (a photo, a name, a paragraph of bio):
 * the heading alone ("About the author"), or its first words before the author's name ("About Jane Doe"). It ends
 * the article as the related-stories headings do (the tail cut: only after most of the article's prose).
 */
export interface AuthorBox {
  /** Whole headings, lower case. */
  headings: string[];
  /** Words that head the box when the author's name (two to four capitalised words) follows them, lower case. */
  beforeName: string[];
  /** An invented heading with a name (tests run every one). */
  example: string;
}

/** How each kind of furniture is matched, with the reason shown in `removed` (the English rules' reasons). */
type Shape = 'line' | 'lead' | 'anywhere' | 'credit' | 'measure' | 'stamp';
const KINDS: Record<FurnitureKind, { reason: string; proseMaxWords: number; shape: Shape }> = {
  // The whole line is the label ("Anzeige", "Kommentare (12)"), or the label leads a link ("Lesen Sie auch: …"), or
  // (distinctive phrases only) the phrase stands anywhere in a line no longer than proseMaxWords.
  advertisement: { reason: 'advertisement', proseMaxWords: Infinity, shape: 'line' },
  // readMore labels one link set inside the article ("Lire aussi", "Leggi anche", "Lees ook": sites print it between
  // any two paragraphs); related heads a box of other stories ("Sur le même sujet"), which may end the article (TAILS).
  readMore: { reason: 'related link', proseMaxWords: Infinity, shape: 'lead' },
  related: { reason: 'related link', proseMaxWords: Infinity, shape: 'lead' },
  // Verbs ("teilen", "commenter") are words of the news too: they count only as the whole line ("Teilen",
  // "Kommentare (12)").
  share: { reason: 'share widget', proseMaxWords: Infinity, shape: 'line' },
  cookie: { reason: 'cookie/privacy notice', proseMaxWords: 30, shape: 'anywhere' },
  subscribe: { reason: 'subscription prompt', proseMaxWords: 16, shape: 'anywhere' },
  newsletter: { reason: 'subscription prompt', proseMaxWords: 16, shape: 'anywhere' },
  copyright: { reason: 'copyright', proseMaxWords: 25, shape: 'anywhere' },
  comments: { reason: 'comments widget', proseMaxWords: Infinity, shape: 'line' },
  // "Foto: Jane Doe" on its own, or ending a caption ("… am Samstag. Foto: Jane Doe / Agentur"), in brackets too
  // ("… en Solvik. (Foto: EFE/Juan Pérez)").
  photoCredit: { reason: 'image caption/credit', proseMaxWords: 60, shape: 'credit' },
  // The label with a number of minutes, either way round ("Lesezeit: 3 Minuten", "3 minuti di lettura").
  readingTime: { reason: 'reading time', proseMaxWords: Infinity, shape: 'measure' },
  // The buttons and links of a consent banner and the site's legal pages, as the whole line ("Alle akzeptieren",
  // "Mentions légales").
  consent: { reason: 'cookie/privacy notice', proseMaxWords: Infinity, shape: 'line' },
  // "Jetzt die App herunterladen": an imperative to install the site's app (a sentence about an app says more).
  app: { reason: 'social/app prompt', proseMaxWords: 12, shape: 'anywhere' },
  // Skip links and the links home and to the top ("Zum Inhalt springen", "Accueil"), as the whole line.
  navigation: { reason: 'navigation', proseMaxWords: Infinity, shape: 'line' },
  // "Aktualisiert am 3. März 2025, 06:40 Uhr": a stamp word, then a date or time (a digit) within a short line.
  // Not a sentence of more than a stamp's words: "Publicado 2 veces por semana, el boletín…" is prose.
  dateStamp: { reason: 'date line', proseMaxWords: 8, shape: 'stamp' },
  // The heading of a summary box at the top of the article ("Das Wichtigste in Kürze", "Ce qu'il faut retenir"), as
  // the whole line: the box's points restate the article and are not its text (lines.ts: markSummaryBoxes).
  summary: { reason: 'summary box', proseMaxWords: Infinity, shape: 'line' },
};

export const LANGUAGES: LanguageTable[] = [
  {
    language: 'de',
    functionWords: [
      'der',
      'die',
      'das',
      'und',
      'ist',
      'nicht',
      'ein',
      'eine',
      'mit',
      'auf',
      'für',
      'von',
      'dem',
      'den',
      'sich',
      'des',
      'auch',
      'es',
      'im',
      'zu',
      'wird',
      'wurde',
      'sie',
      'er',
      'bei',
      'nach',
      'aus',
      'wie',
      'noch',
      'dass',
    ],
    phrases: {
      share: [
        'teilen',
        'artikel teilen',
        'diesen artikel teilen',
        'auf facebook teilen',
        'per e-mail teilen',
        'link kopieren',
        'drucken',
        'teilen auf facebook',
        'auf whatsapp teilen',
        'artikel merken',
        'zur merkliste hinzufügen',
        'seite drucken',
        'bild vergrößern',
        'artikel anhören',
        'auf x teilen',
        'auf twitter teilen',
        'per whatsapp teilen',
        'artikel drucken',
        'artikel verschenken',
        'link teilen',
      ],
      related: [
        'mehr zum thema',
        'mehr aus diesem ressort',
        'das könnte sie auch interessieren',
        'weitere artikel',
        'verwandte artikel',
        'ähnliche artikel',
        'auch interessant',
        'meistgelesen',
        'empfehlungen',
        'mehr artikel aus dem ressort',
        'weitere nachrichten',
        'zum thema',
        'passend zum thema',
        'auch lesenswert',
        'weitere themen',
        'beliebte artikel',
        'top-artikel',
        'das könnte sie interessieren',
      ],
      readMore: [
        'lesen sie auch',
        'lesen sie mehr',
        'weiterlesen',
        'mehr lesen',
        'mehr dazu',
        'zum artikel',
        'mehr erfahren',
        'hier weiterlesen',
        'lesen sie dazu',
        'lesen sie hier',
      ],
      cookie: [
        'cookies',
        'datenschutzerklärung',
        'datenschutzhinweise',
        'cookie-einstellungen',
        'wir verwenden cookies',
        'cookie-richtlinie',
        'datenschutzeinstellungen',
      ],
      subscribe: [
        'jetzt abonnieren',
        'abo abschließen',
        'jetzt registrieren',
        'jetzt anmelden',
        'abonnent werden',
        'bereits abonnent',
        'jetzt kostenlos registrieren',
        'exklusiv für abonnenten',
        'jetzt weiterlesen mit',
        'weiterlesen mit',
        'zum abo',
        'jetzt testen für',
        'plus-artikel',
      ],
      newsletter: [
        'newsletter',
        'newsletter abonnieren',
        'zum newsletter anmelden',
        'newsletter bestellen',
        'jetzt newsletter abonnieren',
        'newsletter-anmeldung',
      ],
      copyright: ['alle rechte vorbehalten', 'erschien zuerst', 'nachdruck nur mit genehmigung', 'alle rechte bei'],
      photoCredit: ['foto', 'fotos', 'bild', 'bildquelle', 'quelle', 'bildrechte', 'bildnachweis', 'fotograf'],
      advertisement: ['anzeige', 'werbung', 'gesponsert', 'anzeigen', 'werbeanzeige', 'sponsored'],
      comments: [
        'kommentare',
        'kommentar schreiben',
        'kommentieren',
        'diskutieren sie mit',
        'zum kommentarbereich',
        'leserkommentare',
        'kommentar verfassen',
        'jetzt kommentieren',
        'kommentare anzeigen',
        'zu den kommentaren',
      ],
      readingTime: ['lesezeit', 'lesedauer'],
      consent: [
        'alle akzeptieren',
        'akzeptieren',
        'alle ablehnen',
        'einstellungen verwalten',
        'impressum',
        'datenschutz',
        'agb',
        'nutzungsbedingungen',
      ],
      app: ['app herunterladen', 'jetzt die app', 'in der app lesen', 'app laden', 'folgen sie uns'],
      navigation: ['zum inhalt springen', 'zur startseite', 'startseite', 'nach oben', 'zurück nach oben', 'menü', 'suche'],
      dateStamp: ['aktualisiert', 'aktualisiert am', 'veröffentlicht', 'veröffentlicht am', 'zuletzt aktualisiert'],
      summary: [
        'das wichtigste in kürze',
        'das wichtigste auf einen blick',
        'auf einen blick',
        'in kürze',
        'kurz und knapp',
        'kurz & knapp',
        'die wichtigsten punkte',
      ],
    },
    examples: {
      share: 'Artikel teilen',
      related: 'Mehr zum Thema: Neue Fähre für Solvik',
      readMore: 'Lesen Sie auch: Hafen bleibt geschlossen',
      cookie: 'Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.',
      subscribe: 'Jetzt abonnieren und alle Artikel lesen',
      newsletter: 'Zum Newsletter anmelden',
      copyright: '© 2025 Hafenblatt. Alle Rechte vorbehalten.',
      photoCredit: 'Foto: Jane Doe / Hafenagentur',
      advertisement: 'Anzeige',
      comments: 'Kommentare (12)',
      readingTime: 'Lesezeit: 3 Minuten',
      consent: 'Alle akzeptieren',
      app: 'Jetzt die App herunterladen',
      navigation: 'Zum Inhalt springen',
      dateStamp: 'Aktualisiert am 3. März 2025, 06:40 Uhr',
      summary: 'Das Wichtigste in Kürze',
    },
    dates: {
      months: [
        'januar',
        'februar',
        'märz',
        'april',
        'mai',
        'juni',
        'juli',
        'august',
        'september',
        'oktober',
        'november',
        'dezember',
        'jan',
        'feb',
        'mär',
        'apr',
        'jun',
        'jul',
        'aug',
        'sep',
        'sept',
        'okt',
        'nov',
        'dez',
      ],
      weekdays: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'sonnabend'],
      words: ['am', 'um', 'den', 'der', 'uhr', 'mez', 'mesz'],
      example: 'Freitag, 7. März 2025, 18:30 Uhr',
    },
    authorBox: {
      headings: ['über den autor', 'über die autorin', 'zum autor', 'zur autorin', 'zur person'],
      beforeName: ['über'],
      example: 'Über Jane Doe',
    },
    byline: { cues: ['von'], example: 'Von Jana Beispiel, Hafenagentur' },
  },
  {
    language: 'fr',
    functionWords: [
      'le',
      'la',
      'les',
      'des',
      'est',
      'et',
      'un',
      'une',
      'du',
      'dans',
      'pour',
      'que',
      'qui',
      'pas',
      'sur',
      'au',
      'avec',
      'il',
      'elle',
      'ce',
      'par',
      'plus',
      'sont',
      'ont',
      'été',
      'aux',
      'ne',
      'se',
      'mais',
      'leur',
    ],
    phrases: {
      share: [
        'partager',
        'partager sur facebook',
        'partager cet article',
        'envoyer par e-mail',
        'copier le lien',
        'imprimer',
        'partager sur x',
        'ajouter à mes favoris',
        'écouter cet article',
        'partager sur twitter',
        'partager sur whatsapp',
        'partager par e-mail',
        'partager par email',
        'copier le lien de l’article',
      ],
      related: [
        'sur le même sujet',
        'articles similaires',
        'les plus lus',
        'vous aimerez aussi',
        'dans la même rubrique',
        'à lire également',
        'vous pourriez aussi aimer',
        'à découvrir aussi',
        'les plus partagés',
        'sur le même thème',
        'nos autres articles',
      ],
      readMore: [
        'lire aussi',
        'lire la suite',
        'en savoir plus',
        'voir aussi',
        'lire plus',
        'à lire aussi',
        'à voir aussi',
        'lire également',
        "lire l'article",
        'lire l’article',
        'pour aller plus loin',
      ],
      cookie: [
        'cookies',
        'politique de confidentialité',
        'gestion des cookies',
        'paramètres des cookies',
        'nous utilisons des cookies',
        'accepter les cookies',
      ],
      subscribe: [
        'abonnez-vous',
        'je m’abonne',
        "je m'abonne",
        'déjà abonné',
        'créer un compte',
        'réservé aux abonnés',
        "offre d'abonnement",
        'offre d’abonnement',
        'article réservé aux abonnés',
        "s'abonner",
        's’abonner',
      ],
      newsletter: [
        'newsletter',
        'lettre d’information',
        "lettre d'information",
        'inscrivez-vous à la newsletter',
        'recevez notre newsletter',
        'inscription à la newsletter',
        'abonnez-vous à la newsletter',
      ],
      copyright: ['tous droits réservés', 'reproduction interdite', 'droits réservés'],
      photoCredit: ['photo', 'photos', 'crédit photo', 'crédits', 'illustration', 'image', 'crédits photo', 'crédit'],
      advertisement: ['publicité', 'contenu sponsorisé', 'annonce', 'sponsorisé', 'contenu partenaire'],
      comments: [
        'commentaires',
        'commenter',
        'laisser un commentaire',
        'réagir',
        'réactions',
        'voir les commentaires',
        'réagissez',
        'ajouter un commentaire',
        'écrire un commentaire',
        'donnez votre avis',
      ],
      readingTime: ['temps de lecture', 'de lecture', 'lecture'],
      consent: [
        'tout accepter',
        'tout refuser',
        'accepter et fermer',
        'paramétrer les cookies',
        'mentions légales',
        'politique de confidentialité',
        'continuer sans accepter',
      ],
      app: [
        "téléchargez l'application",
        'téléchargez l’application',
        "télécharger l'application",
        'télécharger l’application',
        "téléchargez l'appli",
        'téléchargez l’appli',
        'suivez-nous',
      ],
      navigation: ['aller au contenu', 'accueil', "retour à l'accueil", 'retour à l’accueil', 'retour en haut', 'rechercher'],
      dateStamp: ['mis à jour', 'mis à jour le', 'publié le', 'publié', 'modifié le', 'actualisé le'],
      summary: [
        "l'essentiel",
        'l’essentiel',
        'en bref',
        "ce qu'il faut retenir",
        'ce qu’il faut retenir',
        'à retenir',
        'les points clés',
        'points clés',
      ],
    },
    examples: {
      share: 'Partager cet article',
      related: 'Sur le même sujet : le port de Solvik rouvre',
      readMore: 'Lire la suite',
      cookie: 'Ce site utilise des cookies pour améliorer votre expérience.',
      subscribe: 'Abonnez-vous pour lire la suite de cet article',
      newsletter: 'Inscrivez-vous à la newsletter',
      copyright: '© 2025 Le Quotidien du Port. Tous droits réservés.',
      photoCredit: 'Photo : Jane Doe / Agence du Port',
      advertisement: 'Publicité',
      comments: 'Laisser un commentaire',
      readingTime: 'Temps de lecture : 4 min',
      consent: 'Tout accepter',
      app: 'Téléchargez l’application',
      navigation: 'Aller au contenu',
      dateStamp: 'Mis à jour le 3 mars 2025 à 06h40',
      summary: 'Ce qu’il faut retenir',
    },
    dates: {
      months: [
        'janvier',
        'février',
        'mars',
        'avril',
        'mai',
        'juin',
        'juillet',
        'août',
        'septembre',
        'octobre',
        'novembre',
        'décembre',
        'janv',
        'févr',
        'avr',
        'juil',
        'sept',
        'oct',
        'nov',
        'déc',
      ],
      weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
      words: ['le', 'à', 'h', 'heures'],
      example: 'vendredi 7 mars 2025 à 18h30',
    },
    authorBox: {
      headings: ["à propos de l'auteur", "à propos de l'autrice", "l'auteur", "l'autrice"],
      beforeName: ['à propos de'],
      example: 'À propos de Jane Doe',
    },
    byline: { cues: ['par'], example: 'Par Jeanne Exemple et Jean Dupont' },
  },
  {
    language: 'es',
    functionWords: [
      'el',
      'la',
      'los',
      'las',
      'de',
      'del',
      'que',
      'y',
      'en',
      'un',
      'una',
      'es',
      'por',
      'con',
      'para',
      'se',
      'no',
      'al',
      'lo',
      'como',
      'más',
      'pero',
      'sus',
      'su',
      'fue',
      'ha',
      'este',
      'esta',
      'son',
      'también',
    ],
    phrases: {
      share: [
        'compartir',
        'compartir en facebook',
        'compartir en twitter',
        'enviar por correo',
        'copiar enlace',
        'imprimir',
        'guardar',
        'compartir en whatsapp',
        'escuchar artículo',
        'compartir en x',
        'compartir por correo',
        'copiar el enlace',
      ],
      related: [
        'noticias relacionadas',
        'te puede interesar',
        'también te puede interesar',
        'lo más leído',
        'más noticias',
        'artículos relacionados',
        'relacionado',
        'últimas noticias',
        'más leídas',
        'lo más visto',
        'contenido relacionado',
        'te recomendamos',
        'también te puede gustar',
        'noticias destacadas',
      ],
      readMore: [
        'leer más',
        'lee también',
        'lea también',
        'sigue leyendo',
        'ver más',
        'más información',
        'lee más',
        'seguir leyendo',
        'continúa leyendo',
        'leer la noticia completa',
        'lea más',
      ],
      cookie: [
        'cookies',
        'política de privacidad',
        'política de cookies',
        'configuración de cookies',
        'utilizamos cookies',
        'usamos cookies',
        'aceptar cookies',
      ],
      subscribe: [
        'suscríbete',
        'hazte suscriptor',
        'ya eres suscriptor',
        'iniciar sesión',
        'regístrate',
        'crear cuenta',
        'hazte socio',
        'exclusivo para suscriptores',
        'suscríbete ahora',
        'contenido exclusivo para suscriptores',
        'hazte premium',
      ],
      newsletter: [
        'newsletter',
        'recibe nuestro boletín',
        'suscríbete al boletín',
        'suscríbete a nuestra newsletter',
        'recibe el boletín',
        'suscríbete a nuestro boletín',
      ],
      copyright: ['todos los derechos reservados', 'derechos reservados', 'prohibida su reproducción', 'queda prohibida la reproducción'],
      photoCredit: ['foto', 'fotos', 'fotografía', 'imagen', 'crédito', 'créditos', 'foto de archivo', 'fuente'],
      advertisement: ['publicidad', 'contenido patrocinado', 'anuncio', 'anuncios', 'patrocinado'],
      comments: [
        'comentarios',
        'comentar',
        'deja un comentario',
        'deja tu comentario',
        'ver comentarios',
        'escribe tu comentario',
        'añadir comentario',
        'comentar noticia',
      ],
      readingTime: ['tiempo de lectura', 'de lectura', 'lectura'],
      consent: [
        'aceptar todas',
        'aceptar todo',
        'aceptar',
        'rechazar todas',
        'configurar cookies',
        'aviso legal',
        'política de privacidad',
        'política de cookies',
        'aceptar y cerrar',
      ],
      app: ['descarga la app', 'descarga nuestra app', 'descargue la aplicación', 'descarga la aplicación', 'síguenos'],
      navigation: ['ir al contenido', 'inicio', 'volver arriba', 'ir arriba', 'buscar'],
      dateStamp: ['actualizado', 'actualizado el', 'publicado', 'publicado el', 'última actualización'],
      summary: ['las claves', 'claves', 'en resumen', 'en breve', 'lo más importante', 'puntos clave', 'lo que debes saber'],
    },
    examples: {
      share: 'Compartir en Facebook',
      related: 'Noticias relacionadas: el puerto de Solvik reabre',
      readMore: 'Lee también: cierran el puerto',
      cookie: 'Este sitio utiliza cookies para mejorar su experiencia.',
      subscribe: 'Suscríbete para seguir leyendo',
      newsletter: 'Recibe nuestro boletín',
      copyright: '© 2025 Diario del Puerto. Todos los derechos reservados.',
      photoCredit: 'Foto: Jane Doe / Agencia del Puerto',
      advertisement: 'Publicidad',
      comments: 'Deja un comentario',
      readingTime: 'Tiempo de lectura: 3 minutos',
      consent: 'Aceptar todas',
      app: 'Descarga la app',
      navigation: 'Ir al contenido',
      dateStamp: 'Actualizado el 3 de marzo de 2025, 06:40',
      summary: 'Las claves',
    },
    dates: {
      months: [
        'enero',
        'febrero',
        'marzo',
        'abril',
        'mayo',
        'junio',
        'julio',
        'agosto',
        'septiembre',
        'setiembre',
        'octubre',
        'noviembre',
        'diciembre',
        'ene',
        'feb',
        'mar',
        'abr',
        'may',
        'jun',
        'jul',
        'ago',
        'sep',
        'oct',
        'nov',
        'dic',
      ],
      weekdays: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
      words: ['de', 'del', 'el', 'a', 'las', 'h', 'hace', 'hora', 'horas', 'hrs', 'minutos'],
      example: 'viernes, 7 de marzo de 2025 - 18:30 h',
    },
    authorBox: {
      headings: ['sobre el autor', 'sobre la autora', 'acerca del autor', 'acerca de la autora'],
      beforeName: ['sobre', 'acerca de'],
      example: 'Acerca de Jane Doe',
    },
    byline: { cues: ['por'], example: 'Por Juana Ejemplo | Madrid' },
  },
  {
    language: 'it',
    functionWords: [
      'il',
      'la',
      'di',
      'che',
      'e',
      'è',
      'un',
      'una',
      'per',
      'in',
      'non',
      'del',
      'della',
      'con',
      'si',
      'le',
      'gli',
      'dei',
      'da',
      'al',
      'alla',
      'sono',
      'anche',
      'come',
      'ha',
      'nel',
      'nella',
      'più',
      'ma',
      'questo',
    ],
    phrases: {
      share: [
        'condividi',
        'condividi su facebook',
        'condividi su twitter',
        'invia per email',
        'copia link',
        'stampa',
        "ascolta l'articolo",
        'condividi su whatsapp',
        'condividi via email',
        'copia il link',
      ],
      related: [
        'articoli correlati',
        'potrebbe interessarti',
        'ti potrebbe interessare',
        'i più letti',
        'altre notizie',
        'correlati',
        'ultime notizie',
        'potrebbe interessarti anche',
        'ti potrebbe interessare anche',
        'ti potrebbero interessare',
        'potrebbero interessarti',
        'articoli simili',
        'dalla stessa sezione',
        'più letti',
      ],
      readMore: [
        'leggi di più',
        'continua a leggere',
        'leggi tutto',
        'scopri di più',
        'approfondisci',
        'leggi anche',
        "leggi l'articolo",
        'leggi l’articolo',
        'per saperne di più',
        'vai all’articolo',
        "vai all'articolo",
      ],
      cookie: [
        'cookie',
        'cookies',
        'informativa sulla privacy',
        'privacy policy',
        'informativa cookie',
        'utilizziamo i cookie',
        'questo sito utilizza cookie',
        'accetta i cookie',
      ],
      subscribe: [
        'abbonati ora',
        'abbonati a',
        'accedi',
        'registrati',
        'sei già abbonato',
        'riservato agli abbonati',
        'abbonati per',
        'scopri l’offerta',
        "scopri l'offerta",
        'accedi per continuare',
      ],
      newsletter: ['newsletter', 'iscriviti alla newsletter', 'iscriviti alla nostra newsletter', 'ricevi la newsletter'],
      copyright: ['tutti i diritti riservati', 'riproduzione riservata', 'riproduzione vietata', 'diritti riservati'],
      photoCredit: ['foto', 'immagine', 'crediti', 'fonte', 'fotografia', 'credit'],
      advertisement: ['pubblicità', 'contenuto sponsorizzato', 'annuncio', 'annunci', 'sponsorizzato'],
      comments: [
        'commenti',
        'commenta',
        'lascia un commento',
        'leggi i commenti',
        'scrivi un commento',
        'aggiungi un commento',
        'commenta la notizia',
      ],
      readingTime: ['tempo di lettura', 'di lettura', 'lettura'],
      consent: [
        'accetta tutti',
        'accetta',
        'rifiuta tutti',
        'gestisci le preferenze',
        'note legali',
        'informativa privacy',
        'informativa sui cookie',
        'accetta e chiudi',
      ],
      app: ["scarica l'app", 'scarica l’app', 'scarica la app', "scarica l'applicazione", 'scarica l’applicazione', 'seguici'],
      navigation: ['vai al contenuto', 'torna su', 'torna alla home', 'cerca'],
      dateStamp: ['aggiornato', 'aggiornato il', 'pubblicato', 'pubblicato il', 'ultimo aggiornamento'],
      summary: ['in breve', 'in sintesi', 'i punti chiave', 'punti chiave', 'in pillole', 'cosa sapere'],
    },
    examples: {
      share: 'Condividi su Facebook',
      related: 'Articoli correlati: riapre il porto di Solvik',
      readMore: 'Continua a leggere',
      cookie: 'Questo sito utilizza cookie per migliorare la tua esperienza.',
      subscribe: 'Sei già abbonato? Accedi',
      newsletter: 'Iscriviti alla newsletter',
      copyright: '© 2025 Gazzetta del Porto. Riproduzione riservata.',
      photoCredit: 'Foto: Jane Doe / Agenzia del Porto',
      advertisement: 'Pubblicità',
      comments: 'Lascia un commento',
      readingTime: '3 minuti di lettura',
      consent: 'Accetta tutti',
      app: 'Scarica l’app',
      navigation: 'Vai al contenuto',
      dateStamp: 'Aggiornato il 3 marzo 2025 alle 06:40',
      summary: 'In sintesi',
    },
    dates: {
      months: [
        'gennaio',
        'febbraio',
        'marzo',
        'aprile',
        'maggio',
        'giugno',
        'luglio',
        'agosto',
        'settembre',
        'ottobre',
        'novembre',
        'dicembre',
        'gen',
        'feb',
        'mar',
        'apr',
        'mag',
        'giu',
        'lug',
        'ago',
        'set',
        'ott',
        'nov',
        'dic',
      ],
      weekdays: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
      words: ['il', 'alle', 'ore', 'del'],
      example: 'venerdì 7 marzo 2025 alle 18:30',
    },
    authorBox: { headings: ["sull'autore", "sull'autrice", "l'autore", "l'autrice"], beforeName: ['chi è'], example: 'Chi è Jane Doe' },
    byline: { cues: ['di'], example: 'di Giovanna Esempio' },
  },
  {
    language: 'pt',
    functionWords: [
      'o',
      'a',
      'os',
      'as',
      'de',
      'do',
      'da',
      'dos',
      'das',
      'que',
      'e',
      'em',
      'um',
      'uma',
      'para',
      'com',
      'não',
      'no',
      'na',
      'por',
      'se',
      'mais',
      'foi',
      'ao',
      'é',
      'são',
      'como',
      'mas',
      'pelo',
      'também',
    ],
    phrases: {
      share: [
        'compartilhar',
        'compartilhar no facebook',
        'compartilhar no whatsapp',
        'partilhar',
        'partilhar no facebook',
        'compartilhe',
        'enviar por e-mail',
        'copiar link',
        'imprimir',
        'ouvir o artigo',
        'partilhar no twitter',
        'compartilhar no twitter',
        'compartilhe no whatsapp',
        'partilhe',
      ],
      related: [
        'notícias relacionadas',
        'artigos relacionados',
        'posts relacionados',
        'mais lidas',
        'você pode gostar',
        'relacionadas',
        'saiba mais',
        'últimas notícias',
        'mais notícias',
        'conteúdo relacionado',
        'recomendados',
        'você também pode gostar',
      ],
      readMore: [
        'leia mais',
        'continue lendo',
        'ler mais',
        'ver mais',
        'veja também',
        'leia também',
        'leia a matéria completa',
        'continue a ler',
        'continuar a ler',
      ],
      cookie: ['cookies', 'política de privacidade', 'política de cookies', 'utilizamos cookies', 'usamos cookies', 'aceitar cookies'],
      subscribe: [
        'assine já',
        'assine agora',
        'seja assinante',
        'já é assinante',
        'cadastre-se',
        'faça login',
        'exclusivo para assinantes',
        'conteúdo exclusivo para assinantes',
      ],
      newsletter: ['newsletter', 'receba nossa newsletter', 'inscreva-se na newsletter', 'assine nossa newsletter', 'receba a newsletter'],
      copyright: ['todos os direitos reservados', 'direitos reservados', 'proibida a reprodução', 'é proibida a reprodução'],
      photoCredit: ['foto', 'fotos', 'imagem', 'crédito', 'créditos', 'fotografia', 'reprodução'],
      advertisement: ['publicidade', 'conteúdo patrocinado', 'anúncio', 'continua após a publicidade', 'anúncios', 'patrocinado'],
      comments: [
        'comentários',
        'comentar',
        'deixe seu comentário',
        'deixe um comentário',
        'comente',
        'escreva um comentário',
        'ver comentários',
      ],
      readingTime: ['tempo de leitura', 'de leitura', 'leitura'],
      consent: [
        'aceitar todos',
        'aceitar',
        'rejeitar todos',
        'gerir preferências',
        'gerenciar preferências',
        'aviso legal',
        'política de privacidade',
        'termos de uso',
        'aceitar e fechar',
      ],
      app: [
        'baixe o aplicativo',
        'baixe o app',
        'descarregue a aplicação',
        'baixe nosso aplicativo',
        'siga-nos',
        'receba as notícias no whatsapp',
      ],
      navigation: ['ir para o conteúdo', 'página inicial', 'voltar ao topo', 'pesquisar'],
      dateStamp: ['atualizado', 'atualizado em', 'publicado', 'publicado em', 'atualização'],
      summary: ['em resumo', 'resumo', 'pontos-chave', 'pontos principais', 'o essencial', 'em destaque'],
    },
    byline: { cues: ['por'], example: 'Por Joana Exemplo, da Agência do Porto' },
    examples: {
      share: 'Compartilhar no Facebook',
      related: 'Notícias relacionadas: porto de Solvik reabre',
      readMore: 'Continue lendo',
      cookie: 'Este site usa cookies para melhorar sua experiência.',
      subscribe: 'Assine já e continue lendo',
      newsletter: 'Receba nossa newsletter',
      copyright: '© 2025 Jornal do Porto. Todos os direitos reservados.',
      photoCredit: 'Foto: Jane Doe / Agência do Porto',
      advertisement: 'Publicidade',
      comments: 'Deixe seu comentário',
      readingTime: 'Tempo de leitura: 2 minutos',
      consent: 'Aceitar todos',
      app: 'Baixe o aplicativo',
      navigation: 'Ir para o conteúdo',
      dateStamp: 'Atualizado em 3 de março de 2025, 06h40',
      summary: 'Em resumo',
    },
    dates: {
      months: [
        'janeiro',
        'fevereiro',
        'março',
        'abril',
        'maio',
        'junho',
        'julho',
        'agosto',
        'setembro',
        'outubro',
        'novembro',
        'dezembro',
        'jan',
        'fev',
        'mar',
        'abr',
        'mai',
        'jun',
        'jul',
        'ago',
        'set',
        'out',
        'nov',
        'dez',
      ],
      weekdays: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'],
      words: ['de', 'às', 'em', 'h', 'há', 'hora', 'horas', 'minutos'],
      example: 'sexta-feira, 7 de março de 2025 às 18:30',
    },
    authorBox: {
      headings: ['sobre o autor', 'sobre a autora', 'quem é o autor'],
      beforeName: ['sobre', 'quem é'],
      example: 'Sobre Jane Doe',
    },
  },
  {
    language: 'nl',
    functionWords: [
      'de',
      'het',
      'een',
      'en',
      'van',
      'is',
      'dat',
      'niet',
      'in',
      'op',
      'te',
      'met',
      'voor',
      'zijn',
      'er',
      'aan',
      'die',
      'ook',
      'bij',
      'om',
      'door',
      'naar',
      'maar',
      'nog',
      'werd',
      'wordt',
      'heeft',
      'hij',
      'zij',
      'dit',
    ],
    phrases: {
      share: [
        'delen',
        'deel dit artikel',
        'delen op facebook',
        'link kopiëren',
        'afdrukken',
        'printen',
        'luister naar dit artikel',
        'deel',
        'deel via whatsapp',
        'deel op facebook',
        'deel op x',
        'kopieer link',
        'delen via e-mail',
      ],
      related: [
        'gerelateerde artikelen',
        'meer over',
        'meer over dit onderwerp',
        'meest gelezen',
        'ook interessant',
        'gerelateerd',
        'laatste nieuws',
        'meer nieuws',
        'gerelateerd nieuws',
        'aanbevolen',
        'meer artikelen',
      ],
      readMore: [
        'lees meer',
        'lees verder',
        'verder lezen',
        'meer lezen',
        'lees ook',
        'bekijk ook',
        'lees het hele artikel',
        'lees het volledige artikel',
        'lees hier',
      ],
      cookie: [
        'cookies',
        'privacyverklaring',
        'privacybeleid',
        'cookiebeleid',
        'cookie-instellingen',
        'wij gebruiken cookies',
        'we gebruiken cookies',
        'cookies accepteren',
      ],
      subscribe: [
        'abonneer nu',
        'word abonnee',
        'al abonnee',
        'log in om',
        'registreer nu',
        'alleen voor abonnees',
        'neem een abonnement',
        'exclusief voor abonnees',
        'word nu abonnee',
      ],
      newsletter: [
        'nieuwsbrief',
        'schrijf je in voor de nieuwsbrief',
        'meld je aan voor de nieuwsbrief',
        'aanmelden voor de nieuwsbrief',
        'ontvang onze nieuwsbrief',
      ],
      copyright: ['alle rechten voorbehouden', 'overname verboden', 'niets uit deze uitgave'],
      photoCredit: ['foto', "foto's", 'beeld', 'bron', 'fotografie'],
      advertisement: ['advertentie', 'gesponsord', 'advertenties', 'gesponsorde inhoud'],
      comments: ['reacties', 'reageer', 'plaats een reactie', 'reageer op dit artikel', 'bekijk reacties', 'lees reacties'],
      readingTime: ['leestijd', 'leestijd ongeveer'],
      consent: [
        'alles accepteren',
        'accepteren',
        'alles weigeren',
        'cookie-instellingen',
        'privacyverklaring',
        'cookieverklaring',
        'colofon',
        'accepteren en sluiten',
      ],
      app: ['download de app', 'download onze app', 'download nu de app', 'volg ons op'],
      navigation: ['naar de inhoud', 'ga naar inhoud', 'ga naar de inhoud', 'terug naar boven', 'zoeken'],
      dateStamp: ['bijgewerkt', 'bijgewerkt op', 'gepubliceerd', 'gepubliceerd op', 'laatste update'],
      summary: ['in het kort', 'kort samengevat', 'samengevat', 'de belangrijkste punten', 'in een notendop'],
    },
    examples: {
      share: 'Deel dit artikel',
      related: 'Gerelateerde artikelen: haven van Solvik weer open',
      readMore: 'Lees verder',
      cookie: 'Deze website gebruikt cookies om uw ervaring te verbeteren.',
      subscribe: 'Word abonnee en lees het hele artikel',
      newsletter: 'Schrijf je in voor de nieuwsbrief',
      copyright: '© 2025 Havenkrant. Alle rechten voorbehouden.',
      photoCredit: 'Foto: Jane Doe / Havenbureau',
      advertisement: 'Advertentie',
      comments: 'Plaats een reactie',
      readingTime: 'Leestijd: 3 minuten',
      consent: 'Alles accepteren',
      app: 'Download de app',
      navigation: 'Ga naar inhoud',
      dateStamp: 'Bijgewerkt op 3 maart 2025, 06:40',
      summary: 'In het kort',
    },
    dates: {
      months: [
        'januari',
        'februari',
        'maart',
        'april',
        'mei',
        'juni',
        'juli',
        'augustus',
        'september',
        'oktober',
        'november',
        'december',
        'jan',
        'feb',
        'mrt',
        'apr',
        'jun',
        'jul',
        'aug',
        'sep',
        'okt',
        'nov',
        'dec',
      ],
      weekdays: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
      words: ['om', 'op', 'uur'],
      example: 'vrijdag 7 maart 2025, 18:30 uur',
    },
    authorBox: { headings: ['over de auteur', 'over de schrijver', 'over de auteurs'], beforeName: ['over'], example: 'Over Jane Doe' },
    byline: { cues: ['door'], example: 'Door Jan van der Voorbeeld' },
  },
  {
    language: 'ru',
    functionWords: [
      'и',
      'в',
      'не',
      'на',
      'что',
      'с',
      'по',
      'он',
      'она',
      'как',
      'это',
      'к',
      'из',
      'за',
      'для',
      'от',
      'но',
      'о',
      'его',
      'а',
      'был',
      'была',
      'у',
      'так',
      'же',
      'уже',
      'при',
      'только',
      'они',
      'также',
    ],
    phrases: {
      share: [
        // one a line: lines stay under 140 bytes
        'поделиться',
        'поделиться в facebook',
        'отправить по почте',
        'копировать ссылку',
        'скопировать ссылку',
        'распечатать',
      ],
      related: [
        'читать также',
        'смотрите также',
        'по теме',
        'материалы по теме',
        'похожие статьи',
        'похожие новости',
        'другие новости',
        'самое читаемое',
        'популярное',
        'рекомендуем',
      ],
      readMore: ['читать далее', 'читать дальше', 'читать полностью', 'подробнее', 'читайте также'],
      cookie: [
        // one a line: lines stay under 140 bytes
        'cookie',
        'cookies',
        'файлы cookie',
        'политика конфиденциальности',
        'обработку персональных данных',
      ],
      subscribe: [
        // one a line: lines stay under 140 bytes
        'оформить подписку',
        'подписаться',
        'зарегистрироваться',
        'уже подписаны',
      ],
      newsletter: [
        // one a line: lines stay under 140 bytes
        'рассылка',
        'подпишитесь на рассылку',
        'подпишитесь на нашу рассылку',
      ],
      copyright: ['все права защищены', 'при использовании материалов'],
      photoCredit: ['фото', 'фотография', 'источник', 'иллюстрация'],
      advertisement: [
        // one a line: lines stay under 140 bytes
        'реклама',
        'на правах рекламы',
        'партнерский материал',
        'спецпроект',
      ],
      comments: [
        // one a line: lines stay under 140 bytes
        'комментарии',
        'комментировать',
        'оставить комментарий',
        'обсуждение',
      ],
      readingTime: ['время чтения', 'чтения'],
      consent: ['принять все', 'принять', 'отклонить все', 'политика конфиденциальности', 'пользовательское соглашение'],
      app: ['скачайте приложение', 'скачать приложение', 'установите приложение'],
      navigation: ['перейти к содержанию', 'главная', 'наверх', 'поиск', 'меню'],
      dateStamp: ['обновлено', 'опубликовано', 'дата публикации'],
      summary: ['главное', 'коротко', 'кратко', 'ключевые моменты', 'коротко о главном'],
    },
    examples: {
      share: 'Поделиться',
      related: 'Похожие новости: паром в Сольвике снова ходит',
      readMore: 'Читать далее',
      cookie: 'Сайт использует файлы cookie, чтобы сделать его удобнее.',
      subscribe: 'Оформить подписку и читать дальше',
      newsletter: 'Подпишитесь на нашу рассылку',
      copyright: '© 2025 Портовая газета. Все права защищены.',
      photoCredit: 'Фото: Иван Петров / Портовое агентство',
      advertisement: 'Реклама',
      comments: 'Оставить комментарий',
      readingTime: 'Время чтения: 3 минуты',
      consent: 'Принять все',
      app: 'Скачайте приложение',
      navigation: 'Перейти к содержанию',
      dateStamp: 'Обновлено 03.03.2025, 06:40',
      summary: 'Коротко о главном',
    },
    dates: {
      months: [
        'января',
        'февраля',
        'марта',
        'апреля',
        'мая',
        'июня',
        'июля',
        'августа',
        'сентября',
        'октября',
        'ноября',
        'декабря',
        'январь',
        'февраль',
        'март',
        'апрель',
        'май',
        'июнь',
        'июль',
        'август',
        'сентябрь',
        'октябрь',
        'ноябрь',
        'декабрь',
      ],
      weekdays: ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
      words: ['в', 'г', 'года'],
      example: '7 марта 2025 г., 18:30',
    },
    authorBox: { headings: ['об авторе', 'об авторах'], beforeName: [], example: 'Об авторе' },
  },
  {
    language: 'pl',
    functionWords: [
      'i',
      'w',
      'nie',
      'na',
      'się',
      'z',
      'że',
      'do',
      'to',
      'jest',
      'o',
      'jak',
      'po',
      'od',
      'za',
      'ale',
      'przez',
      'dla',
      'co',
      'tak',
      'jego',
      'ich',
      'był',
      'była',
      'już',
      'tym',
      'przy',
      'oraz',
      'także',
      'które',
    ],
    phrases: {
      share: ['udostępnij', 'udostępnij na facebooku', 'wyślij e-mailem', 'kopiuj link', 'skopiuj link', 'drukuj'],
      related: ['zobacz także', 'powiązane artykuły', 'podobne artykuły', 'najczęściej czytane', 'więcej na ten temat', 'polecamy'],
      readMore: ['czytaj więcej', 'czytaj dalej', 'zobacz więcej', 'czytaj także', 'czytaj też', 'zobacz też'],
      cookie: ['cookies', 'pliki cookie', 'plików cookie', 'polityka prywatności', 'polityką prywatności'],
      subscribe: ['zaloguj się', 'zarejestruj się', 'wykup subskrypcję', 'subskrybuj', 'masz już konto'],
      newsletter: ['newsletter', 'zapisz się do newslettera'],
      copyright: ['wszelkie prawa zastrzeżone'],
      photoCredit: ['fot', 'foto', 'zdjęcie', 'źródło'],
      advertisement: ['reklama', 'materiał partnera', 'artykuł sponsorowany'],
      comments: ['komentarze', 'skomentuj', 'dodaj komentarz', 'skomentuj lub udostępnij'],
      readingTime: ['czas czytania', 'czytania'],
      consent: ['akceptuję', 'zaakceptuj wszystkie', 'akceptuj wszystkie', 'odrzuć wszystkie', 'polityka prywatności', 'regulamin'],
      app: ['pobierz aplikację', 'ściągnij aplikację'],
      navigation: ['przejdź do treści', 'strona główna', 'szukaj', 'do góry'],
      dateStamp: ['aktualizacja', 'zaktualizowano', 'opublikowano', 'data publikacji'],
      summary: ['najważniejsze', 'w skrócie', 'najważniejsze informacje', 'w pigułce'],
    },
    examples: {
      share: 'Udostępnij',
      related: 'Powiązane artykuły: prom do Solvik znów kursuje',
      readMore: 'Czytaj dalej',
      cookie: 'Ta strona używa plików cookie, aby ułatwić korzystanie z serwisu.',
      subscribe: 'Zaloguj się, aby czytać dalej',
      newsletter: 'Zapisz się do newslettera',
      copyright: '© 2025 Gazeta Portowa. Wszelkie prawa zastrzeżone.',
      photoCredit: 'Foto: Jan Kowalski / Agencja Portowa',
      advertisement: 'Reklama',
      comments: 'Dodaj komentarz',
      readingTime: 'Czas czytania: 3 min',
      consent: 'Zaakceptuj wszystkie',
      app: 'Pobierz aplikację',
      navigation: 'Przejdź do treści',
      dateStamp: 'Aktualizacja: 03.03.2025, 06:40',
      summary: 'W skrócie',
    },
    dates: {
      months: [
        'stycznia',
        'lutego',
        'marca',
        'kwietnia',
        'maja',
        'czerwca',
        'lipca',
        'sierpnia',
        'września',
        'października',
        'listopada',
        'grudnia',
      ],
      weekdays: ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela'],
      words: ['r', 'o', 'godz'],
      example: 'piątek, 7 marca 2025 r., godz. 18:30',
    },
    authorBox: { headings: ['o autorze', 'o autorce'], beforeName: [], example: 'O autorze' },
  },
  {
    language: 'sv',
    functionWords: [
      'och',
      'i',
      'att',
      'det',
      'som',
      'en',
      'på',
      'är',
      'av',
      'för',
      'med',
      'till',
      'den',
      'har',
      'de',
      'inte',
      'om',
      'ett',
      'var',
      'han',
      'men',
      'från',
      'vid',
      'så',
      'kan',
      'när',
      'sig',
      'hade',
      'eller',
      'efter',
    ],
    phrases: {
      share: ['dela', 'dela artikeln', 'dela på facebook', 'kopiera länk', 'skriv ut'],
      related: ['relaterade artiklar', 'mer om', 'mest läst', 'mest lästa', 'fler artiklar', 'relaterat'],
      readMore: ['läs mer', 'läs hela artikeln', 'fortsätt läsa', 'läs också', 'läs även'],
      cookie: ['cookies', 'integritetspolicy', 'cookiepolicy', 'cookie-inställningar', 'personuppgiftspolicy'],
      subscribe: ['bli prenumerant', 'redan prenumerant', 'logga in för att', 'skapa konto', 'prenumerera nu'],
      newsletter: ['nyhetsbrev', 'nyhetsbrevet', 'prenumerera på vårt nyhetsbrev'],
      copyright: ['alla rättigheter förbehållna'],
      photoCredit: ['foto', 'bild', 'fotograf', 'källa'],
      advertisement: ['annons', 'annonser', 'sponsrad'],
      comments: ['kommentarer', 'kommentera', 'skriv en kommentar'],
      readingTime: ['lästid'],
      consent: ['godkänn alla', 'acceptera alla', 'neka alla', 'integritetspolicy', 'cookie-inställningar'],
      app: ['ladda ner appen', 'ladda ned appen', 'hämta appen'],
      navigation: ['hoppa till innehållet', 'gå till innehållet', 'startsida', 'sök', 'meny'],
      dateStamp: ['uppdaterad', 'publicerad', 'senast uppdaterad'],
      summary: ['i korthet', 'kortfattat', 'det viktigaste', 'i korta drag'],
    },
    byline: { cues: ['av'], example: 'Av Jane Doe' },
    examples: {
      share: 'Dela artikeln',
      related: 'Relaterade artiklar: Hamnen i Solvik öppnar igen',
      readMore: 'Läs mer',
      cookie: 'Den här webbplatsen använder cookies för att förbättra din upplevelse.',
      subscribe: 'Bli prenumerant och läs hela artikeln',
      newsletter: 'Prenumerera på vårt nyhetsbrev',
      copyright: '© 2025 Hamnbladet. Alla rättigheter förbehållna.',
      photoCredit: 'Foto: Jane Doe / Hamnbyrån',
      advertisement: 'Annons',
      comments: 'Skriv en kommentar',
      readingTime: 'Lästid: 3 minuter',
      consent: 'Godkänn alla',
      app: 'Ladda ner appen',
      navigation: 'Hoppa till innehållet',
      dateStamp: 'Uppdaterad 3 mars 2025 06:40',
      summary: 'I korthet',
    },
    dates: {
      months: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
      weekdays: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
      words: ['kl', 'den'],
      example: 'fredag 7 mars 2025 kl. 18.30',
    },
    authorBox: { headings: ['om författaren', 'om skribenten'], beforeName: ['om'], example: 'Om Jane Doe' },
  },
  {
    language: 'da',
    functionWords: [
      'og',
      'i',
      'at',
      'det',
      'er',
      'en',
      'til',
      'på',
      'de',
      'med',
      'for',
      'af',
      'den',
      'som',
      'ikke',
      'har',
      'der',
      'var',
      'et',
      'han',
      'men',
      'om',
      'fra',
      'sig',
      'efter',
      'kan',
      'så',
      'blev',
      'også',
      'når',
    ],
    phrases: {
      share: ['del', 'del artiklen', 'del på facebook', 'kopiér link', 'kopier link', 'udskriv'],
      related: ['relaterede artikler', 'mere om', 'mest læste', 'flere artikler', 'relateret'],
      readMore: ['læs mere', 'læs hele artiklen', 'læs videre', 'læs også'],
      cookie: ['cookies', 'privatlivspolitik', 'cookiepolitik', 'cookieindstillinger'],
      subscribe: ['bliv abonnent', 'allerede abonnent', 'log ind for at', 'køb abonnement', 'opret konto'],
      newsletter: ['nyhedsbrev', 'nyhedsbrevet', 'tilmeld dig vores nyhedsbrev'],
      copyright: ['alle rettigheder forbeholdes'],
      photoCredit: ['foto', 'billede', 'fotograf', 'kilde'],
      advertisement: ['annonce', 'annoncer', 'sponsoreret'],
      comments: ['kommentarer', 'kommentér', 'skriv en kommentar'],
      readingTime: ['læsetid'],
      consent: ['accepter alle', 'tillad alle', 'afvis alle', 'privatlivspolitik', 'cookiepolitik'],
      app: ['hent appen', 'download appen'],
      navigation: ['gå til indhold', 'gå til indholdet', 'forside', 'søg'],
      dateStamp: ['opdateret', 'publiceret', 'senest opdateret'],
      summary: ['kort fortalt', 'det vigtigste', 'hurtigt overblik', 'kort sagt'],
    },
    byline: { cues: ['af'], example: 'Af Jane Doe' },
    examples: {
      share: 'Del artiklen',
      related: 'Relaterede artikler: Havnen i Solvik åbner igen',
      readMore: 'Læs mere',
      cookie: 'Denne hjemmeside bruger cookies for at forbedre din oplevelse.',
      subscribe: 'Bliv abonnent og læs hele artiklen',
      newsletter: 'Tilmeld dig vores nyhedsbrev',
      copyright: '© 2025 Havnebladet. Alle rettigheder forbeholdes.',
      photoCredit: 'Foto: Jane Doe / Havnebureauet',
      advertisement: 'Annonce',
      comments: 'Skriv en kommentar',
      readingTime: 'Læsetid: 3 minutter',
      consent: 'Accepter alle',
      app: 'Hent appen',
      navigation: 'Gå til indhold',
      dateStamp: 'Opdateret 3. marts 2025 kl. 06.40',
      summary: 'Kort fortalt',
    },
    dates: {
      months: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
      weekdays: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
      words: ['kl', 'den'],
      example: 'fredag den 7. marts 2025 kl. 18.30',
    },
    authorBox: { headings: ['om forfatteren', 'om skribenten'], beforeName: ['om'], example: 'Om Jane Doe' },
  },
  {
    language: 'no',
    functionWords: [
      'og',
      'i',
      'det',
      'er',
      'på',
      'en',
      'til',
      'at',
      'for',
      'med',
      'av',
      'som',
      'ikke',
      'den',
      'har',
      'de',
      'et',
      'var',
      'han',
      'men',
      'om',
      'fra',
      'seg',
      'etter',
      'kan',
      'så',
      'ble',
      'også',
      'når',
      'vi',
    ],
    phrases: {
      share: ['del', 'del artikkelen', 'del på facebook', 'kopier lenke', 'skriv ut'],
      related: ['relaterte artikler', 'mer om', 'mest lest', 'flere artikler', 'relatert'],
      readMore: ['les mer', 'les hele artikkelen', 'les videre', 'les også'],
      cookie: ['cookies', 'informasjonskapsler', 'personvernerklæring', 'cookie-innstillinger'],
      subscribe: ['bli abonnent', 'allerede abonnent', 'logg inn for å', 'kjøp abonnement', 'opprett konto'],
      newsletter: ['nyhetsbrev', 'nyhetsbrevet', 'meld deg på vårt nyhetsbrev'],
      copyright: ['alle rettigheter forbeholdt'],
      photoCredit: ['foto', 'bilde', 'fotograf', 'kilde'],
      advertisement: ['annonse', 'annonser', 'sponset'],
      comments: ['kommentarer', 'kommenter', 'skriv en kommentar'],
      readingTime: ['lesetid'],
      consent: ['godta alle', 'aksepter alle', 'avvis alle', 'personvernerklæring', 'personvern'],
      app: ['last ned appen', 'hent appen'],
      navigation: ['hopp til innhold', 'hopp til hovedinnhold', 'forsiden', 'søk', 'meny'],
      dateStamp: ['oppdatert', 'publisert', 'sist oppdatert'],
      summary: ['kort fortalt', 'det viktigste', 'kort oppsummert', 'kort sagt'],
    },
    byline: { cues: ['av'], example: 'Av Jane Doe' },
    examples: {
      share: 'Del artikkelen',
      related: 'Relaterte artikler: Havna i Solvik åpner igjen',
      readMore: 'Les mer',
      cookie: 'Dette nettstedet bruker informasjonskapsler for å gi deg en bedre opplevelse.',
      subscribe: 'Bli abonnent og les hele artikkelen',
      newsletter: 'Meld deg på vårt nyhetsbrev',
      copyright: '© 2025 Havnebladet. Alle rettigheter forbeholdt.',
      photoCredit: 'Foto: Jane Doe / Havnebyrået',
      advertisement: 'Annonse',
      comments: 'Skriv en kommentar',
      readingTime: 'Lesetid: 3 minutter',
      consent: 'Godta alle',
      app: 'Last ned appen',
      navigation: 'Hopp til innhold',
      dateStamp: 'Oppdatert 3. mars 2025 kl. 06.40',
      summary: 'Kort oppsummert',
    },
    dates: {
      months: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
      weekdays: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
      words: ['kl', 'den'],
      example: 'fredag 7. mars 2025 kl. 18.30',
    },
    authorBox: { headings: ['om forfatteren', 'om skribenten'], beforeName: ['om'], example: 'Om Jane Doe' },
  },
  {
    language: 'tr',
    minShare: 0.08,
    functionWords: [
      've',
      'bir',
      'bu',
      'da',
      'de',
      'için',
      'ile',
      'olarak',
      'çok',
      'daha',
      'olan',
      'gibi',
      'ne',
      'ama',
      'en',
      'o',
      'sonra',
      'kadar',
      'her',
      'değil',
      'ise',
      'ya',
      'veya',
      'şu',
      'ki',
      'olduğunu',
      'göre',
      'ancak',
      'üzere',
      'tarafından',
    ],
    phrases: {
      share: ['paylaş', 'haberi paylaş', "facebook'ta paylaş", 'bağlantıyı kopyala', 'yazdır'],
      // A capital dotted İ has no one-letter lower case: the headings are listed with it too.
      related: [
        'ilgili haberler',
        'İlgili haberler',
        'benzer haberler',
        'diğer haberler',
        'en çok okunanlar',
        'bunlar da ilginizi çekebilir',
      ],
      readMore: ['devamını oku', 'haberin devamı', 'daha fazla oku'],
      cookie: [
        'çerez politikası',
        'çerezler kullanılmaktadır',
        'çerez kullanıyoruz',
        'çerezleri kabul',
        'gizlilik politikası',
        'kvkk aydınlatma metni',
      ],
      subscribe: ['abone ol', 'abone olun', 'zaten abone misiniz', 'üye ol', 'giriş yapın'],
      newsletter: ['bülten', 'e-bülten', 'bültenimize abone olun'],
      copyright: ['tüm hakları saklıdır'],
      photoCredit: ['foto', 'fotoğraf', 'kaynak', 'görsel'],
      advertisement: ['reklam', 'sponsorlu', 'ilan', 'İlan'],
      comments: ['yorumlar', 'yorum yap', 'yorum yazın'],
      readingTime: ['okuma süresi'],
      consent: ['tümünü kabul et', 'kabul et', 'tümünü reddet', 'kullanım koşulları'],
      app: ['uygulamayı indir', 'uygulamamızı indirin', 'uygulamayı indirin'],
      navigation: ['içeriğe geç', 'ana sayfa', 'anasayfa', 'ara', 'menü'],
      dateStamp: ['güncellenme', 'güncelleme', 'yayınlanma', 'yayın tarihi', 'son güncelleme'],
      summary: ['özetle', 'kısaca', 'öne çıkanlar', 'ana başlıklar'],
    },
    examples: {
      share: 'Haberi paylaş',
      related: 'İlgili haberler: Solvik limanı yeniden açılıyor',
      readMore: 'Devamını oku',
      cookie: 'Size daha iyi hizmet sunmak için çerez kullanıyoruz.',
      subscribe: 'Abone olun ve haberin tamamını okuyun',
      newsletter: 'Bültenimize abone olun',
      copyright: '© 2025 Liman Gazetesi. Tüm hakları saklıdır.',
      photoCredit: 'Fotoğraf: Jane Doe / Liman Ajansı',
      advertisement: 'Reklam',
      comments: 'Yorum yap',
      readingTime: 'Okuma süresi: 3 dakika',
      consent: 'Tümünü kabul et',
      app: 'Uygulamayı indir',
      navigation: 'Ana sayfa',
      dateStamp: 'Güncellenme: 03.03.2025 06:40',
      summary: 'Öne çıkanlar',
    },
    dates: {
      months: ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'],
      weekdays: ['pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar'],
      words: ['saat'],
      example: '7 Mart 2025 Cuma, saat 18:30',
    },
    authorBox: { headings: ['yazar hakkında'], beforeName: [], example: 'Yazar hakkında' },
  },
];

/** Letters and digits of any script: word edges without \b (which knows only ASCII letters). */
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';
// Lines reach the rules with their whitespace collapsed to single spaces (classifyLines): a phrase's spaces are
// single spaces, and no two optional runs of spaces stand side by side (which would make the patterns backtrack).
const escapeRegex = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternatives = (phrases: string[]) =>
  `(?:${[...phrases]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|')})`;

/** One language's table as furniture rules (every alternative is a literal phrase: the patterns are linear). */
function compile(table: LanguageTable): FurniturePattern[] {
  return (Object.keys(KINDS) as FurnitureKind[]).map((kind) => {
    const { reason, proseMaxWords, shape } = KINDS[kind];
    const words = alternatives(table.phrases[kind]);
    const source =
      shape === 'line'
        ? `^(?:\\d+ )?${words}(?: ?(?:\\(\\d+\\)|\\d+))?[.:!…]?$`
        : shape === 'lead'
          ? `^${words}${EDGE_AFTER} ?(?:[:\\-–—|»›>…]|$)`
          : shape === 'stamp'
            ? `^${words}${EDGE_AFTER} ?:? ?\\d[^!?]{0,48}$`
            : shape === 'measure'
              ? `^(?:${words} ?:? ?(?:ca\\. )?\\d{1,3} ?\\p{L}{0,8}\\.?|\\d{1,3} ?\\p{L}{1,8}\\.? ${words})$`
              : shape === 'credit'
                ? `^[([]?${words} ?:|(?:^|[.!?)”"] ?| )[([]?${words} ?: ?[\\p{Lu}\\p{N}][^.!?:;]{1,70}$`
                : kind === 'copyright'
                  ? `©|${EDGE_BEFORE}${words}${EDGE_AFTER}`
                  : `${EDGE_BEFORE}${words}${EDGE_AFTER}`;
    return { name: `${table.language}-${kind}`, example: table.examples[kind], pattern: new RegExp(source, 'iu'), reason, proseMaxWords };
  });
}

/**
 * A date line of the language as a furniture rule. Lookaheads at the start only: a digit, a month's or weekday's
 * name, at most 80 characters; then the line is a run of numbers, separators and the date's words, each a whole word
 * (literal alternatives between word edges, letters never overlapping the separators: linear).
 */
/** Word edges against letters only: "18h30" is an hour, the "h" between digits. */
const LETTER_BEFORE = '(?<!\\p{L})';
const LETTER_AFTER = '(?!\\p{L})';

/** Time zones printed after a time ("14:12 CET", "06:40 GMT"), in any language. */
const TIME_ZONES = ['gmt', 'utc', 'cet', 'cest', 'wet', 'west', 'eet', 'eest', 'bst', 'est', 'edt', 'pst', 'pdt'];
/** A date in numbers, day and month first or the year first: "03.03.2025", "3/3/25", "2025-03-03". */
const NUMERIC_DATE = '\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}';

function dateLineRules(table: LanguageTable): FurniturePattern[] {
  const { months, weekdays, words, example } = table.dates;
  const names = alternatives([...months, ...weekdays]);
  const stamp = table.phrases.dateStamp.flatMap((p) => p.split(' '));
  const all = alternatives([...new Set([...months, ...weekdays, ...words, ...stamp, ...TIME_ZONES])]);
  const source =
    `^(?=.{1,80}$)(?=[^\\d]{0,60}\\d)(?=.*?${LETTER_BEFORE}${names}${LETTER_AFTER})` +
    `(?:[\\d\\s.:/,|•·()–—+-]|${LETTER_BEFORE}${all}${LETTER_AFTER})+$`;
  // A date in numbers first names no month ("03.03.2025, 14:12 Uhr", "3/3/2025 às 14h12 - Atualizado há 2 horas"): the
  // date, then the same run of numbers, separators and the date's words.
  const numeric = `^(?=.{1,80}$)(?:${NUMERIC_DATE})(?![\\p{L}\\p{N}])(?:[\\d\\s.:/,|•·()–—+-]|${LETTER_BEFORE}${all}${LETTER_AFTER})*$`;
  return [
    { name: `${table.language}-dateLine`, example, pattern: new RegExp(source, 'iu'), reason: 'date line', proseMaxWords: Infinity },
    {
      name: `${table.language}-numericDateLine`,
      example: '03.03.2025, 14:12 CET',
      pattern: new RegExp(numeric, 'iu'),
      reason: 'date line',
      proseMaxWords: Infinity,
    },
  ];
}

/**
 * A byline of the language as a furniture rule: its cue word, then a name (two to five words, each capitalised or a
 * particle of names: "Jan van der Voorbeeld"), then perhaps a separator and an agency, a place or a date of at most 40
 * characters. Capitalised words and particles start differently, so each word of the name is read one way only
 * (linear). German capitalises its nouns: "Von Montag an Fähre im Takt" is no name only because "an" and "im" are not
 * particles of names.
 */
/** The small words inside names and between two names: "Jan van der Voorbeeld", "Jeanne Exemple et Jean Dupont". */
const NAME_PARTICLES = alternatives(
  ['van', 'von', 'der', 'den', 'ter', 'ten', 'de', 'da', 'di', 'del', 'della', 'do', 'dos', 'das', 'du', 'la', 'le', 'zu'].concat([
    'y',
    'e',
    'et',
    'und',
    'en',
    'och',
    'og',
    'i',
    'and',
  ]),
);

function bylineRule(table: LanguageTable): FurniturePattern[] {
  const cues = table.byline?.cues ?? [];
  if (!cues.length || !table.byline) return [];
  // Case matters for the name (a capital starts each word), so the cue is given in both cases instead of the 'i' flag.
  const cue = alternatives([...cues, ...cues.map((c) => c[0].toUpperCase() + c.slice(1))]);
  const name = `\\p{Lu}[\\p{L}'’.-]*(?: (?:\\p{Lu}[\\p{L}'’.-]*|${NAME_PARTICLES})){1,4}`;
  // After the name, a comma or a separator between spaces (never the hyphen inside a name), then the agency or date.
  const source = `^${cue} ${name}(?:(?:, | [|/•·–—-] )[^!?]{1,40})?$`;
  return [
    {
      name: `${table.language}-byline`,
      example: table.byline.example,
      pattern: new RegExp(source, 'u'),
      reason: 'byline',
      proseMaxWords: 0,
    },
  ];
}

const COMPILED = new Map(LANGUAGES.map((t) => [t.language, [...compile(t), ...dateLineRules(t), ...bylineRule(t)]]));

/** Every table's date line with a month's or weekday's name (the numeric one is the same in every table). */
const DATE_LINES = LANGUAGES.map((t) => dateLineRules(t)[0].pattern);
/** A year and another number ("24. März 2004, 19:49"): "Mars 2020" or "Mai 68" alone is a name, not a date line. */
function yearAndDay(text: string): boolean {
  if (!/\d{4}/.test(text)) return false;
  const numbers = text.match(/\d+/g) ?? [];
  return numbers.some((n) => n.length === 4) && numbers.some((n) => n.length <= 2);
}

/**
 * ANY_LANGUAGE_DATE_LINE: a date line written in any language of the tables ("24. März 2004, 19:49", "7 de março de
 * 2025"), for a page too short for its language to be told (as ANY_LANGUAGE_TAIL): its language's furniture is not
 * applied, and its date line was kept as the article's first line. A day or a time and a year, besides the month's or
 * weekday's name: a name that is also a month ("Mars 2020") is no date line.
 */
export function anyLanguageDateLine(text: string): boolean {
  if (text.length > 80 || !yearAndDay(text)) return false;
  // A month's or weekday's name of some table among its words before any table's pattern is tried.
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.some((w) => DATE_NAMES.has(w)) && DATE_LINES.some((re) => re.test(text));
}
/** Every table's month and weekday names (lower case; those of several words by their words). */
const DATE_NAMES = new Set(LANGUAGES.flatMap((t) => [...t.dates.months, ...t.dates.weekdays]).flatMap((n) => n.split(/[^\p{L}]+/u)));
const FUNCTION_WORDS = LANGUAGES.map((t) => ({ language: t.language, words: new Set(t.functionWords), minShare: t.minShare ?? 0.15 }));

/**
 * One language's headings that end an article when they stand alone on a line ("Artigos relacionados", "Kommentare",
 * "Lo más leído:"): its related-stories and comments phrases, the other languages' counterpart of TAIL_MARKERS
 * (vocabulary.ts). Literal alternatives anchored at both ends: linear.
 */
const TAILS = new Map(
  LANGUAGES.map((t) => [
    t.language,
    new RegExp(`^${alternatives([...t.phrases.related, ...t.phrases.comments])}(?: ?\\(\\d+\\))? ?[:\\-–—]?$`, 'iu'),
  ]),
);

/**
 * ANY_LANGUAGE_TAIL: a page too short for its language to be told ("Kapitel 121 ist online." and its comments) still
 * ends at a heading that stands alone on a line in any language's table ("Kommentare", "Commentaires"): such a line
 * alone is a heading of comments or other stories in every language, never a sentence of an article.
 */
const ANY_TAIL = [...TAILS.values()];

/**
 * The tail headings of one language, as a test (null for languages without a table); for a page whose language is
 * not told (null), any language's (ANY_LANGUAGE_TAIL). English's are TAIL_MARKERS.
 */
export function tailMarkerOf(language: string | null): ((text: string) => boolean) | null {
  if (language === null) return (text) => text.length <= 60 && ANY_TAIL.some((re) => re.test(text));
  const tail = TAILS.get(language);
  return tail ? (text) => tail.test(text) : null;
}

/** The furniture rules of one language ([] for English and languages without a table). */
export function furnitureOf(language: string | null): FurniturePattern[] {
  return (language && COMPILED.get(language)) || [];
}

/**
 * The language of a page's text among those with a table: the one whose function words make up the largest share of
 * its tokens, when that share is at least the language's `minShare`; null otherwise.
 */
export function pageLanguage(tokens: Iterable<string>): string | null {
  const counts = FUNCTION_WORDS.map(() => 0);
  let total = 0;
  for (const token of tokens) {
    total++;
    const lower = token.toLowerCase();
    for (let i = 0; i < FUNCTION_WORDS.length; i++) if (FUNCTION_WORDS[i].words.has(lower)) counts[i]++;
  }
  let best = -1;
  for (let i = 0; i < counts.length; i++) if (counts[i] > (best < 0 ? 0 : counts[best])) best = i;
  return best >= 0 && total >= 20 && counts[best] >= total * FUNCTION_WORDS[best].minShare ? FUNCTION_WORDS[best].language : null;
}

const AUTHOR_BOXES = new Map(LANGUAGES.map((t) => [t.language, t.authorBox]));

/**
 * A heading of the box about the author, in English or the page's language (null: English only): "About the author",
 * "About Jane Doe", "Sobre Jane Doe". A name after the heading's words must read as a person's (nameLine), so a
 * heading like "About Us" or "Over het weer" is not one.
 */
export function authorBoxHeading(text: string, language: string | null): boolean {
  const line = text
    .trim()
    .replace(/[:\-–—]$/, '')
    .trimEnd();
  if (line.length > 60) return false;
  const lower = line.toLowerCase();
  const own = language ? AUTHOR_BOXES.get(language) : undefined;
  for (const box of own ? [ENGLISH_AUTHOR_BOX, own] : [ENGLISH_AUTHOR_BOX]) {
    if (box.headings.includes(lower)) return true;
    for (const lead of box.beforeName) if (lower.startsWith(`${lead} `) && nameLine(line.slice(lead.length + 1)) !== null) return true;
  }
  return false;
}
