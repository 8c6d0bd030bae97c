// The journeys in WebKitGTK (support/journeys.ts): its own spec file, so it runs
// beside Firefox's and Chromium's specs.
import { engineJourneys } from './support/journeys';

engineJourneys('webkit');
