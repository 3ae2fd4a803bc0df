// st.map's pure renderer: points + the world outline → an SVG string and its accessible name. A web-Mercator view
// (vega's d3-geo projection, loaded with the outline) fitted to the points' extent as Streamlit's map zooms.
import { countryAt, type BBox, type Projection, type World } from "./world.ts";

/** What one map draws; the columns are already resolved and validated (src/elements/map.ts). */
export interface MapInput {
  lat: number[];
  lon: number[];
  /** Radius in metres: one for every point, or one per point. */
  size: number | number[];
  /** A colour for every point, one per point ("#rrggbb(aa)"), or null for the theme's colour. */
  color: string | (string | null)[] | null;
  /** The native tooltip of each point (already text: lat, lon and the other columns). */
  titles: string[];
  /** Streamlit's zoom level (0 = the whole world across the width); undefined fits the points. */
  zoom?: number;
  width: number;
  height: number;
}


const MAX_LAT = 85.05112878;
const EARTH_CIRCUMFERENCE = 40075016.686;
/** Points are never smaller than this (Streamlit's radiusMinPixels), in viewBox units. */
export const MIN_RADIUS = 4;
const MAX_AUTO_ZOOM = 12;

const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 360));
const unMercY = (y: number) => ((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI;
const r1 = (n: number) => Math.round(n * 10) / 10;

/** The view: the zoom (given, or the largest whole zoom whose view holds every point with a margin) and the centre. */
export function fitView(input: Pick<MapInput, "lat" | "lon" | "zoom" | "width" | "height">): { zoom: number; center: [number, number] } {
  const { lat, lon, width, height } = input;
  if (lat.length === 0) return { zoom: input.zoom ?? 0, center: [0, 20] };
  let minLon = Infinity, maxLon = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let i = 0; i < lat.length; i++) {
    const y = mercY(lat[i]!);
    if (lon[i]! < minLon) minLon = lon[i]!;
    if (lon[i]! > maxLon) maxLon = lon[i]!;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  const center: [number, number] = [(minLon + maxLon) / 2, unMercY((minY + maxY) / 2)];
  if (input.zoom !== undefined) return { zoom: input.zoom, center };
  // At zoom z the world is width·2^z units wide: 360° of longitude, 2π of Mercator y.
  const byLon = maxLon > minLon ? Math.log2((0.85 * 360) / (maxLon - minLon)) : Infinity;
  const byLat = maxY > minY ? Math.log2((0.85 * height * 2 * Math.PI) / (width * (maxY - minY))) : Infinity;
  const zoom = Math.max(0, Math.min(MAX_AUTO_ZOOM, Math.floor(Math.min(byLon, byLat))));
  return { zoom, center };
}

/** The view's extent in degrees (a Mercator view is a lon/lat rectangle), a little wider so edges are kept. */
function viewBounds(projection: Projection, width: number, height: number): BBox {
  const [w, n] = projection.invert([-10, -10]) ?? [-180, 90];
  const [e, s] = projection.invert([width + 10, height + 10]) ?? [180, -90];
  return e - w >= 360 ? [-180, s, 180, n] : [w, s, e, n];
}

function projectionFor(world: World, input: MapInput, zoom: number, center: [number, number]): Projection {
  const worldWidth = input.width * 2 ** zoom;
  return world.mercator()
    .scale(worldWidth / (2 * Math.PI))
    .center(center)
    .translate([input.width / 2, input.height / 2])
    .clipExtent([[0, 0], [input.width, input.height]]);
}

/** The countries' outline as one SVG path (clipped to the view), through the projection's stream. */
function outlinePath(projection: Projection, world: World, view: BBox): string {
  const parts: string[] = [];
  let first = true;
  let inPolygon = false;
  const stream = projection.stream({
    point(x, y) {
      parts.push((first ? "M" : "L") + r1(x) + "," + r1(y));
      first = false;
    },
    lineStart() { first = true; },
    lineEnd() { if (inPolygon) parts.push("Z"); },
    polygonStart() { inPolygon = true; },
    polygonEnd() { inPolygon = false; },
    sphere() {},
  });
  for (const c of world.countries) {
    for (const { rings, bbox: b } of c.polygons) {
      if (b[2] < view[0] || b[0] > view[2] || b[3] < view[1] || b[1] > view[3]) continue; // off the view
      stream.polygonStart();
      for (const ring of rings) {
        stream.lineStart();
        for (let i = 0; i < ring.length - 1; i++) stream.point(ring[i]![0], ring[i]![1]);
        stream.lineEnd();
      }
      stream.polygonEnd();
    }
  }
  return parts.join("");
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
/** Text for an SVG text node or a double-quoted attribute. */
export const escapeXml = (s: string) => (/[&<>"]/.test(s) ? s.replace(/[&<>"]/g, (c) => XML_ESCAPES[c]!) : s);

const deg = (v: number, pos: string, neg: string) => `${Math.abs(v).toFixed(1)}° ${v < 0 ? neg : pos}`;
const count = (n: number, one: string) => `${n.toLocaleString("en")} ${one}${n === 1 ? "" : "s"}`;

/** "Map of 120 points in France (80), Spain (30) and 2 other countries (10); latitude 36.0° N to 51.1° N, …". */
export function mapName(lat: number[], lon: number[], world: World): string {
  if (lat.length === 0) return "Map with no points";
  const byCountry = new Map<string, number>();
  let elsewhere = 0;
  for (let i = 0; i < lat.length; i++) {
    const c = countryAt(world, lon[i]!, lat[i]!);
    if (c?.name) byCountry.set(c.name, (byCountry.get(c.name) ?? 0) + 1);
    else elsewhere++;
  }
  const ranked = [...byCountry].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const rest = ranked.slice(3);
  const onlyOne = ranked.length === 1 && elsewhere === 0;
  const parts = ranked.slice(0, 3).map(([name, n]) => (onlyOne ? name : `${name} (${n.toLocaleString("en")})`));
  if (rest.length) {
    const n = rest.reduce((s, [, k]) => s + k, 0);
    parts.push(`${rest.length} other ${rest.length === 1 ? "country" : "countries"} (${n.toLocaleString("en")})`);
  }
  if (elsewhere && parts.length) parts.push(`at sea (${elsewhere.toLocaleString("en")})`);
  const where = parts.length === 0 ? "" : " in " + (parts.length === 1 ? parts[0] : parts.slice(0, -1).join(", ") + " and " + parts.at(-1));
  const minLat = Math.min(...lat), maxLat = Math.max(...lat), minLon = Math.min(...lon), maxLon = Math.max(...lon);
  const extent =
    lat.length === 1
      ? `at latitude ${deg(minLat, "N", "S")}, longitude ${deg(minLon, "E", "W")}`
      : `latitude ${deg(minLat, "N", "S")} to ${deg(maxLat, "N", "S")}, longitude ${deg(minLon, "E", "W")} to ${deg(maxLon, "E", "W")}`;
  return `Map of ${count(lat.length, "point")}${where}; ${extent}`;
}

/** The SVG (scales to its container through its viewBox) and its accessible name. */
export function renderMapSvg(input: MapInput, world: World): { svg: string; name: string } {
  const { width, height, lat, lon } = input;
  const { zoom, center } = fitView(input);
  const projection = projectionFor(world, input, zoom, center);
  const name = mapName(lat, lon, world);
  const metresPerUnit = EARTH_CIRCUMFERENCE / (width * 2 ** zoom);
  const out: string[] = [
    `<svg class="sl-map-svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(name)}" xmlns="http://www.w3.org/2000/svg">`,
    `<rect class="sl-map-sea" width="${width}" height="${height}"/>`,
    `<path class="sl-map-land" d="${outlinePath(projection, world, viewBounds(projection, width, height))}"/>`,
    `<g class="sl-map-pts">`,
  ];
  for (let i = 0; i < lat.length; i++) {
    const p = projection([lon[i]!, lat[i]!]);
    if (!p) continue;
    const size = typeof input.size === "number" ? input.size : input.size[i] ?? 0;
    const r = Math.max(MIN_RADIUS, Math.min(width / 4, size / (metresPerUnit * Math.cos((lat[i]! * Math.PI) / 180))));
    if (p[0] + r < 0 || p[1] + r < 0 || p[0] - r > width || p[1] - r > height) continue; // outside a given zoom's view
    const fill = typeof input.color === "string" ? input.color : input.color?.[i] ?? null;
    out.push(
      `<circle cx="${r1(p[0])}" cy="${r1(p[1])}" r="${r1(r)}"${fill ? ` fill="${fill}"` : ""}><title>${escapeXml(input.titles[i] ?? "")}</title></circle>`,
    );
  }
  out.push("</g></svg>");
  return { svg: out.join(""), name };
}
