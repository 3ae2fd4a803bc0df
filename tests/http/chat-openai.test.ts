// examples/chat_openai.ts against a fake OpenAI-compatible endpoint started here on 127.0.0.1 (never the network):
// it streams the reply from the endpoint's server-sent events, sends the conversation, and says when unconfigured.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createServer, type Server } from "node:http";
import { AppTest } from "../../src/testing/index.ts";

const ENV = ["OPENAI_BASE_URL", "OPENAI_API_KEY", "OPENAI_MODEL"] as const;
const saved = Object.fromEntries(ENV.map((k) => [k, process.env[k]]));
const requests: { auth?: string; body: any }[] = [];
let server: Server;

test.before(async () => {
  server = createServer((req, res) => {
    let raw = "";
    req.on("data", (d) => (raw += d));
    req.on("end", () => {
      requests.push({ auth: req.headers.authorization, body: JSON.parse(raw) });
      res.writeHead(200, { "content-type": "text/event-stream" });
      const parts = ["Hi", " from", " **the fake**", " model."];
      // Events split across writes (and one write holding two), as a real server's chunks may be.
      const events = parts.map((p) => `data: ${JSON.stringify({ choices: [{ delta: { content: p } }] })}\n\n`);
      res.write(events[0]!.slice(0, 10));
      res.write(events[0]!.slice(10) + events[1]);
      setTimeout(() => {
        res.write(": keep-alive\n\n" + events[2] + events[3]);
        res.end("data: [DONE]\n\n");
      }, 20);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
});

test.after(async () => {
  for (const k of ENV) if (saved[k] === undefined) delete process.env[k];
  else process.env[k] = saved[k];
  await new Promise((r) => server.close(r));
});

test("without a configured endpoint it says so and the chat input is disabled", async () => {
  for (const k of ENV) delete process.env[k];
  const at = await AppTest.fromFile("examples/chat_openai.ts").run();
  assert.match(at.info[0]!.value, /Set OPENAI_API_KEY/);
  assert.ok(at.chatInput[0]!.disabled);
});

test("with one, a message is answered by the endpoint's streamed reply", async () => {
  const port = (server.address() as { port: number }).port;
  process.env.OPENAI_BASE_URL = `http://127.0.0.1:${port}/v1/`;
  process.env.OPENAI_API_KEY = "test-key";
  process.env.OPENAI_MODEL = "fake-1";
  const at = await AppTest.fromFile("examples/chat_openai.ts").run();
  assert.is(at.info.length, 0);
  at.chatInput[0]!.setValue("hello?");
  await at.run();
  assert.equal(at.chatMessage.map((m) => [m.name, m.markdown[0]!.value]), [["user", "hello?"], ["assistant", "Hi from **the fake** model."]]);
  const r = requests.at(-1)!;
  assert.is(r.auth, "Bearer test-key");
  assert.equal(r.body, { model: "fake-1", stream: true, messages: [{ role: "user", content: "hello?" }] });
  at.chatInput[0]!.setValue("again");
  await at.run();
  assert.is(requests.at(-1)!.body.messages.length, 3, "the conversation so far goes with each message");
});

test.run();
