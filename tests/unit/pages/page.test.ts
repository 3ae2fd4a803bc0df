// Pages and routing: st.Page's inferred names and checks, sections, the default page, and which page a URL path selects.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { flattenPages, selectPage, StreamlitPage } from "../../../src/pages/page.ts";
import { pageRequest } from "../../../src/server/form.ts";

const run = async () => {};
const page = (src: ((st: unknown) => void) | string, o = {}) => new StreamlitPage(src, o, run);

test("st.Page infers title and URL path from a function or a module path; options win", () => {
  const p = page(function sales_report() {});
  assert.is(p.title, "sales report");
  assert.is(p.urlPath, "sales_report");
  const m = page("pages/02_settings.ts");
  assert.is(m.title, "settings");
  assert.is(m.path, "pages/02_settings.ts");
  const o = page("pages/x.ts", { title: "X marks", urlPath: "/spot/" });
  assert.equal([o.title, o.urlPath], ["X marks", "spot"]);
  assert.throws(() => page(() => {}), /needs a title/);
  assert.throws(() => page("pages/x.ts", { urlPath: "a/b" }), /nested/);
});

test("the first page is the default unless one says default; it is served at /", () => {
  const a = page("pages/a.ts");
  const b = page("pages/b.ts", { default: true });
  flattenPages([a, b]);
  assert.equal([a.home, b.home, b.href, a.href], [false, true, "/", "/a"]);
  const c = page("pages/c.ts");
  flattenPages([c, page("pages/d.ts")]);
  assert.ok(c.home);
});

test("sections keep their order and names; duplicates and two defaults are errors", () => {
  const { pages, sections } = flattenPages({ "": [page("pages/a.ts")], Reports: [page("pages/b.ts"), page("pages/c.ts")] });
  assert.equal(sections, ["Reports"]);
  assert.equal(pages.map((p) => p.section), ["", "Reports", "Reports"]);
  assert.throws(() => flattenPages([page("pages/a.ts"), page("x/a.ts")]), /URL path "a"/);
  assert.throws(() => flattenPages([page("pages/a.ts", { default: true }), page("pages/b.ts", { default: true })]), /more than one/i);
  assert.throws(() => flattenPages([]), /at least one/);
});

test("a URL path selects its page; '' the default; an unknown path the default, not found", () => {
  const { pages } = flattenPages([page("pages/home.ts"), page("pages/Sales.ts")]);
  assert.is(selectPage(pages, "").page.urlPath, "home");
  assert.equal([selectPage(pages, "Sales").page.urlPath, selectPage(pages, "sales").found], ["Sales", true]);
  const miss = selectPage(pages, "nope");
  assert.equal([miss.page.urlPath, miss.found], ["home", false]);
});

test("a post's _sluice_page and _sluice_query: page and query; anything but a local path is refused", () => {
  assert.equal(pageRequest("/sales?tab=2", "ignored=1"), { pageName: "sales", queryString: "tab=2" });
  assert.equal(pageRequest("/", undefined), { pageName: "", queryString: "" });
  assert.equal(pageRequest(undefined, "?a=1"), { queryString: "a=1" });
  assert.equal(pageRequest("/caf%C3%A9", undefined), { pageName: "café", queryString: "" });
  for (const bad of ["//evil.example", "https://evil.example/", "sales", "/%E0%A4%A"]) assert.throws(() => pageRequest(bad, undefined), /_sluice_page/, bad);
});

test.run();
