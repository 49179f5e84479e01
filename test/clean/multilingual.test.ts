/**
 * Invented pages in German, French, Spanish, Italian, Portuguese, Dutch, Swedish, Danish, Norwegian and Turkish (our own
 * text, no real site's): the page's
 * furniture in its own language goes, its body stays, on both paths. Each page has a menu, an ad label, a share row,
 * a "read also" link, a newsletter prompt, a copyright line, a photo credit and, after the article, a related-stories
 * heading followed by a teaser that reads as prose (cut by the language's tail heading, not by its own words).
 */
import { describe, expect, it } from 'vitest';
import { cleanDocument, cleanText } from '../../shared/clean/index.ts';
import { tokens } from '../../shared/clean/lines.ts';

interface Page {
  language: string;
  title: string;
  body: string[];
  furniture: string[];
  tail: string;
  teaser: string;
}

const PAGES: Page[] = [
  {
    language: 'de',
    title: 'Neue Fähre für Solvik verspätet sich',
    body: [
      'Die neue Fähre für Solvik wird erst im Herbst in Dienst gestellt, weil die Werft die Motoren nicht rechtzeitig ' +
        'geliefert bekommen hat und die Prüfung der Technik länger dauert.',
      'Der Bürgermeister sagte am Montag, dass die alte Fähre bis dahin weiterfahren soll, auch wenn sie bei starkem Wind ' +
        'nicht auslaufen darf und die Fahrgäste dann warten müssen.',
      'Die Gemeinde will die Mehrkosten mit dem Land teilen, das den Bau zur Hälfte bezahlt, und hofft, dass die Werft einen ' +
        'Teil der Verspätung übernimmt, wie es der Vertrag vorsieht.',
    ],
    furniture: [
      'Startseite | Politik | Sport | Kultur',
      'Anzeige',
      'Artikel teilen',
      'Lesen Sie auch: Hafen bleibt im Winter geschlossen',
      'Zum Newsletter anmelden',
      '© 2025 Hafenblatt. Alle Rechte vorbehalten.',
      'Foto: Jane Doe / Hafenagentur',
    ],
    tail: 'Mehr zum Thema',
    teaser:
      'Die Regatta wird in diesem Jahr auf Juni verschoben, weil die Boote nach dem langen Winter noch nicht fertig sind und ' +
      'die Helfer fehlen.',
  },
  {
    language: 'fr',
    title: 'Le nouveau ferry de Solvik prend du retard',
    body: [
      'Le nouveau ferry de Solvik ne sera mis en service qu’à l’automne, parce que le chantier n’a pas reçu les moteurs à ' +
        'temps et que les essais techniques dureront plus longtemps que prévu.',
      'Le maire a déclaré lundi que l’ancien ferry continuera de naviguer jusque-là, même s’il ne peut pas sortir du port par ' +
        'grand vent et que les passagers devront alors attendre.',
      'La commune veut partager le surcoût avec la région, qui paie la moitié de la construction, et espère que le chantier ' +
        'prendra en charge une partie du retard, comme le prévoit le contrat.',
    ],
    furniture: [
      'Accueil | Politique | Sport | Culture',
      'Publicité',
      'Partager cet article',
      'À lire aussi : le port reste fermé cet hiver',
      'Abonnez-vous à notre newsletter',
      '© 2025 La Gazette du Port. Tous droits réservés.',
      'Photo : Jane Doe / Agence du Port',
    ],
    tail: 'Sur le même sujet',
    teaser:
      'La régate est repoussée au mois de juin cette année, parce que les bateaux ne sont pas prêts après le long hiver et ' +
      'que les bénévoles manquent.',
  },
  {
    language: 'es',
    title: 'El nuevo ferri de Solvik se retrasa',
    body: [
      'El nuevo ferri de Solvik no entrará en servicio hasta el otoño, porque el astillero no recibió los motores a tiempo y ' +
        'las pruebas técnicas durarán más de lo previsto por la empresa.',
      'El alcalde dijo el lunes que el ferri antiguo seguirá navegando hasta entonces, aunque no puede salir del puerto con ' +
        'viento fuerte y los pasajeros tendrán que esperar en el muelle.',
      'El ayuntamiento quiere compartir el sobrecoste con la región, que paga la mitad de la obra, y espera que el astillero ' +
        'asuma una parte del retraso, como establece el contrato firmado.',
    ],
    furniture: [
      'Inicio | Política | Deportes | Cultura',
      'Publicidad',
      'Compartir en Facebook',
      'Noticias relacionadas: el puerto seguirá cerrado en invierno',
      'Suscríbete a nuestro boletín',
      '© 2025 Diario del Puerto. Todos los derechos reservados.',
      'Foto: Jane Doe / Agencia del Puerto',
    ],
    tail: 'Lo más leído',
    teaser:
      'La regata se aplaza a junio este año, porque los barcos no están listos después del largo invierno y faltan ' +
      'voluntarios para organizarla.',
  },
  {
    language: 'it',
    title: 'Il nuovo traghetto di Solvik è in ritardo',
    body: [
      'Il nuovo traghetto di Solvik entrerà in servizio solo in autunno, perché il cantiere non ha ricevuto i motori in tempo ' +
        'e le prove tecniche dureranno più a lungo del previsto.',
      'Il sindaco ha detto lunedì che il vecchio traghetto continuerà a navigare fino ad allora, anche se non può lasciare il ' +
        'porto con il vento forte e i passeggeri dovranno aspettare.',
      'Il comune vuole dividere i costi in più con la regione, che paga la metà della costruzione, e spera che il cantiere si ' +
        'faccia carico di una parte del ritardo, come prevede il contratto.',
    ],
    furniture: [
      'Home | Politica | Sport | Cultura',
      'Pubblicità',
      'Condividi su Facebook',
      'Leggi anche: il porto resta chiuso in inverno',
      'Iscriviti alla newsletter',
      '© 2025 Gazzetta del Porto. Tutti i diritti riservati.',
      'Foto: Jane Doe / Agenzia del Porto',
    ],
    tail: 'Articoli correlati',
    teaser:
      'La regata è rinviata a giugno quest’anno, perché le barche non sono pronte dopo il lungo inverno e mancano i volontari ' +
      'per organizzarla.',
  },
  {
    language: 'pt',
    title: 'Novo ferry de Solvik está atrasado',
    body: [
      'O novo ferry de Solvik só vai entrar em serviço no outono, porque o estaleiro não recebeu os motores a tempo e os ' +
        'testes técnicos vão durar mais do que o previsto pela empresa.',
      'O prefeito disse na segunda-feira que o ferry antigo vai continuar navegando até lá, mesmo que não possa sair do porto ' +
        'com vento forte e os passageiros tenham de esperar no cais.',
      'A prefeitura quer dividir o custo extra com o estado, que paga metade da obra, e espera que o estaleiro assuma uma ' +
        'parte do atraso, como está previsto no contrato assinado.',
    ],
    furniture: [
      'Início | Política | Esporte | Cultura',
      'Publicidade',
      'Compartilhar no Facebook',
      'Leia também: porto fica fechado no inverno',
      'Assine a nossa newsletter',
      '© 2025 Jornal do Porto. Todos os direitos reservados.',
      'Foto: Jane Doe / Agência do Porto',
    ],
    tail: 'Artigos relacionados',
    teaser:
      'A regata foi adiada para junho este ano, porque os barcos não estão prontos depois do longo inverno e faltam ' +
      'voluntários para organizá-la.',
  },
  {
    language: 'nl',
    title: 'Nieuwe veerboot voor Solvik loopt vertraging op',
    body: [
      'De nieuwe veerboot voor Solvik wordt pas in de herfst in gebruik genomen, omdat de werf de motoren niet op tijd heeft ' +
        'gekregen en de technische proeven langer duren dan gepland.',
      'De burgemeester zei maandag dat de oude veerboot tot die tijd blijft varen, ook al mag hij bij harde wind de haven ' +
        'niet uit en moeten de reizigers dan op de kade wachten.',
      'De gemeente wil de extra kosten delen met de provincie, die de helft van de bouw betaalt, en hoopt dat de werf een ' +
        'deel van de vertraging voor haar rekening neemt, zoals het contract bepaalt.',
    ],
    furniture: [
      'Home | Politiek | Sport | Cultuur',
      'Advertentie',
      'Deel dit artikel',
      'Lees ook: haven blijft in de winter dicht',
      'Schrijf je in voor de nieuwsbrief',
      '© 2025 Havenkrant. Alle rechten voorbehouden.',
      'Foto: Jane Doe / Havenbureau',
    ],
    tail: 'Gerelateerde artikelen',
    teaser:
      'De regatta is dit jaar naar juni verschoven, omdat de boten na de lange winter nog niet klaar zijn en er vrijwilligers ontbreken.',
  },
  {
    language: 'sv',
    title: 'Ny färja till Solvik försenad',
    body: [
      'Den nya färjan till Solvik sätts inte i trafik förrän i höst, eftersom varvet inte har fått motorerna i tid och ' +
        'provkörningen av tekniken tar längre tid än planerat.',
      'Kommunalrådet sa på måndagen att den gamla färjan ska fortsätta att gå till dess, även om den inte får lämna hamnen i ' +
        'hård vind och passagerarna då måste vänta på kajen.',
      'Kommunen vill dela merkostnaden med regionen, som betalar hälften av bygget, och hoppas att varvet tar på sig en del av ' +
        'förseningen, som avtalet säger.',
    ],
    furniture: [
      'Start | Nyheter | Sport | Kultur',
      'Annons',
      'Dela artikeln',
      'Läs också: Hamnen stängd i vinter',
      'Prenumerera på vårt nyhetsbrev',
      '© 2025 Hamnbladet. Alla rättigheter förbehållna.',
      'Foto: Jane Doe / Hamnbyrån',
    ],
    tail: 'Relaterade artiklar',
    teaser:
      'Regattan flyttas i år till juni, eftersom båtarna inte är klara efter den långa vintern och det saknas frivilliga som kan ' +
      'hjälpa till.',
  },
  {
    language: 'da',
    title: 'Ny færge til Solvik er forsinket',
    body: [
      'Den nye færge til Solvik bliver først sat i drift til efteråret, fordi værftet ikke har fået motorerne leveret til tiden, ' +
        'og afprøvningen af teknikken tager længere tid end planlagt.',
      'Borgmesteren sagde mandag, at den gamle færge skal sejle videre indtil da, selv om den ikke må forlade havnen i hård vind, ' +
        'og passagererne så må vente på kajen.',
      'Kommunen vil dele merudgiften med regionen, som betaler halvdelen af byggeriet, og håber, at værftet påtager sig en del af ' +
        'forsinkelsen, som kontrakten foreskriver.',
    ],
    furniture: [
      'Forside | Nyheder | Sport | Kultur',
      'Annonce',
      'Del artiklen',
      'Læs også: Havnen lukket i vinter',
      'Tilmeld dig vores nyhedsbrev',
      '© 2025 Havnebladet. Alle rettigheder forbeholdes.',
      'Foto: Jane Doe / Havnebureauet',
    ],
    tail: 'Relaterede artikler',
    teaser:
      'Kapsejladsen er i år flyttet til juni, fordi bådene ikke er klar efter den lange vinter, og der mangler frivillige til at hjælpe.',
  },
  {
    language: 'no',
    title: 'Ny ferje til Solvik er forsinket',
    body: [
      'Den nye ferja til Solvik blir først satt i drift til høsten, fordi verftet ikke har fått motorene levert i tide, og ' +
        'testingen av teknikken tar lengre tid enn planlagt.',
      'Ordføreren sa mandag at den gamle ferja skal gå videre fram til da, selv om den ikke får forlate havna i sterk vind, og ' +
        'passasjerene da må vente på kaia.',
      'Kommunen vil dele merkostnaden med fylket, som betaler halvparten av byggingen, og håper at verftet tar på seg en del av ' +
        'forsinkelsen, slik kontrakten sier.',
    ],
    furniture: [
      'Forside | Nyheter | Sport | Kultur',
      'Annonse',
      'Del artikkelen',
      'Les også: Havna stengt i vinter',
      'Meld deg på vårt nyhetsbrev',
      '© 2025 Havnebladet. Alle rettigheter forbeholdt.',
      'Foto: Jane Doe / Havnebyrået',
    ],
    tail: 'Relaterte artikler',
    teaser:
      'Regattaen er i år flyttet til juni, fordi båtene ikke er klare etter den lange vinteren, og det mangler frivillige som kan ' +
      'hjelpe til.',
  },
  {
    language: 'tr',
    title: 'Solvik için yeni feribot gecikiyor',
    body: [
      'Solvik için yeni feribot ancak sonbaharda hizmete girecek, çünkü tersane motorları zamanında teslim alamadı ve teknik ' +
        'testler de planlanandan daha uzun sürüyor.',
      'Belediye başkanı pazartesi günü yaptığı açıklamada, eski feribotun o zamana kadar sefer yapmaya devam edeceğini, ancak ' +
        'sert rüzgarda limandan çıkamayacağını ve yolcuların iskelede beklemek zorunda kalacağını söyledi.',
      'Belediye, inşaatın yarısını ödeyen bölge ile ek maliyeti paylaşmak istiyor ve sözleşmede öngörüldüğü gibi gecikmenin bir ' +
        'kısmını tersanenin üstlenmesini umuyor.',
    ],
    furniture: [
      'Anasayfa | Gündem | Spor | Kültür',
      'Reklam',
      'Haberi paylaş',
      'Benzer haberler: Liman kışın kapalı kalacak',
      'Bültenimize abone olun',
      '© 2025 Liman Gazetesi. Tüm hakları saklıdır.',
      'Fotoğraf: Jane Doe / Liman Ajansı',
    ],
    tail: 'İlgili haberler',
    teaser:
      'Yat yarışı bu yıl haziran ayına ertelendi, çünkü tekneler uzun kışın ardından henüz hazır değil ve yardım edecek gönüllü ' +
      'sayısı da az.',
  },
];

/** The page's lines in reading order: menu, title, furniture between the paragraphs, then the tail and a teaser. */
function lines(p: Page): string[] {
  const [menu, ad, share, readAlso, newsletter, copyright, credit] = p.furniture;
  return [menu, p.title, credit, p.body[0], ad, p.body[1], readAlso, share, p.body[2], newsletter, p.tail, p.teaser, copyright];
}

describe('invented pages in other languages: furniture goes, the article stays', () => {
  it.each(PAGES.map((p) => [p.language, p] as const))('%s, scraped text', (_language, p) => {
    const result = cleanText(lines(p).join('\n'));
    expect(result.body.split('\n\n')).toEqual(p.body);
    expect(result.language).toBe('other');
  });

  it.each(PAGES.map((p) => [p.language, p] as const))('%s, HTML', async (_language, p) => {
    const html = `<!doctype html><html lang="${p.language}"><head><title>${p.title}</title></head><body><main>${lines(p)
      .map((l) => (l === p.title ? `<h1>${l}</h1>` : `<p>${l}</p>`))
      .join('')}</main></body></html>`;
    const result = await cleanDocument(html);
    expect(result.body.split('\n\n')).toEqual(p.body);
  });
});

describe('scripts with their own full stops and vowel marks', () => {
  it('keeps the short paragraphs of a Hindi page: "।" ends a sentence, and a vowel sign does not split a word', () => {
    const body = [
      'सोलविक के लिए नई नौका अब शरद ऋतु में ही सेवा में आएगी, क्योंकि इंजन समय पर नहीं पहुंचे।',
      'महापौर ने कहा कि पुरानी नौका चलती रहेगी।',
      'नगर परिषद खर्च राज्य के साथ बांटना चाहती है।',
    ];
    const result = cleanText(['सोलविक नौका में देरी', 'होम | देश | खेल | मनोरंजन', ...body, '© 2025 बंदरगाह समाचार'].join('\n'));
    expect(result.body.split('\n\n')).toEqual(body);
    expect(tokens('महापौर ने कहा कि पुरानी नौका चलती रहेगी।')).toHaveLength(8);
  });
});

describe('a "read also" label on a line of its own, its link on the next (read-also label)', () => {
  // "Leggi anche" / "Lees ook" / "Lire aussi" print one link to another story inside the article, wherever the site
  // puts it: not a heading of related stories that ends the article. Set after two thirds of the article, such a label
  // used to cut the last paragraph, and the linked headline under it was kept as a subheading.
  // The Spanish and Turkish pages' link is labelled by a heading of related stories ("Noticias relacionadas"): Spanish
  // has "Lee también" too; Turkish's "read also" is not in its table.
  const inline = PAGES.filter((p) => p.language !== 'tr');
  it.each(inline.map((p) => [p.language, p] as const))('%s: the paragraph after it stays, the linked headline goes', (_l, p) => {
    const [own, headline] = p.furniture[3].split(/ ?: /);
    const label = p.language === 'es' ? 'Lee también' : own;
    const page = [p.furniture[0], p.title, p.body[0], p.body[1], label, headline, p.body[2], p.furniture[5]];
    const result = cleanText(page.join('\n'));
    expect(result.body.split('\n\n')).toEqual(p.body);
    expect(result.removed.map((r) => r.text)).toContain(headline);
  });
});

describe('photo credits in brackets (photo credit shape)', () => {
  it.each([
    ['es', 'Marineros en huelga frente a las oficinas de la naviera en Solvik. (Foto: EFE/Juan Pérez)'],
    ['de', 'Streikende Fährleute vor dem Büro des Betreibers in Solvik. (Foto: dpa/Hans Muster)'],
    ['pt', 'Marinheiros em greve em frente aos escritórios da operadora em Solvik. [Foto: João Silva/Agência]'],
  ])('%s: a caption ending in a bracketed credit goes', (language, caption) => {
    const p = PAGES.find((page) => page.language === language) as Page;
    const result = cleanText([p.title, p.body[0], caption, p.body[1], p.body[2]].join('\n'));
    expect(result.body.split('\n\n')).toEqual(p.body);
  });
});

describe("another language's header and inline link, HTML (byline cue, numeric date line, read-also label)", () => {
  // The page's byline with the language's word before the name, its date in numbers, and a "read also" label with its
  // link (an <a>) between two paragraphs: all three were kept as article text, and the date line taken as the title.
  const header: Record<string, [string, string, string]> = {
    de: ['Von Jana Beispiel, Hafenagentur', '03.03.2025, 14:12 Uhr', 'Jana Beispiel'],
    fr: ['Par Jeanne Exemple', '03/03/2025 à 14h12', 'Jeanne Exemple'],
    es: ['Por Juana Ejemplo', '3 de marzo de 2025 - 14:12 CET', 'Juana Ejemplo'],
    it: ['di Giovanna Esempio', '03/03/2025 ore 14:12', 'Giovanna Esempio'],
    pt: ['Por Joana Exemplo', '03/03/2025 às 14h12 - Atualizado há 2 horas', 'Joana Exemplo'],
    nl: ['Door Jan van der Voorbeeld', '03-03-2025 om 14:12 uur', 'Jan van der Voorbeeld'],
  };
  it.each(Object.entries(header))('%s', async (language, [byline, date, name]) => {
    const p = PAGES.find((page) => page.language === language) as Page;
    const [own, headline] = p.furniture[3].split(/ ?: /);
    const label = language === 'es' ? 'Lee también' : own;
    const blocks = [byline, date, p.body[0], p.body[1], label].map((l) => `<p>${l}</p>`);
    const html =
      `<!doctype html><html lang="${language}"><head><title>${p.title}</title></head><body><article><h1>${p.title}</h1>` +
      `${blocks.join('')}<p><a href="/other">${headline}</a></p><p>${p.body[2]}</p></article></body></html>`;
    const result = await cleanDocument(html);
    expect(result.body.split('\n\n')).toEqual(p.body);
    expect(result.byline).toBe(name);
    expect(result.title).toBe(p.title);
  });

  it('keeps a line that starts with the cue word but is no name ("Von Montag an …", "Por favor …")', () => {
    const p = PAGES.find((page) => page.language === 'de') as Page;
    const result = cleanText([p.title, p.body[0], 'Von Montag an Fähre im Takt', p.body[1], p.body[2]].join('\n'));
    expect(result.body).toContain('Von Montag an Fähre im Takt');
  });
});

describe("other languages' page widgets: follow, listen, save, consent buttons, subscriber-only labels", () => {
  const widgets: Record<string, string[]> = {
    de: ['Folgen Sie uns auf Twitter', 'Artikel anhören', 'Zur Merkliste hinzufügen', 'Exklusiv für Abonnenten', 'Zum Kommentarbereich'],
    fr: ['Suivez-nous sur Twitter', 'Écouter cet article', 'Ajouter à mes favoris', 'Continuer sans accepter', 'Voir les commentaires'],
    es: ['Síguenos en Twitter', 'Escuchar artículo', 'Guardar', 'Este artículo es exclusivo para suscriptores', 'Aceptar y cerrar'],
    it: ['Seguici su Facebook', "Ascolta l'articolo", 'Accetta e chiudi', 'Contenuto riservato agli abbonati', 'Leggi i commenti'],
    pt: ['Siga-nos no Twitter', 'Ouvir o artigo', 'Continua após a publicidade', 'Exclusivo para assinantes', 'Aceitar e fechar'],
    nl: ['Volg ons op Twitter', 'Luister naar dit artikel', 'Alleen voor abonnees', 'Accepteren en sluiten', 'Laatste nieuws'],
  };
  // The last line of each list stands after the article (a comments link ends it there).
  it.each(Object.entries(widgets))('%s', (language, lines) => {
    const p = PAGES.find((page) => page.language === language) as Page;
    const [a, b, c, d, e] = lines;
    const result = cleanText([p.title, a, p.body[0], b, c, p.body[1], d, p.body[2], e].join('\n'));
    expect(result.body.split('\n\n')).toEqual(p.body);
  });
});
