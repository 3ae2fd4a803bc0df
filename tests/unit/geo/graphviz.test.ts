// st.graphvizChart's renderer with the real wasm Graphviz: names, text alternative, errors with their line, and
// DOT that tries to smuggle script through URLs, tooltips and labels.
import { test } from "uvu";
import * as assert from "uvu/assert";
import type { Viz } from "@viz-js/viz";
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parse } from "../helpers.ts";
import { graphName, labelText, loadViz, renderDot, vizIfLoaded } from "../../../src/geo/graphviz.ts";

let viz: Viz;
test.before(async () => {
  viz = await loadViz();
});

const ok = (dot: string) => {
  const r = renderDot(viz, dot);
  if (!r.ok) throw new Error(r.error);
  return r;
};

test("one instance per process", async () => {
  assert.is(await loadViz(), viz);
  assert.is(vizIfLoaded(), viz);
});

test("named by the graph's label; nodes and edges listed with their labels", () => {
  const g = ok('digraph G { label="Data pipeline"; a -> b [label="clean"]; b [label="Step\\nB"]; c [label=<<b>C</b> &amp; co>]; b -> c }');
  assert.is(g.name, "Data pipeline");
  assert.ok(g.directed);
  assert.equal(g.nodes.map((n) => [n.name, n.label]), [["a", "a"], ["b", "Step B"], ["c", "C & co"]]);
  assert.equal(g.edges, [{ from: "a", to: "b", label: "clean" }, { from: "b", to: "c", label: "" }]);
  const svg = parse(g.svg).querySelector("svg")!;
  assert.is(svg.getAttribute("role"), "img");
  assert.is(svg.getAttribute("aria-label"), "Data pipeline");
  assert.ok(svg.getAttribute("viewBox"));
  assert.is(svg.getAttribute("width"), null, "scales to its container");
  assert.ok(g.width > 0);
});

test("without a label: a generated name; undirected graphs; clusters are not nodes", () => {
  const g = ok("graph { subgraph cluster_x { a; b } a -- b -- c; b -- d; e }");
  assert.is(g.name, "Graph with 5 nodes and 3 edges");
  assert.not.ok(g.directed);
  assert.equal(g.nodes.map((n) => n.name), ["a", "b", "c", "d", "e"]);
  assert.is(graphName("", 1, 1), "Graph with 1 node and 1 edge");
});

test("invalid DOT is a result with Graphviz's message naming the line, and the instance goes on working", () => {
  const r = renderDot(viz, "digraph {\n  a -> b\n  b -> ;\n}");
  assert.equal(r, { ok: false, error: "syntax error in line 3 near ';'" });
  assert.ok(ok("digraph { x -> y }").nodes.length === 2);
});

test("DOT cannot put script, handlers or javascript: URLs into the page", () => {
  const g = ok(`digraph {
    a [URL="javascript:alert(1)", tooltip="<script>alert(2)</script>"];
    b [href="JAVASCRIPT:alert(3)", label=<<font color="red" point-size="12">b</font>>];
    c [URL="https://example.com/c", target="_blank"];
    d [label="</text><script>alert(4)</script>"];
    a -> b [URL="data:text/html,x", edgetooltip="x\\" onmouseover=\\"alert(5)"];
    e [id="x\\" onload=\\"alert(6)", class="y\\" onclick=\\"alert(7)"];
  }`);
  const root = parse(g.svg);
  assert.is(root.querySelector("script"), null);
  const attrs = [...root.querySelectorAll("*")].flatMap((el) => [...el.attributes].map((a) => `${a.name}=${a.value}`));
  assert.not.ok(attrs.some((a) => /^on/i.test(a)), attrs.filter((a) => /^on/i.test(a)).join(" "));
  assert.not.ok(attrs.some((a) => /javascript:|data:/i.test(a)), attrs.join(" "));
  assert.is(root.querySelectorAll("a").length, 0, "an image holds no links: the text alternative has them");
  assert.ok(g.svg.includes("&lt;script&gt;alert(2)&lt;/script&gt;"), "the tooltip stays as text");
  assert.equal(g.nodes.filter((n) => n.href).map((n) => n.href), ["https://example.com/c"]);
});

test("labelText resolves Graphviz escapes and drops markup", () => {
  assert.is(labelText("\\N is in \\G", { node: "a", graph: "G" }), "a is in G");
  assert.is(labelText("left\\lright\\r", {}), "left right");
  assert.is(labelText("<b>bold</b> &lt;x&gt;", {}), "bold <x>");
  assert.is(labelText(undefined, {}), "");
});

test("maps and graphs render with code generation from strings disallowed (wasm compiles; no eval)", () => {
  const out = execFileSync(process.execPath, ["--disallow-code-generation-from-strings", "--import", "tsx", "tests/fixtures/geo-no-eval.ts"], { encoding: "utf8" });
  const r = JSON.parse(out.trim().split("\n").pop()!);
  assert.is(r.evalAllowed, false, "the flag was in force");
  assert.ok(r.map > 1000 && r.graph > 500, out);
});

test("the Graphviz build compiles its embedded wasm with no eval or new Function (a strict CSP and Workers hold)", () => {
  const source = readFileSync(fileURLToPath(import.meta.resolve("@viz-js/viz")), "latin1");
  assert.ok(source.includes("WebAssembly.instantiate("), "the file read is the wasm build");
  assert.not.ok(/\bnew Function\s*\(|[^.\w]eval\s*\(/.test(source));
});

test.run();
