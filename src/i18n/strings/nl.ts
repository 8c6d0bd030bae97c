// Every Dutch (nl-BE) UI string: the coverage view's and the presentation's in ./nl/,
// the rest here. en.ts must have the same keys (checked by tsc).
import coverage from './nl/coverage';
import presenter from './nl/presenter';

const nl = {
  /** BCP 47 locale for numbers, dates and the page's lang attribute. */
  locale: 'nl-BE',
  /** The language's own name, on the button that switches to it. */
  langName: 'Nederlands',
  /** That button's accessible name, in this language. */
  switchTo: 'Schakel naar Nederlands',
  panelLabel: 'Zijpaneel',
  appTitle: 'Pilootprojecten geïntegreerd breed onthaal',
  appSubtitle: (n: number) =>
    `De ${n} pilootprojecten uit het antwoord op schriftelijke vraag nr. 114 van 8 november 2017`,
  skipToPanel: 'Naar de projectenlijst',
  langSwitchLabel: 'Taal',
  mapLabel: (n: number) =>
    `Kaart van Vlaanderen met de gemeenten van de ${n} pilootprojecten geïntegreerd breed onthaal. De lijst in het zijpaneel geeft dezelfde informatie.`,
  overviewHeading: 'Pilootprojecten in Vlaanderen',
  projectsHeading: (n: number) => `De ${n} projecten`,
  municipalitiesCount: (n: number) => (n === 1 ? '1 gemeente' : `${n} gemeenten`),
  back: 'Terug naar het overzicht',
  close: 'Sluiten',
  zoomTo: 'Zoom naar dit gebied',
  members: 'Gemeenten',
  summary: 'Samenvatting',
  themes: 'Thema’s',
  targetGroups: 'Doelgroepen',
  inTheAnswer: 'in het antwoord:',
  partners: 'Genoemde partners en initiatieven',
  noneNamed: 'Niet bij naam genoemd in het antwoord.',
  subAreas: 'Lokale experimenten',
  sourceText: 'Tekst uit het antwoord van de minister',
  fromAnswer: 'Uit het antwoord: waarop elke zin steunt',
  fromQuestionAndAnswer: 'Uit de vraag en het antwoord: waarop elke zin steunt',
  inTheQuestion: 'Uit de vraag',
  inTheAnswerLabel: 'Uit het antwoord',
  source: 'Bron',
  inhabitants: (n: string) => `${n} inwoners op 1 januari 2018`,
  currentMadeOf: (names: string, year: number | null) =>
    year
      ? `Deze gemeente bestaat sinds de fusie van 1 januari ${year} uit: ${names}.`
      : `Deze gemeente bestaat uit: ${names}.`,
  openProject: (name: string) => `Bekijk het project ${name}`,
  /** Around the text the user typed, which the panel isolates (bdi): before and after it. */
  notFound: ['„', '” werd niet gevonden. Hieronder staat het overzicht.'] as [string, string],
  legend: 'Legende',
  legendPilot: 'Gemeente in een pilootproject (kleur per project)',
  legendOther: 'Andere Vlaamse gemeente',
  legendBrussels: 'Brussels Hoofdstedelijk Gewest',
  legendExperiment: 'Lokaal experiment (W13)',
  legendProvince: 'Provinciegrens',
  legendElz: 'Grens van een eerstelijnszone (indeling van vandaag)',
  legendSelected: 'Gekozen gemeente',
  elzToday: 'De eerstelijnszones zijn de indeling van vandaag; het antwoord op vraag nr. 114 vermeldt ze niet.',
  licencesLink: 'Licenties van de gegevens',
  attribution:
    'Grenzen: Statbel (open data), vereenvoudigd door Provincies in Cijfers. Bevolking: Statbel, 1 januari 2018, via vandenbroucke/belgian_municipalities (GPL-3.0). Postcodes: bpost, via rubenv/belgium-zipcodes (MIT). Buurtnamen: Statbel (statistische sectoren); wijknamen: de gemeenten (Modellicentie Gratis Hergebruik); kernnamen: Provincies in Cijfers; alle via Provincies in Cijfers. Omgeving: Natural Earth.',
  hoverNone: 'geen pilootproject',
  selected: (name: string) => `Geselecteerd: ${name}`,
  overviewAnnounced: 'Overzicht van alle projecten',
  loading: 'Laden…',
  startError: 'De kaart kon niet opstarten. Vernieuw de pagina; blijft dit, meld dan deze fout:',
  loadError: 'De kaartgegevens konden niet geladen worden.',
  dataError: 'De projectgegevens bevatten fouten:',
  staleData: (file: string) =>
    `${file} hoort bij een andere versie van de app: de app werd intussen bijgewerkt. Vernieuw de pagina om de nieuwe versie te laden.`,
  reloadPage: 'Pagina vernieuwen',
  retry: 'Opnieuw proberen',
  noWebgl: 'Deze browser toont een eenvoudige kaart: WebGL is niet beschikbaar.',
  offlineReady: 'Klaar voor offline gebruik: deze kaart werkt nu ook zonder netwerk.',
  offlineSafari: 'Safari wist deze kopie na 7 dagen zonder bezoek.',
  offlineUnavailable: (reason: string) => `Offline niet beschikbaar: ${reason}`,
  offlineNoWorker: 'deze browser bewaart geen kopie van de app.',
  offlineCopyFailed: 'de bestanden konden niet gekopieerd worden.',
  updateAvailable: 'Er is een nieuwe versie.',
  updateApply: 'Vernieuwen',
  mapError: 'De kaart gaf een fout',
  mapCodeError: (what: string) => `De code van de kaart kon niet geladen worden (${what}).`,
  experimentLabel: 'Lokaal experiment',
  searchLabel: 'Zoek een gemeente, deelgemeente, wijk of postcode',
  searchPlaceholder: 'bv. Aalbeke, 8511',
  searchNoResults: 'Geen plaats gevonden. Probeer een gemeente, deelgemeente, wijk of postcode.',
  searchResults: (n: number) => (n === 1 ? '1 resultaat' : `${n} resultaten`),
  searchLoadError: 'De plaatsnamen konden niet geladen worden. Typ opnieuw om het nog eens te proberen.',
  searchLoading: 'Plaatsnamen laden…',
  kindMunicipality: 'gemeente',
  kindMunicipality2017: (now: string) => `gemeente tot de fusie, nu ${now}`,
  kindMerged: (parts: string) => `fusiegemeente van ${parts}`,
  kindVillage: (m: string) => `deelgemeente van ${m}`,
  kindPostcode: (m: string) => `postcode · ${m}`,
  kindWijk: (m: string) => `wijk van ${m}`,
  kindKern: (m: string) => `kern van ${m}`,
  kindSector: (m: string) => `buurt in ${m}`,
  kindSectorDoubtful: (m: string) => `statistische sector in ${m}`,
  kindBrussels: 'gemeente in het Brussels Hoofdstedelijk Gewest',
  kindWallonia: (province: string) => `gemeente in Wallonië (${province})`,
  regionBrussels: 'Brussels Hoofdstedelijk Gewest',
  regionWallonia: (province: string) => `Wallonië (${province})`,
  walloonProvince: (p: string) => p,
  outsideName: (nl: string, fr: string) => (nl === fr ? nl : `${nl} (${fr})`),
  outsideAnswer: (place: string | null, m: string, region: 'brussels' | 'wallonia', province: string) => {
    const where =
      region === 'brussels'
        ? 'in het Brussels Hoofdstedelijk Gewest'
        : province
          ? `in Wallonië (provincie ${province})`
          : 'in Wallonië';
    return place && place !== m ? `${place} ligt in ${m}, ${where}.` : `${m} ligt ${where}.`;
  },
  outsideNoPilot:
    'De pilootprojecten geïntegreerd breed onthaal uit het antwoord op vraag nr. 114 waren Vlaamse projecten: alle gemeenten die eraan deelnamen, liggen in Vlaanderen.',
  outsideNearestExplain:
    'Afstand in vogelvlucht tussen het midden van het Brussels Hoofdstedelijk Gewest en het centrum van de dichtstbijzijnde gemeente van elk project.',
  outsideAllPilots: 'Alle pilootprojecten op de kaart',
  locate: 'Gebruik mijn locatie',
  locating: 'Locatie opvragen…',
  locateDenied: 'Je locatie werd niet gedeeld. Zoek je gemeente of postcode in het zoekvak.',
  locateTimeout: 'Je locatie kon niet op tijd bepaald worden. Probeer opnieuw of gebruik het zoekvak.',
  locateUnavailable: 'Je locatie is niet beschikbaar in deze browser. Gebruik het zoekvak.',
  locateOutside: 'Je locatie ligt buiten Vlaanderen. Deze kaart toont enkel de Vlaamse pilootprojecten.',
  locatePrivacy: 'Je locatie blijft in je browser en wordt nergens opgeslagen.',
  yourLocation: 'Je locatie',
  answerIn: (place: string, m: string, project: string) =>
    place === m
      ? `${m} nam deel aan het pilootproject ${project}.`
      : `${place} ligt in ${m}, dat deelnam aan het pilootproject ${project}.`,
  answerNone: (place: string, m: string) =>
    place === m
      ? `${m} had geen pilootproject geïntegreerd breed onthaal volgens het antwoord op vraag nr. 114.`
      : `${place} ligt in ${m}, dat geen pilootproject geïntegreerd breed onthaal had volgens het antwoord op vraag nr. 114.`,
  answerNowIn: (m: string, now: string) => `${m} maakt nu deel uit van de gemeente ${now}.`,
  nearestHeading: 'Dichtstbijzijnde pilootgebieden',
  nearestExplain: (m: string) =>
    `Afstand in vogelvlucht tussen het centrum van ${m} en het centrum van de dichtstbijzijnde gemeente van elk project.`,
  nearestItem: (project: string, via: string, km: string) => `${project} (${via}): ${km} km`,
  helpToday: 'Hulp zoeken vandaag?',
  helpTodayText: 'De Sociale Kaart is de Vlaamse gids van welzijns- en zorgvoorzieningen bij jou in de buurt.',
  helpTodayLink: 'Naar De Sociale Kaart (desocialekaart.be)',
  ...coverage,
  mapOptions: 'Kaart',
  boundaries2017: 'Gemeentegrenzen van 2017 (308 gemeenten)',
  boundaries2025: 'Gemeentegrenzen van vandaag (285 gemeenten)',
  showElz: 'Eerstelijnszones tonen (indeling van vandaag)',
  renamedNote: (old: string, now: string) => `${old} maakt nu deel uit van ${now}.`,
  noRenames: 'Geen van deze gemeenten veranderde sinds 2017 van naam of code.',
  provinces: {
    '10000': 'Antwerpen',
    '20001': 'Vlaams-Brabant',
    '30000': 'West-Vlaanderen',
    '40000': 'Oost-Vlaanderen',
    '70000': 'Limburg',
  } as Record<string, string>,
  ...presenter,
  downloadImage: 'Download afbeelding (PNG)',
  print: 'Afdrukken',
  copyEmbed: 'Kopieer insluitcode',
  embedCodeLabel: 'Insluitcode (iframe) voor een website',
  embedCopied: 'De insluitcode is gekopieerd.',
  embedSelectToCopy: 'Kopieer de geselecteerde insluitcode met Ctrl+C.',
  embedTitle: 'Kaart van de pilootprojecten geïntegreerd breed onthaal',
  actionFailed: 'Dat lukte niet.',
  imageFile: 'gbo-pilootprojecten-kaart.png',
  imageDate: (date: string) =>
    `Kaart gemaakt op ${date}; pilootprojecten zoals opgelijst in het antwoord op schriftelijke vraag nr. 114 van 8 november 2017.`,
  printLink: 'Deze kaart online:',
  printDate: (date: string) => `Afgedrukt op ${date}`,
  imageFigures: (m: string, total: string, pop: string, popShare: string, area: string) =>
    `${m} van de ${total} gemeenten · ${pop} inwoners op 1 januari 2018 (${popShare}) · ${area} van de oppervlakte.`,
  imageFilter: (words: string, n: number, total: number) =>
    `Filter: ${words}. ${n} van de ${total} projecten voldoen; de andere zijn vaag getekend.`,
  legendDimmed: 'buiten de filter',
  legendProjects: 'Pilootprojecten',
  brussels: 'Brussel',
  surroundingsNames: {
    sea: 'Noordzee',
    wallonia: 'Wallonië',
    528: 'Nederland',
    250: 'Frankrijk',
    276: 'Duitsland',
    442: 'Luxemburg',
    826: 'Verenigd Koninkrijk',
  },
};
export type Strings = typeof nl;
export default nl;
