// Measure 3, child process (needs `node --expose-gc`): heap per idle and per active session. Creates sessions through GET / on the
// in-memory app, collects garbage, and prints one JSON line with heapUsed before and after.
import { FORM, lastSseId, openSession, referenceServer, sliderBody } from "./util.ts";
import type { AppSession } from "../src/session/session.ts";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("bench/heap-child.ts must run with node --expose-gc");

const settle = async () => {
  await new Promise((r) => setTimeout(r, 20)); // let the sessions' flush timers fire
  for (let i = 0; i < 4; i++) gc();
  return process.memoryUsage().heapUsed;
};

const sessions = Number(process.argv[2] ?? 1000);
const activeSessions = Number(process.argv[3] ?? 200);
const changes = Number(process.argv[4] ?? 10);

const server = referenceServer();
for (let i = 0; i < 50; i++) await openSession(server); // warm-up: JIT and module-level caches
const before = await settle();
for (let i = 0; i < sessions; i++) await openSession(server);
const after = await settle();

// Diagnostic: what one idle session keeps in its event log (HTML strings, for Last-Event-ID replay).
const logChars = (s: AppSession) => ((s as unknown as { log: { events: { data: string }[] } }).log.events ?? []).reduce((n, e) => n + e.data.length, 0);
const all = [...server.sessions.all()];
const idleLogChars = all.reduce((n, s) => n + logChars(s), 0) / all.length;

// Active sessions: each has seen `changes` slider changes, every post carrying the last event id its tab applied
// (as the browser does), so the event log can drop what was acknowledged.
const server2 = referenceServer();
const changeMany = async (n: number) => {
  const { info } = await openSession(server2);
  for (let j = 0; j < n; j++) {
    const res = await server2.hono.request("http://127.0.0.1/_sluice/rerun", { method: "POST", body: sliderBody(info, j + 1), headers: { ...FORM, cookie: info.cookie } });
    info.lastEventId = lastSseId(await res.text()) || info.lastEventId;
  }
};
// Warm-up: a few thousand reruns first, or the optimized code V8 makes for the rerun path (about 1 MB, once per
// process) is counted as the sessions' heap.
for (let i = 0; i < 49; i++) await openSession(server2);
await changeMany(3000);
const before2 = await settle();
for (let i = 0; i < activeSessions; i++) await changeMany(changes);
const after2 = await settle();
const active = [...server2.sessions.all()].slice(50);
const activeLogChars = active.reduce((n, s) => n + logChars(s), 0) / active.length;
const activeLogEvents = active.reduce((n, s) => n + s.loggedEvents, 0) / active.length;
// What the sessions themselves hold: the heap they release when dropped (code V8 optimized meanwhile stays).
for (const s of active) server2.sessions.delete(s.id);
active.length = 0;
const released = await settle();

console.log(
  JSON.stringify({
    sessions,
    before,
    after,
    perSession: (after - before) / sessions,
    idleLogChars,
    active: { sessions: activeSessions, changes, perSession: (after2 - released) / activeSessions, grown: (after2 - before2) / activeSessions, logChars: activeLogChars, logEvents: activeLogEvents },
    live: server.sessions.size + server2.sessions.size,
  }),
);
