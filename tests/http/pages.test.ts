// Multipage apps over HTTP: deep links with their query, the unknown page's 404, page changes with and without
// JavaScript in one session (post → 303 → the new page's path and query), and the pages/ directory from outside.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { pagesApp } from "../fixtures/pages.ts";
import { FORM, httpTest, parsePage, rerun, type Client } from "./harness.ts";
import type { St } from "../../src/index.ts";

const options = () => ({ app: pagesApp() as (st: St) => unknown });
const html = { accept: "text/html" };
const get = async (c: Client, path: string, cookie?: string) => {
  const res = await c.request(path, { headers: { ...html, ...(cookie ? { cookie } : {}) } });
  return { res, page: parsePage(await res.text()) };
};
const text = (doc: Document) => doc.getElementById("sl-0-c")!.textContent!;
const handoff = (res: Response) => /(sluice_nojs=[0-9a-f]+)/.exec(res.headers.get("set-cookie") ?? "")![1]!;

httpTest("a deep link renders its page with its query: title, current nav entry, URL marker", options, async (c) => {
  const { res, page } = await get(c, "/counter?n=4");
  assert.is(res.status, 200);
  assert.ok(text(page.doc).includes("Counter page"));
  assert.ok(text(page.doc).includes("n is 4"));
  assert.is(page.doc.querySelector("title")!.textContent, "Counter");
  const current = page.doc.querySelector('#sl-sidenav nav a[aria-current="page"]')!;
  assert.is(current.getAttribute("href"), "/counter");
  const url = page.doc.getElementById("sl-url")!;
  assert.is(url.getAttribute("data-path"), "/counter");
  assert.is(url.getAttribute("data-query"), "n=4");
  assert.is(page.doc.querySelector("#sl-sidenav h2")!.textContent, "Account", "a section is a headed group");
});

httpTest("an unknown page path is a 404 that shows the default page and a notice", options, async (c) => {
  const { res, page } = await get(c, "/no-such-page");
  assert.is(res.status, 404);
  assert.ok(text(page.doc).includes("Home page"));
  assert.match(page.doc.getElementById("sl-notfound")!.textContent!, /no-such-page/);
  assert.is(page.doc.getElementById("sl-url")!.getAttribute("data-path"), "/");
  const ok = await get(c, "/");
  assert.is(ok.res.status, 200);
  assert.is(ok.page.doc.getElementById("sl-notfound")!.textContent, "");
});

httpTest("paths that are not pages are not routed to the app", options, async (c) => {
  assert.is((await c.request("/favicon.ico")).status, 404);
  assert.is((await c.request("/a/b")).status, 404);
  assert.is((await c.request("/_sluice/health")).status, 200);
});

httpTest("without JavaScript a nav button changes page in the same session: 303 to the page, state kept", options, async (c) => {
  const { page } = await get(c, "/profile");
  const first = await rerun(c, page, [[page.nameOf("Name"), "Ada"]], { path: "/" });
  assert.is(first.status, 303);
  assert.is(new URL(first.headers.get("location")!, "http://x").pathname, "/profile", "an Apply stays on the page");
  const go = await rerun(c, page, [["_sluice_page", "/"]], { path: "/" });
  assert.is(go.status, 303);
  assert.is(go.headers.get("location"), "/#sl-0", "to the new page, focused at its main region");
  const home = await get(c, "/", handoff(go));
  assert.is(home.page.sessionId, page.sessionId, "the same session");
  assert.ok(text(home.page.doc).includes("Saved name: Ada"), "session state survived the page change");
  assert.is(c.server.sessions.size, 1);
});

httpTest("without JavaScript the 303 after Apply carries the query parameters the app wrote", options, async (c) => {
  const { page } = await get(c, "/counter?n=2");
  const res = await rerun(c, page, [[page.nameOf("Add one"), "1"]], { path: "/" });
  assert.is(res.status, 303);
  assert.is(new URL(res.headers.get("location")!, "http://x").pathname + new URL(res.headers.get("location")!, "http://x").search, "/counter?n=3");
  const shown = await get(c, "/counter?n=3", handoff(res));
  assert.is(shown.page.sessionId, page.sessionId);
  assert.is(shown.page.doc.getElementById("sl-url")!.getAttribute("data-query"), "n=3", "a write does not rerun; the URL holds it");
});

httpTest("st.switchPage without JavaScript redirects to the target page", options, async (c) => {
  const { page } = await get(c, "/");
  const res = await rerun(c, page, [[page.nameOf("Go to counter"), "1"]], { path: "/" });
  assert.is(new URL(res.headers.get("location")!, "http://x").pathname, "/counter");
});

httpTest("with JavaScript a post asking for a page answers with its content, its URL and its title", options, async (c) => {
  const { page } = await get(c, "/");
  const res = await rerun(c, page, [["_sluice_page", "/profile"]]);
  assert.is(res.status, 200);
  const body = await res.text();
  assert.match(body, /Profile page/);
  assert.match(body, /<title>Your profile<\/title>/, "setPageConfig of the new page");
  assert.match(body, /id="sl-url"[^>]*data-path="\/profile"/);
  const back = await rerun(c, page, [["_sluice_page", "/counter?n=9"]]);
  const b = await back.text();
  assert.match(b, /n is 9/);
  assert.match(b, /<title>Counter<\/title>/, "the page's own title: the last page's config is not kept");
  assert.match(b, /id="sl-favicon" href="data:image\/svg\+xml,[^"]*%F0%9F%94%A2/, "and the page's icon");
  const plain = await (await rerun(c, page, [["_sluice_page", "/profile"]])).text();
  assert.match(plain, /id="sl-favicon" href="data:image\/svg\+xml,[^"]*%F0%9F%8C%8A/, "a page without an icon gets the default back");
});

httpTest("a post carries the address bar's query; a query write comes back as the URL marker", options, async (c) => {
  const { page } = await get(c, "/counter");
  const res = await rerun(c, page, [["_sluice_query", "n=5"], [page.nameOf("Add one"), "1"]]);
  const body = await res.text();
  assert.match(body, /n is 5/, "the posted query is the run's");
  assert.match(body, /data-query="n=6"/);
});

httpTest("a rerun on the same page re-sends neither the nav nor the title; a query write sends the URL marker alone", options, async (c) => {
  const { page } = await get(c, "/counter");
  const again = await (await rerun(c, page, [["_sluice_query", ""]], { last: page.lastEventId })).text();
  assert.not.match(again, /sl-sidenav|sl-url|<title>/);
  const write = await (await rerun(c, page, [[page.nameOf("Add one"), "1"]], { last: page.lastEventId })).text();
  assert.match(write, /hx-target="#sl-url"/);
  assert.not.match(write, /sl-sidenav|sl-topnav/);
});

httpTest("a post for a session that is gone recovers on the page the tab shows, with its values", options, async (c) => {
  const { page } = await get(c, "/profile");
  const name = page.nameOf("Name");
  const gone = { ...page, sessionId: "f".repeat(32) };
  const res = await rerun(c, gone, [[name, "Lin"]], { headers: { "hx-request": "true", "hx-current-url": (c.port ? `http://127.0.0.1:${c.port}` : "http://localhost") + "/profile" } });
  assert.is(res.status, 200);
  const body = await res.text();
  assert.match(body, /Profile page/);
  assert.match(body, /value="Lin"/, "the posted value was taken by the page's widget");
});

httpTest("a malformed _sluice_page is a 400", options, async (c) => {
  const { page } = await get(c, "/");
  for (const bad of ["//evil.example/x", "http://evil.example/", "counter"]) {
    const res = await rerun(c, page, [["_sluice_page", bad]]);
    assert.is(res.status, 400, bad);
  }
});

// The pages/ directory, as the CLI passes it: the app is the home page at "/", each module a page.
const dirOptions = () => ({
  app: ((st: St) => st.title("Main app")) as (st: St) => unknown,
  pages: {
    mainFile: "streamlit_app.ts",
    pages: [
      { path: "pages/01_sales_report.ts", load: async () => (st: St) => void st.title("Sales report page") },
      { path: "pages/02_📈_charts.ts", load: async () => (st: St) => void st.title("Charts page") },
    ],
  },
});

httpTest("pages/ modules are pages: titles and paths from file names, the app at /", dirOptions, async (c) => {
  const { page } = await get(c, "/");
  assert.ok(text(page.doc).includes("Main app"));
  const links = [...page.doc.querySelectorAll("#sl-sidenav a")].map((a) => [a.textContent, a.getAttribute("href")]);
  assert.equal(links, [["streamlit app", "/"], ["sales report", "/sales_report"], ["📈 charts", "/charts"]]);
  const deep = await get(c, "/sales_report");
  assert.is(deep.res.status, 200);
  assert.ok(text(deep.page.doc).includes("Sales report page"));
  assert.is(deep.page.doc.querySelector("title")!.textContent, "sales report");
});

// createApp({ pages: [{ path, load }] }): the plain list form.
httpTest("client.showSidebarNavigation false hides the pages/ menu but keeps the pages' URLs", () => ({ ...dirOptions(), pages: dirOptions().pages.pages, config: { client: { showSidebarNavigation: false } } }), async (c) => {
  const { page } = await get(c, "/charts");
  assert.ok(text(page.doc).includes("Charts page"));
  assert.is(page.doc.querySelectorAll("nav a").length, 0);
  assert.ok(!page.doc.getElementById("sl-page")!.hasAttribute("data-sidebar"));
});

void FORM;
test.run();
