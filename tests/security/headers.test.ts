// Small hardening: security headers on every answer, a 413 on a chunked body closes the connection, and a client
// that goes away mid-request is not logged as an internal error with a stack.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { connect } from "node:net";
import { createApp } from "../../src/server/app.ts";
import { serve } from "../../src/adapters/node.ts";
import { referenceApp } from "../fixtures/apps.ts";
import { httpTest, openPage } from "../http/harness.ts";
import { raw } from "./raw.ts";

const options = () => ({ app: referenceApp().app, config: { server: { maxBodyBytes: 1024 } } });

httpTest("every answer carries Permissions-Policy and Cross-Origin-Resource-Policy", options, async (c) => {
  const page = await openPage(c);
  for (const [path, init] of [
    ["/", {}],
    ["/_sluice/health", {}],
    ["/_sluice/static/sluice.css", {}],
    ["/_sluice/static/nope", {}],
    ["/_sluice/stream?after=0", { headers: { "x-sluice-session": page.sessionId } }],
  ] as const) {
    const res = await c.request(path, init);
    assert.match(res.headers.get("permissions-policy") ?? "", /camera=\(\)/, path);
    assert.is(res.headers.get("cross-origin-resource-policy"), "same-origin", path);
    await res.body?.cancel();
  }
});

httpTest("a 413 on a chunked body closes the connection (the rest of the body is never read)", options, async (c) => {
  const page = await openPage(c);
  if (c.mode === "memory") {
    const body = new ReadableStream<Uint8Array>({ pull: (ctl) => ctl.enqueue(new TextEncoder().encode(`_sluice_session=${page.sessionId}&x=${"y".repeat(4096)}`)) });
    const res = await c.request("/_sluice/rerun", { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded" }, duplex: "half" } as RequestInit);
    assert.is(res.status, 413);
    assert.is(res.headers.get("connection"), "close");
    return;
  }
  // Over a real socket: the answer says Connection: close and the server ends the connection.
  const answer = await new Promise<string>((resolve, reject) => {
    const socket = connect(c.port!, "127.0.0.1");
    let text = "";
    socket.setEncoding("utf8");
    socket.on("data", (d: string) => (text += d));
    socket.on("end", () => resolve(text));
    socket.on("close", () => resolve(text));
    socket.on("error", reject);
    socket.setTimeout(5000, () => socket.destroy(new Error(`the connection stayed open: ${JSON.stringify(text.slice(0, 200))}`)));
    socket.write(`POST /_sluice/rerun HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${c.cookieHeader()}\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n`);
    const chunk = "y".repeat(2048);
    for (let i = 0; i < 4; i++) socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
  });
  assert.match(answer, /^HTTP\/1\.1 413/);
  assert.match(answer, /\r\nconnection: close\r\n/i);
});

test("a client that aborts its post mid-body is not logged as an internal error", async () => {
  const server = createApp(options());
  const listening = await serve(server, { port: 0, hostname: "127.0.0.1" });
  const logged: unknown[][] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void logged.push(args);
  try {
    const page = await raw(listening.port, { path: "/" });
    const cookie = String(page.headers["set-cookie"]).split(";")[0]!;
    const session = /name="_sluice_session" value="([0-9a-f]+)"/.exec(page.body)![1]!;
    for (let i = 0; i < 3; i++) {
      await new Promise<void>((resolve) => {
        const socket = connect(listening.port, "127.0.0.1", () => {
          socket.write(`POST /_sluice/rerun HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n`);
          socket.write(`20\r\n_sluice_session=${session.slice(0, 16)}\r\n`);
          setTimeout(() => (socket.destroy(), resolve()), 50);
        });
      });
    }
    await new Promise((r) => setTimeout(r, 200));
  } finally {
    console.error = original;
    await listening.close();
  }
  const internal = logged.filter((args) => args.some((a) => String(a).includes("internal error") || a instanceof Error));
  assert.is(internal.length, 0, `logged: ${internal.map((a) => a.map(String).join(" ")).join("; ")}`);
});

test.run();
