// The theme over HTTP: the app theme's stylesheet (linked, served, versioned), the reader's choice on <html> at
// first paint from its cookie, the no-JavaScript POST /_sluice/theme (303 back to the page), and st.context from
// the page request and the glue's posted facts.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createApp, type AppOptions } from "../../src/server/app.ts";
import type { St } from "../../src/elements/index.ts";
import { FORM, httpTest, openPage, parsePage, postChunked, rerun } from "./harness.ts";

const themed = (): AppOptions => ({ app: (st: St) => void st.button("Go", { type: "primary" }), config: { theme: { primaryColor: "#0068c9", base: "dark" } } });
const plain = (): AppOptions => ({ app: (st: St) => void st.text("hi") });

httpTest("an app theme: its stylesheet is linked after sluice.css and served as CSS, cacheable by its hash", themed, async (c) => {
  const { doc } = await openPage(c);
  const links = [...doc.querySelectorAll("head link[rel=stylesheet]")].map((l) => l.getAttribute("href")!);
  const at = links.findIndex((h) => h.startsWith("/_sluice/theme.css?v="));
  assert.ok(at > links.findIndex((h) => h.startsWith("/_sluice/static/sluice.css")), links.join(" "));
  assert.is(doc.documentElement.getAttribute("data-sl-theme"), "dark", "base dark at first paint");
  assert.ok(doc.documentElement.hasAttribute("data-sl-custom"), "the app theme applies");
  const res = await c.request(links[at]!);
  assert.is(res.status, 200);
  assert.match(res.headers.get("content-type")!, /^text\/css/);
  assert.match(res.headers.get("cache-control")!, /immutable/);
  assert.match(await res.text(), /:root\[data-sl-custom\] \{[^}]*--sl-primary: #0068c9/);
  assert.match((await c.request("/_sluice/theme.css")).headers.get("cache-control")!, /no-cache/, "unversioned: revalidated");
  assert.ok(/style-src 'self'/.test(res.headers.get("content-security-policy") ?? (await c.request("/")).headers.get("content-security-policy")!));
  assert.not.ok(doc.querySelector("style"), "no inline <style> (the CSP forbids it)");
});

httpTest("no app theme: no stylesheet, no attributes (the OS decides), 404 for theme.css", plain, async (c) => {
  const { doc } = await openPage(c);
  assert.not.ok(doc.querySelector("link[href^='/_sluice/theme.css']"));
  assert.not.ok(doc.documentElement.hasAttribute("data-sl-theme"));
  assert.is((await c.request("/_sluice/theme.css")).status, 404);
  const radios = [...doc.querySelectorAll("#sl-settings input[name=theme]")].map((r) => r.getAttribute("value"));
  assert.equal(radios, ["light", "dark", "auto"]);
  assert.is(doc.querySelector("#sl-settings input[name=theme][checked]")!.getAttribute("value"), "auto");
});

httpTest("the theme cookie sets light or dark on <html> at first paint", plain, async (c) => {
  for (const mode of ["dark", "light"]) {
    const { doc } = await openPage(c, { headers: { cookie: `sluice_theme=${mode}` } });
    assert.is(doc.documentElement.getAttribute("data-sl-theme"), mode);
    assert.is(doc.querySelector("#sl-settings input[name=theme][checked]")!.getAttribute("value"), mode);
  }
  const { doc } = await openPage(c, { headers: { cookie: "sluice_theme=app" } });
  assert.not.ok(doc.documentElement.hasAttribute("data-sl-theme"), "no app theme to choose: auto");
});

httpTest("with an app theme, choosing light drops the app theme; the menu offers it first", themed, async (c) => {
  const { doc } = await openPage(c, { headers: { cookie: "sluice_theme=light" } });
  assert.is(doc.documentElement.getAttribute("data-sl-theme"), "light");
  assert.not.ok(doc.documentElement.hasAttribute("data-sl-custom"));
  const app = doc.querySelector("#sl-settings input[value=app]")!;
  assert.is(app.getAttribute("data-base"), "dark");
  assert.is(doc.querySelector(`label[for="${app.id}"]`)!.textContent, "App theme");
});

httpTest("no JavaScript: POST /_sluice/theme sets the cookie and answers 303 to the page it came from", plain, async (c) => {
  const { doc } = await openPage(c);
  const form = doc.querySelector("#sl-settings form")!;
  assert.is(form.getAttribute("action"), "/_sluice/theme");
  assert.is(form.getAttribute("method"), "post");
  assert.not.ok(form.closest("#sl-form"), "not nested in the app's form");
  const body = new URLSearchParams({ return: "/?tab=2", theme: "dark" });
  const res = await c.request("/_sluice/theme", { method: "POST", body: body.toString(), headers: FORM });
  assert.is(res.status, 303);
  assert.is(res.headers.get("location"), "/?tab=2");
  assert.is(c.jar.get("sluice_theme"), "dark");
  assert.match(res.headers.get("set-cookie")!, /Max-Age=31536000.*HttpOnly|HttpOnly.*Max-Age=31536000/i);
  const page = parsePage(await (await c.request("/?tab=2")).text());
  assert.is(page.doc.documentElement.getAttribute("data-sl-theme"), "dark", "kept across loads");
  assert.is(page.doc.querySelector("#sl-settings input[name=return]")!.getAttribute("value"), "/?tab=2", "the menu returns to this page and query");
});

httpTest("POST /_sluice/theme: the glue's post gets 204; bad values, other sites and open redirects are refused", plain, async (c) => {
  const post = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
    c.request("/_sluice/theme", { method: "POST", body: new URLSearchParams(fields).toString(), headers: { ...FORM, ...headers } });
  assert.is((await post({ theme: "light" })).status, 204);
  assert.is(c.jar.get("sluice_theme"), "light");
  assert.is((await post({ theme: "purple" })).status, 400);
  assert.is((await post({ theme: "dark" }, { origin: "https://evil.example" })).status, 403);
  assert.is(c.jar.get("sluice_theme"), "light", "unchanged by the refused posts");
  for (const bad of ["//evil.example/", "/\\evil.example", "https://evil.example/", "javascript:alert(1)"]) {
    const res = await post({ theme: "dark", return: bad });
    assert.is(res.headers.get("location"), "/", bad);
  }
});

httpTest("POST /_sluice/theme: an oversized body is refused, also without a content-length (read only to the limit)", plain, async (c) => {
  const sized = await c.request("/_sluice/theme", { method: "POST", body: "theme=dark&pad=" + "x".repeat(5000), headers: FORM });
  assert.is(sized.status, 413);
  const total = 16 << 20;
  const chunked = await postChunked(c, "/_sluice/theme", "theme=dark&pad=", total);
  assert.is(chunked.status, 413);
  assert.ok(chunked.sent < total / 4, `the server stopped reading early (${chunked.sent} bytes were produced)`);
  assert.is(c.jar.get("sluice_theme"), undefined, "no choice was taken");
});

test("createApp logs the theme's contrast warnings, naming the option, the colours and the ratio", () => {
  const warned: string[] = [];
  const warn = console.warn;
  console.warn = (m: string) => void warned.push(m);
  try {
    createApp({ app: () => {}, config: { theme: { textColor: "#aaaaaa" } } });
    createApp({ app: () => {} });
  } finally {
    console.warn = warn;
  }
  assert.ok(warned.length >= 1, "warned");
  assert.match(warned[0]!, /theme\.textColor #aaaaaa on sluice's default #ffffff is 2\.32:1, below WCAG AA's 4\.5:1/);
  assert.ok(warned.every((w) => w.includes("#aaaaaa")), "nothing for the app without a theme");
});

// st.context: what the app saw, per run.
const seen: Record<string, unknown>[] = [];
const contextApp = (): AppOptions => ({
  app: (st: St) => {
    const ctx = st.context;
    seen.push({ url: ctx.url, locale: ctx.locale, ip: ctx.ipAddress, cookies: ctx.cookies.toDict(), cookieHeader: ctx.headers.get("cookie"), ua: ctx.headers.get("user-agent"), tz: ctx.timezone, offset: ctx.timezoneOffset, theme: ctx.theme?.type, embedded: ctx.isEmbedded });
    st.checkbox("Tick");
  },
  config: { server: { trustProxy: true } },
});

httpTest("st.context: the page request's headers, cookies (not sluice's), URL, locale, client address and theme", contextApp, async (c) => {
  seen.length = 0;
  await c.request("/_sluice/theme", { method: "POST", body: "theme=dark", headers: FORM });
  await openPage(c); // a browser cookie now
  const page = await c.request("/?tab=2", {
    headers: { "accept-language": "fr-CA,fr;q=0.9", cookie: "ab=test%201", "user-agent": "ContextTest/1", "x-forwarded-for": "203.0.113.7" },
  });
  parsePage(await page.text());
  const s = seen.at(-1)!;
  assert.match(String(s.url), /\/\?tab=2$/);
  assert.is(s.locale, "fr-CA");
  assert.is(s.ip, "203.0.113.7");
  assert.equal(s.cookies, { ab: "test 1" }, "sluice_browser and sluice_theme are left out");
  assert.is(s.cookieHeader, "ab=test%201");
  assert.is(s.ua, "ContextTest/1");
  assert.is(s.theme, "dark", "from the theme cookie");
  assert.is(s.tz, undefined, "no time zone without the glue");
  assert.is(s.embedded, false);
});

httpTest("st.context: the glue's posted facts (time zone, offset, locale, scheme, URL) reach the next run", contextApp, async (c) => {
  seen.length = 0;
  const page = await openPage(c);
  const res = await rerun(c, page, [
    ["_sluice_ctx_tz", "Pacific/Auckland"], ["_sluice_ctx_offset", "-780"], ["_sluice_ctx_locale", "en-NZ"], ["_sluice_ctx_scheme", "light"],
    ["_sluice_ctx_url", `${c.port ? `http://127.0.0.1:${c.port}` : "http://localhost"}/?tab=9`], ["_sluice_ctx_embedded", "1"],
  ]);
  assert.is(res.status, 200);
  await res.text();
  const s = seen.at(-1)!;
  assert.is(s.tz, "Pacific/Auckland");
  assert.is(s.offset, -780);
  assert.is(s.locale, "en-NZ");
  assert.is(s.theme, "light");
  assert.is(s.embedded, true);
  assert.match(String(s.url), /tab=9$/, "the address bar's URL (same origin)");
  const again = await rerun(c, page, [["_sluice_ctx_tz", "UTC"], ["_sluice_ctx_url", "https://evil.example/"]]);
  await again.text();
  assert.match(String(seen.at(-1)!.url), /tab=9$/, "another origin's URL is not taken");
});

httpTest("st.context: the glue's cookie gives a reload's first run the time zone and locale", contextApp, async (c) => {
  seen.length = 0;
  await openPage(c, { headers: { cookie: "sluice_client=" + encodeURIComponent("America/New_York|300|en-US") } });
  const s = seen.at(-1)!;
  assert.is(s.tz, "America/New_York");
  assert.is(s.offset, 300);
  assert.is(s.locale, "en-US");
  assert.equal(s.cookies, {}, "sluice_client is sluice's own");
});

test.run();
