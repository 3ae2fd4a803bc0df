// The world outline st.map draws: world-atlas's countries-110m TopoJSON, loaded lazily and parsed once per process
// into plain rings (with bounding boxes, for the point-in-country lookup that names a map). Drawing is map-svg.ts's.
import { feature } from "topojson-client";

/** One country: its name, its polygons as rings of [lon, lat], and their bounding box. */
export interface Country {
  name: string;
  polygons: [number, number][][][];
  bbox: [number, number, number, number];
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
    const polygons = (g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : []) as [number, number][][][];
    const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const poly of polygons) {
      for (const [x, y] of poly[0] ?? []) {
        if (x < bbox[0]) bbox[0] = x;
        if (y < bbox[1]) bbox[1] = y;
        if (x > bbox[2]) bbox[2] = x;
        if (y > bbox[3]) bbox[3] = y;
      }
    }
    countries.push({ name: f.properties?.name ?? "", polygons, bbox });
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
    const b = c.bbox;
    if (lon < b[0] || lon > b[2] || lat < b[1] || lat > b[3]) continue;
    for (const poly of c.polygons) {
      if (!poly[0] || !inRing(lon, lat, poly[0])) continue;
      if (!poly.slice(1).some((hole) => inRing(lon, lat, hole))) return c;
    }
  }
  return undefined;
}
