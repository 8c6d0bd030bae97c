// The journeys in Firefox ESR (support/journeys.ts): its own spec file, so it
// runs beside WebKit's and Chromium's specs.
import { engineJourneys } from './support/journeys';

engineJourneys('firefox');
