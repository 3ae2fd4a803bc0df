// Chat costs: bytes on the wire per streamed token (st.writeStream's append events, framed as SSE, as sent and
// gzip-compressed with a flush per event as the server's event streams are), and a long conversation: the rerun
// time and bytes a new message costs with 10, 50 and 100 messages of history (aim: independent of the history).
import { createGzip, constants } from "node:zlib";
import { stFactory, type St } from "../src/elements/index.ts";
import { AppSession, type Listener } from "../src/session/session.ts";
import type { SessionEvent } from "../src/session/event-log.ts";
import { htmlRenderer } from "../src/server/render.tsx";
import { formatEvent } from "../src/server/sse.ts";
import { APPEND_COALESCE_MS } from "../src/session/stream-append.ts";
import { fmtBytes, fmtMs, median, type Result, type Row } from "./util.ts";

const utf8 = (s: string) => Buffer.byteLength(s, "utf8");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function session(app: (st: St) => unknown): { s: AppSession; events: SessionEvent[] } {
  const s = new AppSession("b".repeat(32), app, { eventLogSize: 4096, renderer: htmlRenderer, factory: stFactory });
  const events: SessionEvent[] = [];
  const l: Listener = { kind: "post", send: (e) => void events.push(e), close: () => {} };
  s.attach(l, 0);
  return { s, events };
}

/** Each event's SSE bytes gzip-compressed as the server's event streams are (2 KB window, a sync flush per event). */
async function gzipPerEvent(texts: string[]): Promise<number[]> {
  const z = createGzip({ level: 6, windowBits: 11, memLevel: 4 });
  const sizes: number[] = [];
  let got = 0;
  z.on("data", (b: Buffer) => void (got += b.length));
  for (const t of texts) {
    got = 0;
    await new Promise<void>((r) => z.write(t, () => z.flush(constants.Z_SYNC_FLUSH, () => r())));
    sizes.push(got);
  }
  z.end();
  return sizes;
}

/** A stream of `n` tokens, `gapMs` apart (a model's pace). */
async function* tokens(n: number, gapMs: number) {
  for (let i = 0; i < n; i++) {
    await sleep(gapMs);
    yield i ? ` word${i % 10}` : "Hello";
  }
}

async function perToken(n: number, gapMs: number) {
  const { s, events } = session(async (st) => void (await st.chatMessage("assistant").writeStream(tokens(n, gapMs))));
  await s.rerun({ widgetStates: null });
  const appendEvents = events.filter((e) => e.data.includes('hx-swap="beforeend"') && !e.data.includes("sl-markdown"));
  const framed = appendEvents.map((e) => formatEvent(e));
  const text = appendEvents.map((e) => [...e.data.matchAll(/beforeend">([^<]*)</g)].map((m) => m[1]).join("")).join("");
  const tokensSent = appendEvents.length ? (text.match(/ word\d/g) ?? []).length : 0;
  const raw = framed.reduce((a, t) => a + utf8(t), 0);
  const gz = (await gzipPerEvent(framed)).reduce((a, b) => a + b, 0);
  const tokenBytes = utf8(text);
  return { events: appendEvents.length, tokens: tokensSent, rawOverhead: (raw - tokenBytes) / tokensSent, gzPerToken: gz / tokensSent, tokenSize: tokenBytes / tokensSent };
}

/** A chat app whose "model" answers at once; history in session state. */
const chat = async (st: St) => {
  st.title("Chat");
  st.sessionState.history ??= [];
  const history: { role: string; content: string }[] = st.sessionState.history;
  for (const m of history) st.chatMessage(m.role).markdown(m.content);
  const prompt = st.chatInput("Ask");
  if (prompt) {
    st.chatMessage("user").markdown(prompt);
    const reply = await st.chatMessage("assistant").writeStream([`You said **${prompt}**.`, " That is all."]);
    history.push({ role: "user", content: prompt }, { role: "assistant", content: reply });
  }
};

async function conversation(lengths: number[], samples: number) {
  const { s, events } = session(chat);
  await s.rerun({ widgetStates: null });
  const id = [...s.state.registry.values()].find((d) => d.kind === "chat_input")!.id;
  const out: { messages: number; ms: number; bytes: number }[] = [];
  let n = 0;
  const sendOne = async () => {
    const before = events.length;
    const t0 = performance.now();
    await s.rerun({ widgetStates: [{ id, stringValue: `message number ${n++}` }] });
    const ms = performance.now() - t0;
    return { ms, bytes: events.slice(before).reduce((a, e) => a + utf8(formatEvent(e)), 0) };
  };
  for (const target of lengths) {
    while ((s.state.user.get("history") as unknown[]).length < target - 2 * samples) await sendOne();
    const runs = [];
    for (let i = 0; i < samples; i++) runs.push(await sendOne());
    out.push({ messages: (s.state.user.get("history") as unknown[]).length, ms: median(runs.map((r) => r.ms)), bytes: median(runs.map((r) => r.bytes)) });
  }
  return out;
}

export async function measureChat(o: { tokens: number; samples: number }): Promise<Result> {
  const paced = await perToken(o.tokens, APPEND_COALESCE_MS + 10); // one token per event: the worst case
  const burst = await perToken(o.tokens * 5, 1); // a fast model: tokens coalesced
  const conv = await conversation([10, 50, 100], o.samples);
  const first = conv[0]!;
  const last = conv.at(-1)!;
  const rows: Row[] = [
    { measure: "chat: bytes per streamed token, one per event (gzip)", value: `token + ${fmtBytes(paced.gzPerToken - paced.tokenSize)}`, aim: "token + < 60 B", ok: paced.gzPerToken - paced.tokenSize < 60 },
    { measure: "chat: bytes per streamed token, one per event (uncompressed)", value: `token + ${fmtBytes(paced.rawOverhead)}`, aim: "informational", ok: null },
    // Repeated words compress below their own size: the figure is the gzip bytes per token against its size.
    { measure: `chat: fast model, ${burst.tokens} tokens in ${burst.events} events (gzip per ${burst.tokenSize.toFixed(1)} B token)`, value: fmtBytes(burst.gzPerToken), aim: "token + < 60 B", ok: burst.gzPerToken - burst.tokenSize < 60 },
    ...conv.map((c) => ({ measure: `chat: new message with ${c.messages} in history: rerun`, value: fmtMs(c.ms), aim: "informational", ok: null })),
    ...conv.map((c) => ({ measure: `chat: new message with ${c.messages} in history: bytes`, value: fmtBytes(c.bytes), aim: "same at every length", ok: c.bytes <= first.bytes * 1.05 + 16 })),
  ];
  return { name: "chat", rows, data: { paced, burst, conversation: conv, growth: last.ms / first.ms } };
}
