// The page's script: the app with the browser's data files and map.
import './style.css';
import { startApp } from './main';
import { browserData } from './data-source';
import { createBrowserMap, preloadSvgMap } from './app/map-factory';

preloadSvgMap();
startApp({ data: browserData, createMap: createBrowserMap });
