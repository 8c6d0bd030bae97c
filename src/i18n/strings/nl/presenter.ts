// The Dutch strings of the presentation: the slides, the keys and the presenter's
// console. Part of ../nl.ts.
const presenter = {
  startPresentation: 'Presentatie starten',
  presenterStep: (n: number, total: number) => `${n} / ${total}`,
  presenterStepLabel: (n: number, total: number) => `Stap ${n} van ${total}`,
  presenterKeys: '→ volgende · ← vorige · B zwart · P presentatorscherm · Esc stop · ? deze hulp',
  presenterOverviewEnd: 'Overzicht',
  presenterMapCredit:
    'Kaart: grenzen van Statbel (open data), vereenvoudigd door Provincies in Cijfers; omgeving: Natural Earth.',
  presenterFiguresSource:
    'Bron: Statbel, bevolking op 1 januari 2018; gemeenten: antwoord op schriftelijke vraag nr. 114, grenzen van 2017.',
  presenterFigures: (m: string, pop: string, share: string) =>
    `${m} gemeenten · ${pop} inwoners (${share} van Vlaanderen op 1 januari 2018)`,
  presenterBlank: 'Scherm zwart. Druk op B om verder te gaan.',
  consoleTitle: 'Presentatorscherm',
  openConsole: 'Presentatorscherm (P)',
  consoleBlocked:
    'Het presentatorscherm kon niet openen: de browser hield het nieuwe venster tegen. Sta pop-ups toe voor deze pagina en druk opnieuw op P.',
  slideToOtherScreen: 'Dia op het andere scherm',
  noOtherScreen: 'Geen tweede scherm gevonden. Sleep het venster van de dia zelf naar de projector.',
  otherScreenRefused:
    'De browser gaf geen toegang tot de schermen. Sleep het venster van de dia zelf naar de projector.',
  consoleNow: 'Nu',
  consoleNext: 'Volgende',
  consoleLast: 'Dit is de laatste stap.',
  consoleSteps: 'Alle stappen',
  consoleNotes: 'Notities',
  consoleNotesProject:
    'Uit het antwoord op vraag nr. 114; gemarkeerd: de passages waarop de zinnen van de dia steunen.',
  consoleNotesFigures: 'De cijfers van de dia en hun bronnen',
  consoleFigureProjects: (n: number, m: string) =>
    `${n} pilootprojecten, ${m} gemeenten: antwoord op schriftelijke vraag nr. 114 (vraag van 8 november 2017).`,
  consoleElapsed: 'Verstreken',
  consoleClock: 'Klok',
  consoleReset: 'Tijd op nul',
  consolePrevious: '← Vorige',
  consoleNextButton: 'Volgende →',
  consoleBlank: 'Zwart scherm (B)',
  consoleBlankOn: 'De dia is zwart.',
  consoleKeys:
    '→ / PageDown volgende · ← / PageUp vorige · Home eerste · End laatste · B zwart · cijfer + Enter naar stap',
  consoleLinked: 'Verbonden met de dia: beide vensters volgen elkaar.',
  consoleAlone: 'Wacht op de dia. Open de presentatie in een ander venster van deze browser.',
  consoleSlideClosed: 'Het venster van de dia is gesloten.',
  consoleOpenSlide: 'Open de dia opnieuw',
  consoleUnavailable: (why: string) =>
    `Dit scherm kan de dia niet volgen: ${why} De dia werkt wel met de toetsen in haar eigen venster.`,
  consoleNoChannel:
    'deze browser laat geen berichten tussen vensters toe (BroadcastChannel), bijvoorbeeld voor een bestand dat lokaal geopend is.',
  consoleStepAnnounced: (n: number, total: number, title: string) => `Stap ${n} van ${total}: ${title}`,
  consoleSlideLabel: 'De dia nu, verkleind',
  consoleNextLabel: 'De volgende stap',
};
export type PresenterStrings = typeof presenter;
export default presenter;
