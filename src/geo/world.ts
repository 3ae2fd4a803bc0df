// The world outline st.map draws: world-atlas's countries-110m TopoJSON, loaded lazily and parsed once per process
// into plain rings (with bounding boxes, for the point-in-country lookup that names a map). Drawing is map-svg.ts's.
import { feature } from "topojson-client";

/** [min lon, min lat, max lon, max lat]. */
export type BBox = [number, number, number, number];

/** One polygon: its rings of [lon, lat] (the first is the outer one) and the outer ring's bounding box. */
export interface Polygon {
  rings: [number, number][][];
  bbox: BBox;
  /**
   * For the point-in-polygon test: a ring that crosses the antimeridian (Russia, Fiji, Antarctica) has its
   * longitudes moved to 0..360, so no edge jumps across the whole map; `wraps` says a point's must move too.
   */
  test: { rings: [number, number][][]; bbox: BBox; wraps: boolean };
}

/** One country: its name and its polygons (each with its own box: France's would otherwise span the Atlantic). */
export interface Country {
  name: string;
  polygons: Polygon[];
}

/** The part of a d3-geo projection (as vega exports them) that map-svg.ts uses. */
export interface Projection {
  (p: [number, number]): [number, number] | null;
  invert(p: [number, number]): [number, number] | null;
  scale(k: number): Projection;
  center(c: [number, number]): Projection;
  translate(t: [number, number]): Projection;
  clipExtent(e: [[number, number], [number, number]]): Projection;
  stream(s: Sink): Sink;
}
export interface Sink {
  point(x: number, y: number): void;
  lineStart(): void;
  lineEnd(): void;
  polygonStart(): void;
  polygonEnd(): void;
  sphere(): void;
}

export interface World {
  countries: Country[];
  /** Makes a web-Mercator projection (vega's, imported with the outline: nothing loads vega before a map is drawn). */
  mercator: () => Projection;
  /** Polygons by 5° cell (key: column * 36 + row), for countryAt. */
  grid: Map<number, { country: Country; polygon: Polygon }[]>;
}

const CELL = 5;
const cellKey = (col: number, row: number) => col * 36 + row;
const colOf = (lon: number) => Math.min(71, Math.max(0, Math.floor((lon + 180) / CELL)));
const rowOf = (lat: number) => Math.min(35, Math.max(0, Math.floor((lat + 90) / CELL)));

let loading: Promise<World> | undefined;
let loaded: World | undefined;

/** The outline (and vega's projection), loaded and parsed on first call: imported, not read from disk, so it runs anywhere. */
export function loadWorld(): Promise<World> {
  loading ??= Promise.all([import("world-atlas/countries-110m.json", { with: { type: "json" } }), import("vega")]).then(([m, vega]) => {
    const mercator = (vega as unknown as { projection(type: string): () => Projection }).projection("mercator");
    loaded = parseWorld((m as { default: unknown }).default, mercator);
    return loaded;
  });
  return loading;
}

/** The outline if loadWorld() has finished, else undefined. */
export function worldIfLoaded(): World | undefined {
  return loaded;
}

type Geometry = { type: string; coordinates: unknown };

function boxOf(ring: readonly [number, number][]): BBox {
  const b: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x;
    if (y > b[3]) b[3] = y;
  }
  return b;
}

/** TopoJSON → countries with rings and bounding boxes. */
export function parseWorld(topology: unknown, mercator: () => Projection): World {
  const objects = (topology as { objects: { countries: unknown } }).objects;
  const fc = feature(topology, objects.countries) as { features: { properties?: { name?: string }; geometry: Geometry | null }[] };
  const countries: Country[] = [];
  for (const f of fc.features) {
    const g = f.geometry;
    if (!g) continue;
    const coords = (g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : []) as [number, number][][][];
    const polygons = coords.map((rings): Polygon => {
      const wraps = rings.some((r) => r.some(([x], i) => i > 0 && Math.abs(x - r[i - 1]![0]) > 180));
      const test = wraps ? rings.map((r) => r.map(([x, y]): [number, number] => [x < 0 ? x + 360 : x, y])) : rings;
      return { rings, bbox: boxOf(rings[0] ?? []), test: { rings: test, bbox: boxOf(test[0] ?? []), wraps } };
    });
    countries.push({ name: f.properties?.name ?? "", polygons });
  }
  const grid: World["grid"] = new Map();
  const add = (w: number, s: number, e: number, n: number, entry: { country: Country; polygon: Polygon }) => {
    for (let c = colOf(w); c <= colOf(e); c++) {
      for (let r = rowOf(s); r <= rowOf(n); r++) {
        const list = grid.get(cellKey(c, r));
        if (list) list.push(entry);
        else grid.set(cellKey(c, r), [entry]);
      }
    }
  };
  for (const country of countries) {
    for (const polygon of country.polygons) {
      const [w, s, e, n] = polygon.test.bbox;
      add(w, s, Math.min(e, 180), n, { country, polygon });
      if (e > 180) add(Math.max(w, 180) - 360, s, e - 360, n, { country, polygon });
    }
  }
  return { countries, grid, mercator };
}

function inRing(lon: number, lat: number, ring: [number, number][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The country a point lies in (planar test on the 110 m outline: good enough to name a map), or undefined. */
export function countryAt(world: World, lon: number, lat: number): Country | undefined {
  for (const { country, polygon } of world.grid.get(cellKey(colOf(lon), rowOf(lat))) ?? []) {
    const { rings, bbox: b, wraps } = polygon.test;
    const x = wraps && lon < 0 ? lon + 360 : lon;
    if (x < b[0] || x > b[2] || lat < b[1] || lat > b[3]) continue;
    if (!rings[0] || !inRing(x, lat, rings[0])) continue;
    if (!rings.slice(1).some((hole) => inRing(x, lat, hole))) return country;
  }
  return undefined;
}
