// Path traversal on the static routes: every attempt (dot segments, encodings, backslashes, absolute paths,
// object keys) is a 4xx that serves no file of the machine or the project.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { createApp } from "../../src/server/app.ts";
import { serve } from "../../src/adapters/node.ts";
import { raw } from "./raw.ts";

const PREFIXES = ["/_sluice/static/", "/_sluice/static/sluice.css/", "/app/static/", "/_sluice/media/"];
const TARGETS = [
  "../../package.json",
  "..%2f..%2fpackage.json",
  "..%252f..%252fpackage.json",
  "%2e%2e/%2e%2e/package.json",
  "%2e%2e%2f%2e%2e%2fpackage.json",
  "..\\..\\package.json",
  "..%5c..%5cpackage.json",
  "....//....//package.json",
  "..;/..;/package.json",
  "%c0%ae%c0%ae/%c0%ae%c0%ae/package.json",
  "../../../../../../etc/passwd",
  "/etc/passwd",
  "%2fetc%2fpasswd",
  "file:///etc/passwd",
  "src%2fconfig.ts",
  "../src/config.ts",
  "constructor",
  "__proto__",
  "hasOwnProperty",
  "sluice.css%00.js",
  ".%2e/.%2e/package.json",
];

test(`${PREFIXES.length * TARGETS.length} traversal attempts serve no file`, async () => {
  const server = createApp({ app: (st: { text(s: string): void }) => st.text("hi") });
  const listening = await serve(server, { port: 0, hostname: "127.0.0.1" });
  const secrets = [readFileSync("package.json", "utf8").slice(0, 40), "root:x:0:0", "export interface Config"];
  try {
    for (const prefix of PREFIXES) {
      for (const target of TARGETS) {
        for (const mode of ["node", "memory"] as const) {
          const res =
            mode === "node"
              ? await raw(listening.port, { path: prefix + target })
              : await (async () => {
                  const r = await server.hono.request("http://localhost" + prefix + target);
                  return { status: r.status, body: await r.text() };
                })();
          assert.ok(res.status >= 400 && res.status < 500, `${mode} ${prefix}${target} answered ${res.status}`);
          for (const s of secrets) assert.not.ok(res.body.includes(s), `${mode} ${prefix}${target} served a file`);
        }
      }
    }
  } finally {
    await listening.close();
  }
});

test.run();
