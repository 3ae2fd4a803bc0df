// Charts over HTTP: the page holds every chart's SVG (no spinner, no script needed), and a rerun where one slider
// changes one chart of ten answers with that one chart only.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseHTML } from "linkedom";
import type { St } from "../../src/elements/index.ts";
import charts from "../../examples/charts.ts";
import { httpTest, openPage, parseSse, rerun, swapsOf } from "./harness.ts";

httpTest("the page contains every chart as SVG with its name and data table", () => ({ app: charts }), async (c) => {
  const page = await openPage(c);
  const figures = [...page.doc.querySelectorAll("figure.sl-chart")];
  assert.is(figures.length, 6);
  for (const f of figures) {
    const img = f.querySelector("[role=img]")!;
    assert.ok(img, "rendered, not the fallback");
    assert.ok(img.getAttribute("aria-label")!.length > 5);
    assert.ok(img.querySelector("svg"));
    assert.ok(f.querySelector("details table caption"));
  }
  assert.is(figures[4]!.querySelector("[role=img]")!.getAttribute("aria-label"), "Northern sales by city");
});

const tenCharts = (st: St) => {
  const k = st.slider("k", { minValue: 1, maxValue: 5, value: 1 });
  for (let i = 0; i < 10; i++) {
    const factor = i === 3 ? k : 1; // only the fourth chart depends on the slider
    st.lineChart(Array.from({ length: 20 }, (_, x) => ({ x, y: (x * (i + 1) * factor) % 17 })), { x: "x", y: "y" });
  }
};

httpTest("one slider changes one chart of ten: the answer holds that chart only", () => ({ app: tenCharts }), async (c) => {
  const page = await openPage(c);
  assert.is(page.doc.querySelectorAll("figure.sl-chart [role=img] svg").length, 10);
  const res = await rerun(c, page, [[page.nameOf("k"), "3"]], { last: page.lastEventId });
  const data = parseSse(await res.text()).map((e) => e.data).join("");
  const swaps = swapsOf(data);
  const charts = swaps.filter((s) => s.el.querySelector?.("figure.sl-chart"));
  assert.is(charts.length, 1, "one chart sent");
  assert.is(charts[0]!.target, "#sl-0-4");
  assert.ok(charts[0]!.el.querySelector("[role=img] svg"), "rendered before it was sent");
  assert.is(parseHTML(data).document.querySelectorAll("svg").length, 1);
});

test.run();
