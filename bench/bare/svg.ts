// Benchmark baseline: what a Datawrapper-style chart does with the same data. Fetch
// the same TopoJSON and projects file, draw every municipality and each pilot's
// merged area as SVG with d3-geo, and mark the first frame painted with the map.
// A click on a pilot's area names it in a heading over the chart, as a chart's
// tooltip would (bench:click asks both pages the same: a click on Gent, its name
// on screen).
import { feature, merge } from 'topojson-client';
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { GeometryCollection, Topology } from 'topojson-specification';
import projectsUrl from '../../data/projects.json?url';
import { PROJECT_COLOURS } from '../../src/core/palette';

const SVG = 'http://www.w3.org/2000/svg';
const container = document.getElementById('map')!;
const [topo, doc] = await Promise.all([
  fetch('./geo/base.topo.json').then((r) => r.json() as Promise<Topology>),
  fetch(projectsUrl).then((r) => r.json() as Promise<{ projects: { name: string; municipalities: string[] }[] }>),
]);
const municipalities = topo.objects.gemeenten as GeometryCollection<{ code: string }>;
const all = feature(topo, municipalities);
const { clientWidth: width, clientHeight: height } = container;
const projection = geoMercator().fitExtent(
  [
    [16, 16],
    [width - 16, height - 16],
  ],
  all as GeoPermissibleObjects,
);
const path = geoPath(projection);
// Where a place is on the chart, for bench:click.
(window as unknown as { gboChartPoint: typeof projection }).gboChartPoint = projection;
const svg = document.createElementNS(SVG, 'svg');
svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
svg.setAttribute('width', String(width));
svg.setAttribute('height', String(height));
const add = (d: string | null, fill: string, stroke: string, name?: string) => {
  const p = document.createElementNS(SVG, 'path');
  p.setAttribute('d', d ?? '');
  p.setAttribute('fill', fill);
  p.setAttribute('stroke', stroke);
  if (name) p.dataset.name = name;
  svg.append(p);
};
for (const f of all.features) add(path(f as GeoPermissibleObjects), '#fbfbf8', '#9aa19a');
const byCode = new Map(municipalities.geometries.map((g) => [g.properties!.code, g]));
doc.projects.forEach((p, i) =>
  add(
    path(merge(topo, p.municipalities.map((c) => byCode.get(c)!) as never) as GeoPermissibleObjects),
    PROJECT_COLOURS[i % PROJECT_COLOURS.length]!,
    '#1b1f1b',
    p.name,
  ),
);
const panel = document.createElement('div');
panel.id = 'panel-content';
svg.addEventListener('click', (e) => {
  const name = (e.target as Element).closest<SVGPathElement>('path[data-name]')?.dataset.name;
  if (!name) return;
  const heading = document.createElement('h2');
  heading.textContent = name;
  panel.replaceChildren(heading);
});
container.append(svg, panel);
// The frame that shows the map has painted once a task queued from its animation
// frame runs.
requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    container.dataset.mapState = 'idle';
  };
  channel.port2.postMessage(0);
});
