// The part of topojson-client's API that src/geo/world.ts uses (the package ships no types).
declare module "topojson-client" {
  export function feature(topology: unknown, object: unknown): { type: "FeatureCollection"; features: unknown[] };
}
