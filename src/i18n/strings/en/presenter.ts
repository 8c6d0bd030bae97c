// The English strings of the presentation; the same keys as ../nl/presenter.ts
// (checked by tsc). Part of ../en.ts.
import type { PresenterStrings } from '../nl/presenter';

const presenter: PresenterStrings = {
  startPresentation: 'Start presentation',
  presenterStep: (n: number, total: number) => `${n} / ${total}`,
  presenterStepLabel: (n: number, total: number) => `Step ${n} of ${total}`,
  presenterKeys: '→ next · ← previous · B blank · P presenter console · Esc stop · ? this help',
  presenterOverviewEnd: 'Overview',
  presenterMapCredit:
    'Map: boundaries from Statbel (open data), simplified by Provincies in Cijfers; surroundings: Natural Earth.',
  presenterFiguresSource:
    'Source: Statbel, population on 1 January 2018; municipalities: answer to written question no. 114, 2017 boundaries.',
  presenterFigures: (m: string, pop: string, share: string) =>
    `${m} municipalities · ${pop} inhabitants (${share} of Flanders on 1 January 2018)`,
  presenterBlank: 'Screen blanked. Press B to continue.',
  consoleTitle: 'Presenter console',
  openConsole: 'Presenter console (P)',
  consoleBlocked:
    'The presenter console could not open: the browser blocked the new window. Allow pop-ups for this page and press P again.',
  slideToOtherScreen: 'Slide to the other screen',
  noOtherScreen: "No second screen found. Drag the slide's window to the projector yourself.",
  otherScreenRefused: "The browser gave no access to the screens. Drag the slide's window to the projector yourself.",
  consoleNow: 'Now',
  consoleNext: 'Next',
  consoleLast: 'This is the last step.',
  consoleSteps: 'All steps',
  consoleNotes: 'Notes',
  consoleNotesProject:
    "From the answer to question no. 114 (in Dutch); marked: the passages the slide's sentences rest on.",
  consoleNotesFigures: "The slide's figures and their sources",
  consoleFigureProjects: (n: number, m: string) =>
    `${n} pilot projects, ${m} municipalities: answer to written question no. 114 (question of 8 November 2017).`,
  consoleElapsed: 'Elapsed',
  consoleClock: 'Clock',
  consoleReset: 'Reset time',
  consolePrevious: '← Previous',
  consoleNextButton: 'Next →',
  consoleBlank: 'Blank screen (B)',
  consoleBlankOn: 'The slide is blank.',
  consoleKeys:
    '→ / PageDown next · ← / PageUp previous · Home first · End last · B blank · number + Enter to go to a step',
  consoleLinked: 'Linked to the slide: both windows follow each other.',
  consoleAlone: 'Waiting for the slide. Open the presentation in another window of this browser.',
  consoleSlideClosed: "The slide's window was closed.",
  consoleOpenSlide: 'Open the slide again',
  consoleUnavailable: (why: string) =>
    `This screen cannot follow the slide: ${why} The slide still works with the keys in its own window.`,
  consoleNoChannel:
    'this browser allows no messages between windows (BroadcastChannel), for example for a file opened locally.',
  consoleStepAnnounced: (n: number, total: number, title: string) => `Step ${n} of ${total}: ${title}`,
  consoleSlideLabel: 'The slide now, small',
  consoleNextLabel: 'The next step',
};
export default presenter;
