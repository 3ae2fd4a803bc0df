// The world outline st.map draws: world-atlas's countries-110m TopoJSON, loaded lazily and parsed once per process
// into plain rings (with bounding boxes, for the point-in-country lookup that names a map). Drawing is map-svg.ts's.
import { feature } from "topojson-client";

/** [min lon, min lat, max lon, max lat]. */
export type BBox = [number, number, number, number];

/** One polygon: its rings of [lon, lat] (the first is the outer one) and the outer ring's bounding box. */
export interface Polygon {
  rings: [number, number][][];
  bbox: BBox;
}

/** One country: its name and its polygons (each with its own box: France's would otherwise span the Atlantic). */
export interface Country {
  name: string;
  polygons: Polygon[];
}

export interface World {
  countries: Country[];
}

let loading: Promise<World> | undefined;
let loaded: World | undefined;

/** The outline, loaded and parsed on first call (the JSON is imported, not read from disk, so it runs anywhere). */
export function loadWorld(): Promise<World> {
  loading ??= import("world-atlas/countries-110m.json", { with: { type: "json" } }).then((m) => {
    loaded = parseWorld((m as { default: unknown }).default);
    return loaded;
  });
  return loading;
}

/** The outline if loadWorld() has finished, else undefined. */
export function worldIfLoaded(): World | undefined {
  return loaded;
}

type Geometry = { type: string; coordinates: unknown };

/** TopoJSON → countries with rings and bounding boxes. */
export function parseWorld(topology: unknown): World {
  const objects = (topology as { objects: { countries: unknown } }).objects;
  const fc = feature(topology, objects.countries) as { features: { properties?: { name?: string }; geometry: Geometry | null }[] };
  const countries: Country[] = [];
  for (const f of fc.features) {
    const g = f.geometry;
    if (!g) continue;
    const coords = (g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : []) as [number, number][][][];
    const polygons = coords.map((rings) => {
      const bbox: BBox = [Infinity, Infinity, -Infinity, -Infinity];
      for (const [x, y] of rings[0] ?? []) {
        if (x < bbox[0]) bbox[0] = x;
        if (y < bbox[1]) bbox[1] = y;
        if (x > bbox[2]) bbox[2] = x;
        if (y > bbox[3]) bbox[3] = y;
      }
      return { rings, bbox };
    });
    countries.push({ name: f.properties?.name ?? "", polygons });
  }
  return { countries };
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
  for (const c of world.countries) {
    for (const { rings, bbox: b } of c.polygons) {
      if (lon < b[0] || lon > b[2] || lat < b[1] || lat > b[3]) continue;
      if (!rings[0] || !inRing(lon, lat, rings[0])) continue;
      if (!rings.slice(1).some((hole) => inRing(lon, lat, hole))) return c;
    }
  }
  return undefined;
}
