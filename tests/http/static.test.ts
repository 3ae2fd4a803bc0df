import { test } from "uvu";
import * as assert from "uvu/assert";
import { assetPath, assets } from "../../src/gen/assets.ts";
import { referenceApp } from "../fixtures/apps.ts";
import { httpTest, openPage } from "./harness.ts";

const options = () => ({ app: referenceApp().app });

httpTest("the page's assets are served with immutable caching when versioned", options, async (c) => {
  const { doc } = await openPage(c);
  const urls = [...doc.querySelectorAll("script[src], link[rel=stylesheet]")].map((el) => el.getAttribute("src") ?? el.getAttribute("href")!).filter((u) => u.startsWith("/_sluice/static/")); // not the no-JS join beacon
  assert.ok(urls.length >= 2);
  for (const url of urls) {
    const res = await c.request(url);
    assert.is(res.status, 200, url);
    assert.match(res.headers.get("cache-control")!, /immutable/);
    assert.match(res.headers.get("cache-control")!, /max-age=\d{6,}/);
    assert.ok(res.headers.get("etag"));
    assert.is(res.headers.get("x-content-type-options"), "nosniff");
    const type = res.headers.get("content-type")!;
    assert.match(type, url.includes(".css") ? /^text\/css/ : /javascript/);
    assert.ok((await res.text()).length > 0);
  }
});

httpTest("an unversioned or wrongly versioned asset must be revalidated", options, async (c) => {
  for (const url of ["/_sluice/static/sluice.js", "/_sluice/static/sluice.js?v=old"]) {
    const res = await c.request(url);
    assert.is(res.status, 200);
    assert.not.match(res.headers.get("cache-control")!, /immutable/);
    await res.text();
  }
  assert.ok(assetPath("sluice.js").endsWith(assets["sluice.js"]!.hash));
});

httpTest("unknown names and path traversal are 404", options, async (c) => {
  for (const url of [
    "/_sluice/static/nope.js",
    "/_sluice/static/..%2Fpackage.json",
    "/_sluice/static/..%2F..%2Fsrc%2Fconfig.ts",
    "/_sluice/static/%2e%2e%2fpackage.json",
    "/_sluice/static/../../package.json",
    "/_sluice/static/constructor",
    "/_sluice/static/__proto__",
    "/_sluice/static/toString",
    "/_sluice/static/sluice.js/../../package.json",
  ]) {
    const res = await c.request(url);
    const body = await res.text();
    assert.ok(res.status === 404, `${url} → ${res.status}`);
    assert.not.ok(body.includes('"name": "sluice"'), `${url} leaked a file`);
  }
});

test.run();
