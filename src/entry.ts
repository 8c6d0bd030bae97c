// The page's script: the app with the browser's data files and map, the SVG
// map's code already on its way.
import './style.css';
import { startApp } from './main';
import { browserData } from './data-source';
import { createBrowserMap, firstMapCode } from './app/map/factory';

startApp({ data: browserData, createMap: createBrowserMap, firstMapCode: firstMapCode() });
