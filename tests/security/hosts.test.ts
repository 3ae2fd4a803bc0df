// Cross-site and DNS-rebinding requests. A server bound to a loopback address answers only Host localhost,
// 127.0.0.1, [::1] (any port) and server.allowedHosts: a rebinding page (evil.example resolving to 127.0.0.1) gets a
// 400 for its GETs and posts alike. Cross-site posts stay refused by Origin / Fetch Metadata.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createApp } from "../../src/server/app.ts";
import { checkHost } from "../../src/server/security.ts";
import { serve } from "../../src/adapters/node.ts";
import { referenceApp } from "../fixtures/apps.ts";
import { FORM, httpTest, openPage, rerun } from "../http/harness.ts";
import { raw } from "./raw.ts";

const app = referenceApp().app;

async function withServer(config: Record<string, unknown>, fn: (port: number, session: string, cookie: string) => Promise<void>) {
  const server = createApp({ app, config: { server: config } });
  const listening = await serve(server, { port: 0, hostname: "127.0.0.1" });
  try {
    const page = await raw(listening.port, { path: "/" });
    const session = /name="_sluice_session" value="([0-9a-f]+)"/.exec(page.body)![1]!;
    const cookie = String(page.headers["set-cookie"]).split(";")[0]!;
    await fn(listening.port, session, cookie);
  } finally {
    await listening.close();
  }
}

test("bound to localhost, a request for another host name is a 400 that says what to configure", async () => {
  await withServer({ address: "localhost" }, async (port, session, cookie) => {
    for (const host of ["evil.example", `evil.example:${port}`, "localhost.evil.example", "127.0.0.1.nip.io", "[::2]", "0.0.0.0"]) {
      const page = await raw(port, { path: "/", headers: { host } });
      assert.is(page.status, 400, host);
      assert.match(page.body, "server.allowedHosts");
      assert.ok(page.headers["content-security-policy"], "the refusal carries the security headers too");
      const body = new URLSearchParams({ _sluice_session: session }).toString();
      const post = await raw(port, { method: "POST", path: "/_sluice/rerun", headers: { host, cookie, "content-type": FORM["content-type"] }, body });
      assert.is(post.status, 400, `a post for ${host}`);
      const stream = await raw(port, { path: "/_sluice/stream", headers: { host, cookie, "x-sluice-session": session } });
      assert.is(stream.status, 400, `a stream for ${host}`);
    }
  });
});

test("bound to localhost, localhost, 127.0.0.1 and [::1] on any port are served", async () => {
  await withServer({ address: "localhost" }, async (port) => {
    for (const host of ["localhost", `localhost:${port}`, "127.0.0.1", `127.0.0.1:${port}`, "[::1]", `[::1]:${port}`, "LOCALHOST:1"]) {
      assert.is((await raw(port, { path: "/_sluice/health", headers: { host } })).status, 200, host);
    }
  });
});

test("server.allowedHosts adds names; 127.x addresses count as loopback", async () => {
  await withServer({ address: "127.0.0.2", allowedHosts: ["dev.example"] }, async (port) => {
    assert.is((await raw(port, { path: "/_sluice/health", headers: { host: `dev.example:${port}` } })).status, 200);
    assert.is((await raw(port, { path: "/_sluice/health", headers: { host: "evil.example" } })).status, 400);
  });
});

test("bound to a public address with no allowedHosts, any Host is served (a reverse proxy's names are its own)", async () => {
  await withServer({ address: "0.0.0.0" }, async (port) => {
    assert.is((await raw(port, { path: "/_sluice/health", headers: { host: "app.example" } })).status, 200);
  });
});

test("the check applies to loopback clients: one from another machine means the server is not loopback-only", () => {
  const req = new Request("http://evil.example/", { headers: { host: "evil.example" } });
  assert.ok(checkHost(req, "localhost", [], "127.0.0.1"), "a browser on this machine (rebinding)");
  assert.ok(checkHost(req, "localhost", [], "::ffff:127.0.0.1"));
  assert.ok(checkHost(req, "localhost", [], undefined), "no address known: by the configured address");
  assert.is(checkHost(req, "localhost", [], "203.0.113.5"), null, "bound wider than server.address says");
  assert.ok(checkHost(req, "0.0.0.0", ["app.example"], "203.0.113.5"), "allowedHosts set: every request is checked");
  assert.is(checkHost(new Request("http://app.example/"), "0.0.0.0", ["app.example"], "203.0.113.5"), null);
});

httpTest("a cross-site post is refused by Origin and by Fetch Metadata", () => ({ app }), async (c) => {
  const page = await openPage(c);
  for (const headers of [{ origin: "https://evil.example" }, { "sec-fetch-site": "cross-site" }, { "sec-fetch-site": "same-site" }, { origin: "null" }] as Record<string, string>[]) {
    for (const path of ["/_sluice/rerun", "/"]) {
      const res = await rerun(c, page, [[page.nameOf("Pick a number"), "1"]], { headers, path });
      assert.is(res.status, 403, `${JSON.stringify(headers)} ${path}`);
      await res.text();
    }
  }
});

test.run();
