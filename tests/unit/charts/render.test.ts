// Rendering a chart to SVG (src/charts/render.ts, svg.ts, safety.ts): no eval, no loads, placeholder colours become
// theme variables, a <title> tooltip per mark item, vega's inner ARIA dropped, the SVG scales by its viewBox, and
// every string from the spec or data is escaped.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { execFileSync } from "node:child_process";
import { parseHTML } from "linkedom";
import { refusingLoader, renderChartSvg, type ChartInput } from "../../../src/charts/render.ts";
import { compileBuiltIn } from "../../../src/charts/compile.ts";
import { toFrame, rows } from "../../../src/data/index.ts";
import { ChartSpecError } from "../../../src/util/errors.ts";

const input = (spec: Record<string, any>, data: Record<string, unknown>[] | null, o: Partial<ChartInput> = {}): ChartInput => ({
  spec, data, datasets: {}, theme: "streamlit", useContainerWidth: true, ...o,
});
const bar = { mark: "bar", encoding: { x: { field: "k", type: "nominal" }, y: { field: "v", type: "quantitative" } } };
const parse = (svg: string) => parseHTML(`<div>${svg}</div>`).document;

test("charts render with code generation from strings disallowed (vega-interpreter, no eval)", () => {
  const out = execFileSync(process.execPath, ["--disallow-code-generation-from-strings", "--import", "tsx", "tests/fixtures/chart-no-eval.ts"], {
    encoding: "utf8",
  });
  const r = JSON.parse(out.trim().split("\n").pop()!);
  assert.is(r.evalAllowed, false, "the flag was in force");
  assert.ok(r.line > 1000 && r.bars > 1000, out);
});

test("placeholder colours become the theme's CSS variables; nothing of vega's ARIA is left inside", async () => {
  const { spec, columns } = compileBuiltIn("line", toFrame([{ x: 1, a: 1, b: 2 }, { x: 2, a: 3, b: 1 }]), { x: "x" });
  const svg = await renderChartSvg(input(spec, rows(toFrame(columns))));
  assert.not.match(svg, /#fe0[ab]0/i, "no placeholder left");
  assert.match(svg, /stroke:var\(--sl-chart-1\)/);
  assert.match(svg, /stroke:var\(--sl-chart-2\)/);
  assert.match(svg, /fill:var\(--sl-muted\)/, "axis labels in the muted text colour");
  assert.not.match(svg, / role="/);
  assert.not.match(svg, / aria-roledescription=/);
  const doc = parse(svg);
  const root = doc.querySelector("svg")!;
  assert.ok(root.getAttribute("viewBox"));
  assert.is(root.getAttribute("width"), null, "scales with its container (CSS width: 100%)");
  assert.is(root.getAttribute("aria-hidden"), "true", "the wrapper is the image; the SVG is its picture");
  for (const el of doc.querySelectorAll("[style]")) assert.is(el.getAttributeNames().filter((n) => n === "style").length, 1);
});

test("every bar and point has a native tooltip; a line as a whole does not (vega describes only its first value)", async () => {
  const svg = await renderChartSvg(input(bar, [{ k: "a", v: 1 }, { k: "b", v: 2 }, { k: "c", v: 3 }]));
  const titles = [...parse(svg).querySelectorAll("path > title")].map((t) => t.textContent);
  assert.equal(titles, ["k: a; v: 1", "k: b; v: 2", "k: c; v: 3"]);
  const { spec, columns } = compileBuiltIn("line", toFrame([{ x: 1, y: 5 }, { x: 2, y: 6 }]), { x: "x" });
  const line = parse(await renderChartSvg(input(spec, rows(toFrame(columns)))));
  const withTitles = [...line.querySelectorAll("title")].map((t) => t.parentElement!.getAttribute("d")!.startsWith("M") && t.textContent);
  assert.is(withTitles.length, 2, "one per point, none on the line");
});

test("data is not read as a spec: a column named url or href is drawn, not refused as a load", async () => {
  const links = { ...bar, encoding: { ...bar.encoding, tooltip: [{ field: "url" }, { field: "href" }] } };
  const svg = await renderChartSvg(input(links, [{ k: "a", v: 1, url: "https://example.com/a", href: "/b" }]));
  assert.is(parse(svg).querySelectorAll("path > title").length, 1);
});

test("strings from the spec and the data are escaped: no markup gets through", async () => {
  const evil = "<script>alert(1)</script>";
  const svg = await renderChartSvg(
    input({ ...bar, title: evil, encoding: { x: { field: evil, type: "nominal" }, y: { field: "v", type: "quantitative" } } }, [{ [evil]: evil, v: 1 }]),
  );
  assert.not.match(svg, /<script/i);
  const doc = parse(svg);
  assert.is(doc.querySelectorAll("script").length, 0);
  const texts = [...doc.querySelectorAll("text, title")].map((t) => t.textContent);
  assert.ok(texts.some((t) => t?.includes(evil)), "shown as text");
});

test("a spec that would load a URL or link anywhere is refused, and nothing is fetched", async () => {
  const fetched: unknown[] = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = ((u: unknown) => (fetched.push(u), Promise.reject(new Error("no")))) as typeof fetch;
  try {
    const cases: [Record<string, any>, RegExp][] = [
      [{ ...bar, data: { url: "http://127.0.0.1:9/data.json" } }, /cannot load from a URL/],
      [{ layer: [{ ...bar, data: { url: "file:///etc/passwd" } }] }, /spec\.layer\[0\]\.data\.url/],
      [{ mark: "image", encoding: { url: { field: "u" } } }, /url|image/],
      [{ mark: { type: "image" }, encoding: {} }, /image marks/],
      [{ ...bar, encoding: { ...bar.encoding, href: { field: "k" } } }, /href/],
      [{ ...bar, mark: { type: "bar", href: "javascript:alert(1)" } }, /href/],
    ];
    for (const [spec, message] of cases) {
      const error = await renderChartSvg(input(spec, [{ k: "a", v: 1 }])).then(() => null, (e) => e);
      assert.instance(error, ChartSpecError, JSON.stringify(spec));
      assert.match(error.message, message);
    }
    for (const load of [refusingLoader.load("http://127.0.0.1:9/x.json"), refusingLoader.sanitize("file:///etc/passwd", { context: "dataflow", response: "json" }), refusingLoader.http("http://127.0.0.1:9/", {})]) {
      assert.instance(await load.then(() => null, (e) => e), ChartSpecError, "the views' loader refuses every load");
    }
    assert.equal(fetched, []);
  } finally {
    globalThis.fetch = realFetch;
  }
});

test("loading and running vega-lite leaves Set's JSON alone (it patches Set.prototype.toJSON for itself)", async () => {
  await renderChartSvg(input(bar, [{ k: "a", v: 1 }]));
  assert.is(JSON.stringify(new Set([1, 2])), "{}", "the language's own behaviour");
  assert.is(Object.hasOwn(Set.prototype, "toJSON"), false);
});

test("a spec vega-lite cannot compile is a ChartSpecError", async () => {
  const error = await renderChartSvg(input({ mark: "nonsense" }, null)).then(() => null, (e) => e);
  assert.instance(error, ChartSpecError);
  assert.match(error.message, /cannot be compiled/);
});

test("container width draws 640 wide; a fixed width is kept; theme '' keeps Vega-Lite's mark colours", async () => {
  const data = [{ k: "a", v: 1 }];
  const fill = await renderChartSvg(input(bar, data));
  assert.match(fill, /viewBox="0 0 640 /);
  const fixed = await renderChartSvg(input({ ...bar, width: 200 }, data, { useContainerWidth: false, theme: "" }));
  const w = Number(/viewBox="0 0 ([\d.]+) /.exec(fixed)![1]);
  assert.ok(w > 200 && w < 300, `plot 200 wide plus its axis: ${w}`);
  assert.match(fixed, /fill="#4c78a8"/, "Vega-Lite's own bar colour");
  assert.match(fixed, /fill:var\(--sl-muted\)/, "but axis text still follows the theme");
});

test.run();
