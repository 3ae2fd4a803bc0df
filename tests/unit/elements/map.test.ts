// st.map: column detection and validation (Streamlit's rules), the element on the wire (Arrow bytes), AppTest's
// at.map, and the template through the prepare hook: an SVG named after its points and a "Show data" table.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { AppTest } from "../../../src/testing/index.ts";
import { parse } from "../helpers.ts";
import MapChart, { MAP_TABLE_ROWS, mapKey } from "../../../templates/elements/map.tsx";
import { clearPrepared, elementPreparers, readPrepared } from "../../../templates/prepare.ts";

const cities = [
  { city: "Paris", lat: 48.8566, lon: 2.3522, pop: 2.1 },
  { city: "Lyon", lat: 45.764, lon: 4.8357, pop: 0.52 },
  { city: "Marseille", lat: 43.2965, lon: 5.3698, pop: 0.87 },
];

const render = async (el: unknown) => {
  await elementPreparers.map!(el);
  return parse(String(MapChart({ el: el as never, id: "sl-0-0" })));
};

test("lat/lon columns are found by name (any case); at.map lists the points", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.map(cities);
    st.map({ LATITUDE: [1, 2], Longitude: [3, 4] });
  }).run();
  assert.is(at.map.length, 2);
  assert.equal([at.map[0]!.latitude, at.map[0]!.longitude], ["lat", "lon"]);
  assert.equal([at.map[1]!.latitude, at.map[1]!.longitude], ["LATITUDE", "Longitude"]);
  assert.equal(at.map[0]!.value, cities);
  assert.ok(at.map[0]!.proto.data instanceof Uint8Array && at.map[0]!.proto.data.length > 0, "Arrow IPC bytes");
});

test("options: named columns, size and colour columns or values, zoom", async () => {
  const at = await AppTest.fromFunction((st) => {
    st.map([{ y: 1, x: 2, r: 5, c: "#f00" }], { latitude: "y", longitude: "x", size: "r", color: "c", zoom: 3 });
    st.map(cities, { size: 500, color: [0, 104, 201] });
  }).run();
  const [a, b] = [at.map[0]!, at.map[1]!];
  assert.equal([a.latitude, a.longitude, a.size, a.color, a.zoom], ["y", "x", "r", "c", 3]);
  assert.equal([b.size, b.color, b.zoom], [500, "#0068c9", undefined]);
});

test("mistakes are errors in place that say what was meant", async () => {
  const cases: [unknown, object, RegExp][] = [
    [[{ x: 1, y: 2 }], {}, /needs a latitude column named one of lat, latitude.*Columns: x, y/],
    [cities, { latitude: "la" }, /latitude: "la", but the data has no such column/],
    [[{ lat: null, lon: 1 }], {}, /"lat" is not allowed to contain null values \(row 0\)/],
    [[{ lat: 91, lon: 1 }], {}, /"lat" must hold numbers from -90 to 90; row 0 has 91/],
    [cities, { color: "red" }, /color: "red", but the data has no such column/],
    [cities, { color: "#12" }, /got color "#12"/],
    [[{ lat: 1, lon: 1, c: "blue" }], { color: "c" }, /column "c" must hold colours/],
    [cities, { size: -1 }, /size -1/],
    [cities, { zoom: 30 }, /zoom 30/],
  ];
  for (const [data, options, message] of cases) {
    const at = await AppTest.fromFunction((st) => {
      st.map(data, options);
    }).run();
    assert.is(at.map.length, 0);
    assert.match(at.exception[0]?.value ?? "", message);
  }
});

test("the template: a named SVG with a <title> per point, and the points as a table", async () => {
  clearPrepared();
  const at = await AppTest.fromFunction((st) => st.map(cities, { size: "pop" })).run();
  const el = at.map[0]!.proto;
  const root = await render(el);
  assert.ok(readPrepared(mapKey(el))?.ok, "prepared into the shared cache");
  const svg = root.querySelector("svg[role=img]")!;
  assert.match(svg.getAttribute("aria-label")!, /^Map of 3 points in France; latitude 43\.3° N to 48\.9° N/);
  assert.equal([...svg.querySelectorAll("circle > title")].map((t) => t.textContent), [
    "Latitude 48.8566, longitude 2.3522; city: Paris; pop: 2.1",
    "Latitude 45.764, longitude 4.8357; city: Lyon; pop: 0.52",
    "Latitude 43.2965, longitude 5.3698; city: Marseille; pop: 0.87",
  ]);
  const details = root.querySelector("details")!;
  assert.match(details.querySelector("summary")!.textContent!, /^Show data: Map of 3 points in France/);
  assert.is(details.querySelector("summary > .sl-visually-hidden")!.textContent, ": " + svg.getAttribute("aria-label"));
  const region = details.querySelector("[role=region]")!;
  assert.is(region.getAttribute("tabindex"), "0");
  assert.ok(region.getAttribute("aria-label")!.startsWith("Data: Map of 3 points"));
  assert.equal([...region.querySelectorAll("thead th")].map((th) => [th.textContent, th.getAttribute("scope")]), [["city", "col"], ["lat", "col"], ["lon", "col"], ["pop", "col"]]);
  assert.equal([...region.querySelectorAll("tbody tr")].map((tr) => tr.querySelector("td")!.textContent), ["Paris", "Lyon", "Marseille"]);
  assert.is(root.querySelector("[id]"), null, "cached HTML carries no ids (it is shared across paths and sessions)");
});

test("the same map in another session is served from the cache; another map is a new key", async () => {
  const app = (st: any) => st.map(cities, { zoom: 4 });
  const [a, b] = await Promise.all([AppTest.fromFunction(app).run(), AppTest.fromFunction(app).run()]);
  assert.is(mapKey(a.map[0]!.proto), mapKey(b.map[0]!.proto));
  await render(a.map[0]!.proto);
  assert.is(elementPreparers.map!(b.map[0]!.proto), null, "nothing to prepare: cached");
  const c = await AppTest.fromFunction((st) => st.map(cities, { zoom: 5 })).run();
  assert.is.not(mapKey(c.map[0]!.proto), mapKey(a.map[0]!.proto));
});

test("evicted from the cache, the template draws the map again (the outline stays loaded)", async () => {
  const at = await AppTest.fromFunction((st) => st.map(cities, { width: 400, height: 300, useContainerWidth: false })).run();
  const el = at.map[0]!.proto;
  await render(el);
  clearPrepared();
  const root = parse(String(MapChart({ el, id: "x" })));
  assert.ok(root.querySelector("svg[role=img]"));
  assert.is(root.querySelector("svg")!.getAttribute("viewBox"), "0 0 400 300");
  assert.is(root.querySelector("figure")!.getAttribute("style"), "max-width:400px");
});

test("a colour column (hex or tuples) and a size column reach the drawing through the Arrow bytes", async () => {
  const data = [
    { lat: 48.85, lon: 2.35, c: [255, 0, 0], r: 1 },
    { lat: 45.76, lon: 4.84, c: [0, 0, 255, 128], r: 90000 },
  ];
  const at = await AppTest.fromFunction((st) => st.map(data, { color: "c", size: "r", zoom: 5 })).run();
  const circles = [...(await render(at.map[0]!.proto)).querySelectorAll("circle")];
  assert.equal(circles.map((c) => c.getAttribute("fill")), ["#ff0000", "#0000ff80"]);
  assert.is(circles[0]!.getAttribute("r"), "4");
  assert.ok(Number(circles[1]!.getAttribute("r")) > 20);
});

test("a big map draws every point; its table holds the first MAP_TABLE_ROWS and says so", async () => {
  const many = Array.from({ length: MAP_TABLE_ROWS + 5 }, (_, i) => ({ lat: 40 + (i % 100) / 10, lon: (i % 50) / 10 }));
  const at = await AppTest.fromFunction((st) => st.map(many)).run();
  const root = await render(at.map[0]!.proto);
  assert.is(root.querySelectorAll("circle").length, MAP_TABLE_ROWS + 5);
  assert.is(root.querySelectorAll("tbody tr").length, MAP_TABLE_ROWS);
  assert.is(root.querySelector("caption")!.textContent, "The first 1,000 of 1,005 points");
});

test.run();
