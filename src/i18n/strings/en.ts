// Every English UI string: the coverage view's and the presentation's in ./en/, the
// rest here; the keys are nl.ts's (checked by tsc).
import type { Strings } from './nl';
import coverage from './en/coverage';
import presenter from './en/presenter';

const en: Strings = {
  locale: 'en-GB',
  langName: 'English',
  switchTo: 'Switch to English',
  panelLabel: 'Side panel',
  appTitle: 'Integrated broad reception pilot projects',
  appSubtitle: (n: number) => `The ${n} pilot projects in the answer to written question no. 114 of 8 November 2017`,
  skipToPanel: 'Skip to the list of projects',
  langSwitchLabel: 'Language',
  mapLabel: (n: number) =>
    `Map of Flanders showing the municipalities of the ${n} integrated broad reception pilot projects. The list in the side panel gives the same information.`,
  overviewHeading: 'Pilot projects in Flanders',
  projectsHeading: (n: number) => `The ${n} projects`,
  municipalitiesCount: (n: number) => (n === 1 ? '1 municipality' : `${n} municipalities`),
  back: 'Back to the overview',
  close: 'Close',
  zoomTo: 'Zoom to this area',
  members: 'Municipalities',
  summary: 'Summary',
  themes: 'Themes',
  targetGroups: 'Target groups',
  inTheAnswer: 'in the answer:',
  partners: 'Partners and initiatives named',
  noneNamed: 'Not named in the answer.',
  subAreas: 'Local experiments',
  sourceText: 'Text from the minister’s answer (Dutch)',
  fromAnswer: 'From the answer: what each sentence rests on',
  fromQuestionAndAnswer: 'From the question and the answer: what each sentence rests on',
  inTheQuestion: 'From the question',
  inTheAnswerLabel: 'From the answer',
  source: 'Source',
  inhabitants: (n: string) => `${n} inhabitants on 1 January 2018`,
  currentMadeOf: (names: string, year: number | null) =>
    year
      ? `Since the merger of 1 January ${year} this municipality consists of: ${names}.`
      : `This municipality consists of: ${names}.`,
  openProject: (name: string) => `View the project ${name}`,
  /** Around the text the user typed, which the panel isolates (bdi): before and after it. */
  notFound: ['“', '” was not found. The overview is shown below.'] as [string, string],
  legend: 'Legend',
  legendPilot: 'Municipality in a pilot project (one colour per project)',
  legendOther: 'Other Flemish municipality',
  legendBrussels: 'Brussels-Capital Region',
  legendExperiment: 'Local experiment (W13)',
  legendProvince: 'Provincial border',
  legendElz: "Border of a primary-care zone (today's division)",
  legendSelected: 'Selected municipality',
  elzToday: "The primary-care zones are today's division; the answer to question no. 114 does not mention them.",
  licencesLink: 'Data licences',
  attribution:
    'Boundaries: Statbel (open data), simplified by Provincies in Cijfers. Population: Statbel, 1 January 2018, via vandenbroucke/belgian_municipalities (GPL-3.0). Postal codes: bpost, via rubenv/belgium-zipcodes (MIT). Locality names: Statbel (statistical sectors); neighbourhood names: the municipalities (Flemish free reuse licence); population-centre names: Provincies in Cijfers; all via Provincies in Cijfers. Surroundings: Natural Earth.',
  hoverNone: 'no pilot project',
  selected: (name: string) => `Selected: ${name}`,
  overviewAnnounced: 'Overview of all projects',
  loading: 'Loading…',
  startError: 'The map could not start. Reload the page; if this persists, please report this error:',
  loadError: 'The map data could not be loaded.',
  dataError: 'The project data contains errors:',
  staleData: (file: string) =>
    `${file} belongs to another version of the app: the app was updated meanwhile. Reload the page to load the new version.`,
  reloadPage: 'Reload the page',
  retry: 'Try again',
  noWebgl: 'This browser shows a simple map: WebGL is not available.',
  offlineReady: 'Ready for offline use: this map now works without a network too.',
  offlineSafari: 'Safari deletes this copy after 7 days without a visit.',
  offlineUnavailable: (reason: string) => `Offline not available: ${reason}`,
  offlineNoWorker: 'this browser keeps no copy of the app.',
  offlineCopyFailed: 'the files could not be copied.',
  updateAvailable: 'A new version is available.',
  updateApply: 'Reload',
  mapError: 'The map reported an error',
  mapCodeError: (what: string) => `The map's code could not be loaded (${what}).`,
  experimentLabel: 'Local experiment',
  searchLabel: 'Search a municipality, village, neighbourhood or postal code',
  searchPlaceholder: 'e.g. Aalbeke, 8511',
  searchNoResults: 'No place found. Try a municipality, village, neighbourhood or postal code.',
  searchResults: (n: number) => (n === 1 ? '1 result' : `${n} results`),
  searchLoadError: 'The place names could not be loaded. Type again to retry.',
  searchLoading: 'Loading place names…',
  kindMunicipality: 'municipality',
  kindMunicipality2017: (now: string) => `municipality until the merger, now ${now}`,
  kindMerged: (parts: string) => `merged municipality of ${parts}`,
  kindVillage: (m: string) => `village in ${m}`,
  kindPostcode: (m: string) => `postal code · ${m}`,
  kindWijk: (m: string) => `neighbourhood of ${m}`,
  kindKern: (m: string) => `population centre of ${m}`,
  kindSector: (m: string) => `locality in ${m}`,
  kindSectorDoubtful: (m: string) => `statistical sector in ${m}`,
  kindBrussels: 'municipality in the Brussels-Capital Region',
  kindWallonia: (province: string) => `municipality in Wallonia (${province})`,
  regionBrussels: 'Brussels-Capital Region',
  regionWallonia: (province: string) => `Wallonia (${province})`,
  walloonProvince: (p: string) =>
    (
      ({
        Henegouwen: 'Hainaut',
        Luik: 'Liège',
        Luxemburg: 'Luxembourg',
        Namen: 'Namur',
        'Waals-Brabant': 'Walloon Brabant',
      }) as Record<string, string>
    )[p] ?? p,
  outsideName: (nl: string, fr: string) => (nl === fr ? fr : `${fr} (${nl})`),
  outsideAnswer: (place: string | null, m: string, region: 'brussels' | 'wallonia', province: string) => {
    const where =
      region === 'brussels'
        ? 'in the Brussels-Capital Region'
        : province
          ? `in Wallonia (province of ${province})`
          : 'in Wallonia';
    return place && place !== m ? `${place} lies in ${m}, ${where}.` : `${m} lies ${where}.`;
  },
  outsideNoPilot:
    'The integrated broad reception pilot projects in the answer to question no. 114 were Flemish projects: every municipality that took part lies in Flanders.',
  outsideNearestExplain:
    "Straight-line distance between the middle of the Brussels-Capital Region and the centre of each project's nearest municipality.",
  outsideAllPilots: 'All pilot projects on the map',
  locate: 'Use my location',
  locating: 'Getting your location…',
  locateDenied: 'Your location was not shared. Search for your municipality or postal code instead.',
  locateTimeout: 'Your location could not be found in time. Try again or use the search box.',
  locateUnavailable: 'Location is not available in this browser. Use the search box.',
  locateOutside: 'Your location is outside Flanders. This map shows the Flemish pilot projects only.',
  locatePrivacy: 'Your location stays in your browser and is not stored anywhere.',
  yourLocation: 'Your location',
  answerIn: (place: string, m: string, project: string) =>
    place === m
      ? `${m} took part in the pilot project ${project}.`
      : `${place} lies in ${m}, which took part in the pilot project ${project}.`,
  answerNone: (place: string, m: string) =>
    place === m
      ? `${m} had no integrated broad reception pilot project according to the answer to question no. 114.`
      : `${place} lies in ${m}, which had no integrated broad reception pilot project according to the answer to question no. 114.`,
  answerNowIn: (m: string, now: string) => `${m} is now part of the municipality of ${now}.`,
  nearestHeading: 'Nearest pilot areas',
  nearestExplain: (m: string) =>
    `Straight-line distance between the centre of ${m} and the centre of each project's nearest municipality.`,
  nearestItem: (project: string, via: string, km: string) => `${project} (${via}): ${km} km`,
  helpToday: 'Looking for help today?',
  helpTodayText: 'De Sociale Kaart is the Flemish directory of welfare and care services near you (in Dutch).',
  helpTodayLink: 'Go to De Sociale Kaart (desocialekaart.be)',
  ...coverage,
  mapOptions: 'Map',
  boundaries2017: 'Municipal boundaries of 2017 (308 municipalities)',
  boundaries2025: 'Today’s municipal boundaries (285 municipalities)',
  showElz: "Show primary-care zones (today's division)",
  renamedNote: (old: string, now: string) => `${old} is now part of ${now}.`,
  noRenames: 'None of these municipalities changed name or code since 2017.',
  provinces: {
    '10000': 'Antwerp',
    '20001': 'Flemish Brabant',
    '30000': 'West Flanders',
    '40000': 'East Flanders',
    '70000': 'Limburg',
  },
  ...presenter,
  downloadImage: 'Download image (PNG)',
  print: 'Print',
  copyEmbed: 'Copy embed code',
  embedCodeLabel: 'Embed code (iframe) for a website',
  embedCopied: 'The embed code was copied.',
  embedSelectToCopy: 'Copy the selected embed code with Ctrl+C.',
  embedTitle: 'Map of the integrated broad reception pilot projects',
  actionFailed: 'That did not work.',
  imageFile: 'gbo-pilot-projects-map.png',
  imageDate: (date: string) =>
    `Map made on ${date}; pilot projects as listed in the answer to written question no. 114 of 8 November 2017.`,
  printLink: 'This map online:',
  printDate: (date: string) => `Printed on ${date}`,
  imageFigures: (m: string, total: string, pop: string, popShare: string, area: string) =>
    `${m} of the ${total} municipalities · ${pop} inhabitants on 1 January 2018 (${popShare}) · ${area} of the area.`,
  imageFilter: (words: string, n: number, total: number) =>
    `Filter: ${words}. ${n} of the ${total} projects match; the others are drawn faintly.`,
  legendDimmed: 'outside the filter',
  legendProjects: 'Pilot projects',
  brussels: 'Brussels',
  surroundingsNames: {
    sea: 'North Sea',
    wallonia: 'Wallonia',
    528: 'Netherlands',
    250: 'France',
    276: 'Germany',
    442: 'Luxembourg',
    826: 'United Kingdom',
  },
};
export default en;
