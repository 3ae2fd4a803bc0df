// st.map's pure renderer: the view fits the points (or takes the zoom given), points are drawn with their size,
// colour and a <title>, and the SVG is named after where the points are.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parse } from "../helpers.ts";
import { fitView, mapName, renderMapSvg, MIN_RADIUS, type MapInput } from "../../../src/geo/map-svg.ts";
import { countryAt, loadWorld, worldIfLoaded, type World } from "../../../src/geo/world.ts";

let world: World;
test.before(async () => {
  world = await loadWorld();
});

const france = { lat: [48.8566, 45.764, 43.2965], lon: [2.3522, 4.8357, 5.3698] };
const input = (o: Partial<MapInput> = {}): MapInput => ({
  ...france, size: 10, color: null, titles: ["Paris", "Lyon", "Marseille"], width: 700, height: 500, ...o,
});

test("the outline is loaded once: the same parsed world every time", async () => {
  assert.is(await loadWorld(), world);
  assert.is(worldIfLoaded(), world);
  assert.ok(world.countries.length > 170);
  assert.is(countryAt(world, 2.35, 48.85)?.name, "France");
  assert.is(countryAt(world, 36.82, -1.29)?.name, "Kenya");
  assert.is(countryAt(world, -30, 0), undefined, "mid-Atlantic");
  // Rings that cross the antimeridian: tested on both sides, and their jump edge does not capture other points.
  assert.is(countryAt(world, -175, 66)?.name, "Russia");
  assert.is(countryAt(world, 177.5, 64.7)?.name, "Russia");
  assert.is(countryAt(world, 178, -17.8)?.name, "Fiji");
  assert.is(countryAt(world, -170, 50), undefined, "the Pacific at Chukotka's latitude band");
});

test("the view fits the points: a country zooms in further than the world, points stay inside", () => {
  const near = fitView(input());
  const wide = fitView(input({ lat: [48.85, -33.9], lon: [2.35, 151.2] }));
  assert.ok(near.zoom >= 3 && near.zoom <= 6, `France at zoom ${near.zoom}`);
  assert.ok(wide.zoom <= 1, `Paris and Sydney at zoom ${wide.zoom}`);
  assert.ok(Math.abs(near.center[0] - 3.86) < 0.01);
  const root = parse(renderMapSvg(input(), world).svg);
  for (const c of root.querySelectorAll("circle")) {
    const [x, y] = [Number(c.getAttribute("cx")), Number(c.getAttribute("cy"))];
    assert.ok(x > 0 && x < 700 && y > 0 && y < 500, `${x},${y}`);
  }
});

test("a zoom given is honoured: points outside the view are not drawn", () => {
  assert.is(fitView(input({ zoom: 2 })).zoom, 2);
  const root = parse(renderMapSvg(input({ lat: [48.8566, -33.9], lon: [2.3522, 151.2], zoom: 8, titles: ["Paris", "Sydney"] }), world).svg);
  assert.equal([...root.querySelectorAll("circle title")].map((t) => t.textContent), []);
  const centred = parse(renderMapSvg(input({ lat: [48.8566], lon: [2.3522], zoom: 8, titles: ["Paris"] }), world).svg);
  assert.equal([...centred.querySelectorAll("circle title")].map((t) => t.textContent), ["Paris"]);
});

test("one SVG scaled by its viewBox, named, with a <title> per point", () => {
  const { svg, name } = renderMapSvg(input(), world);
  const el = parse(svg).querySelector("svg")!;
  assert.is(el.getAttribute("viewBox"), "0 0 700 500");
  assert.is(el.getAttribute("width"), null);
  assert.is(el.getAttribute("role"), "img");
  assert.is(el.getAttribute("aria-label"), name);
  assert.ok(el.querySelector("path.sl-map-land")!.getAttribute("d")!.length > 100);
  assert.equal([...el.querySelectorAll("circle > title")].map((t) => t.textContent), ["Paris", "Lyon", "Marseille"]);
});

test("size is a radius in metres (at least the minimum), per point or for all", () => {
  const radii = (o: Partial<MapInput>) => [...parse(renderMapSvg(input({ zoom: 5, ...o }), world).svg).querySelectorAll("circle")].map((c) => Number(c.getAttribute("r")));
  assert.equal(radii({ size: 1 }), [MIN_RADIUS, MIN_RADIUS, MIN_RADIUS]);
  const [small, big] = radii({ size: [20000, 80000, 0] });
  // Mercator stretches by 1/cos(latitude): Paris's metre is longer on the map than Lyon's.
  const expected = (4 * Math.cos((48.8566 * Math.PI) / 180)) / Math.cos((45.764 * Math.PI) / 180);
  assert.ok(Math.abs(big! / small! - expected) < 0.05, `${small} ${big}`);
  assert.ok(radii({ size: 50000 }).every((r) => r > MIN_RADIUS));
});

test("colour: none (the theme's, by CSS), one for all, or one per point", () => {
  const fills = (o: Partial<MapInput>) => [...parse(renderMapSvg(input(o), world).svg).querySelectorAll("circle")].map((c) => c.getAttribute("fill"));
  assert.equal(fills({}), [null, null, null]);
  assert.equal(fills({ color: "#0068c9" }), ["#0068c9", "#0068c9", "#0068c9"]);
  assert.equal(fills({ color: ["#ff0000", null, "#00ff0080"] }), ["#ff0000", null, "#00ff0080"]);
});

test("titles are escaped", () => {
  const root = parse(renderMapSvg(input({ titles: ['<script>x</script>', 'a" onclick="y', "&"] }), world).svg);
  assert.is(root.querySelector("script"), null);
  assert.is(root.querySelector("circle")!.getAttribute("onclick"), null);
  assert.equal([...root.querySelectorAll("title")].map((t) => t.textContent), ['<script>x</script>', 'a" onclick="y', "&"]);
});

test("the name says how many points, where (by country) and the extent", () => {
  assert.is(mapName(france.lat, france.lon, world), "Map of 3 points in France; latitude 43.3° N to 48.9° N, longitude 2.4° E to 5.4° E");
  assert.is(mapName([], [], world), "Map with no points");
  assert.is(mapName([-33.87], [151.21], world), "Map of 1 point in Australia; at latitude 33.9° S, longitude 151.2° E");
  const mixed = mapName([48.85, 45.76, 52.52, 40.42, 0, 41.9, 35.68], [2.35, 4.84, 13.4, -3.7, -30, 12.5, 139.69], world);
  assert.is(mixed, "Map of 7 points in France (2), Germany (1), Italy (1), 2 other countries (2) and at sea (1); latitude 0.0° N to 52.5° N, longitude 30.0° W to 139.7° E");
});

test("an empty map is the world, named as empty", () => {
  const { svg, name } = renderMapSvg(input({ lat: [], lon: [], titles: [] }), world);
  assert.is(name, "Map with no points");
  assert.is(parse(svg).querySelectorAll("circle").length, 0);
  assert.is(fitView({ lat: [], lon: [], width: 700, height: 500 }).zoom, 0);
});

test.run();
