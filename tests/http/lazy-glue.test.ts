// Feature glue loaded only by pages with the feature: the page lists the files its HTML needs, each is served
// (precompressed, versioned) like the bundle, and the bundle carries the list for features a swap brings later.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseHTML } from "linkedom";
import { httpTest } from "./harness.ts";
import { assets, lazyGlue } from "../../src/gen/assets.ts";
import { lazyScripts, tokensOf } from "../../src/server/lazy-glue.ts";

const scriptsOf = (html: string) => [...parseHTML(html).document.querySelectorAll("script[src]")].map((s) => s.getAttribute("src")!);
const chat = lazyGlue.find((g) => g.url.includes("chat"))!;
const tabs = lazyGlue.find((g) => g.url.includes("tabs"))!;

test("every lazy file's selector is .class or [attribute] tokens, and the bundle lists every file", () => {
  assert.ok(lazyGlue.length >= 8, "the feature glue is split off");
  const bundle = assets["sluice.js"]!.body;
  for (const g of lazyGlue) {
    for (const t of tokensOf(g.selector)) assert.match(t, /^[a-z][a-z0-9-]*$/, `${g.selector}: ${t}`);
    assert.ok(bundle.includes(JSON.stringify(g.url).slice(1, -1)), `the bundle lists ${g.url}`);
    const name = g.url.replace(/^\/_sluice\/static\/|\?.*$/g, "");
    assert.ok(assets[name], `${name} is an asset`);
    assert.not.ok(bundle.includes(assets[name]!.body), `${name} is not also in the bundle`);
  }
});

test("lazyScripts: the files whose tokens the HTML has, deferred", () => {
  assert.is(lazyScripts("<p>plain</p>"), "");
  const html = lazyScripts('<textarea data-sl-chat></textarea><details class="sl-expander"></details>');
  assert.equal(scriptsOf(`<html><body>${html}</body></html>`), [chat.url, tabs.url]);
  assert.match(html, /defer/);
});

httpTest(
  "a page loads the bundle and the glue of the features it has; a page without them loads the bundle alone",
  () => ({ app: (st: any) => st.title("Plain") }),
  async (c) => {
    const plain = await (await c.request("/")).text();
    assert.equal(scriptsOf(plain).map((s) => s.replace(/\?.*$/, "")), ["/_sluice/static/sluice.js"]);
    const res = await c.request(chat.url, { headers: { "accept-encoding": "br" } });
    assert.is(res.status, 200);
    assert.is(res.headers.get("content-encoding"), "br");
    assert.match(res.headers.get("cache-control") ?? "", /immutable/);
  },
);

httpTest(
  "a page whose first run has a chat input lists the chat glue",
  () => ({ app: (st: any) => st.chatInput("Say something") }),
  async (c) => {
    const page = await (await c.request("/")).text();
    assert.ok(scriptsOf(page).includes(chat.url), "the chat glue is on the page");
  },
);

test.run();
