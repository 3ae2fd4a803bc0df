import { test } from "uvu";
import * as assert from "uvu/assert";
import { checkSameOrigin, CSP, securityHeaders } from "../../../src/server/security.ts";
import { BadRequestError } from "../../../src/util/errors.ts";

const req = (headers: Record<string, string>) => new Request("http://app.test:8501/_sluice/rerun", { method: "POST", headers });

function refused(r: Request, allowed: string[] = []) {
  try {
    checkSameOrigin(r, allowed);
  } catch (e) {
    assert.instance(e, BadRequestError);
    assert.is((e as BadRequestError).status, 403);
    return;
  }
  assert.unreachable("expected a 403");
}

test("a same-origin post is allowed", () => {
  checkSameOrigin(req({ origin: "http://app.test:8501", "sec-fetch-site": "same-origin" }), []);
});

test("the Host header decides the origin behind a proxy", () => {
  checkSameOrigin(req({ origin: "https://public.example", host: "public.example" }), []);
});

test("a cross-site Origin is refused", () => {
  refused(req({ origin: "https://evil.example" }));
  refused(req({ origin: "http://app.test:9999" }), []);
  refused(req({ origin: "http://app.test.evil.example:8501" }));
});

test("Sec-Fetch-Site cross-site or same-site is refused without an Origin", () => {
  refused(req({ "sec-fetch-site": "cross-site" }));
  refused(req({ "sec-fetch-site": "same-site" }));
});

test("an opaque origin is refused", () => {
  refused(req({ origin: "null" }));
});

test("a configured extra origin is allowed", () => {
  checkSameOrigin(req({ origin: "https://embed.example" }), ["https://embed.example"]);
});

test("a request with neither header (a non-browser client) is allowed", () => {
  checkSameOrigin(req({}), []);
  checkSameOrigin(req({ "sec-fetch-site": "none" }), []);
});

test("the CSP forbids inline script and framing by others", () => {
  const directives = new Map(CSP.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));
  const script = directives.get("script-src") ?? directives.get("default-src")!;
  assert.not.ok(script.includes("'unsafe-inline'"));
  assert.not.ok(script.includes("'unsafe-eval'"));
  assert.equal(directives.get("object-src"), ["'none'"]);
  assert.ok(directives.has("frame-ancestors"));
  assert.is(securityHeaders["x-content-type-options"], "nosniff");
});

test.run();
