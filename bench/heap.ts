// Measure 3: heap per idle session at 1,000 sessions, and per active session after 300 slider changes. Runs bench/heap-child.ts in a child `node --expose-gc` so
// the measure has a clean heap and a real gc().
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { fmtBytes, type Result } from "./util.ts";

interface ChildReport {
  sessions: number;
  before: number;
  after: number;
  perSession: number;
  idleLogChars: number;
  /** perSession: the heap the active sessions release when dropped; grown: how much the heap grew while making them. */
  active: { sessions: number; changes: number; perSession: number; grown: number; logChars: number; logEvents: number };
}

function runChild(args: string[]): Promise<ChildReport> {
  const child = fileURLToPath(new URL("./heap-child.ts", import.meta.url));
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ["--expose-gc", "--import", "tsx", child, ...args], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    p.stdout.on("data", (d) => (out += d));
    p.on("error", reject);
    p.on("close", (code) => {
      if (code !== 0) return reject(new Error(`bench: heap child exited with ${code}`));
      const line = out.trim().split("\n").pop() ?? "";
      try {
        resolve(JSON.parse(line) as ChildReport);
      } catch {
        reject(new Error(`bench: heap child printed no report: ${out.slice(-500)}`));
      }
    });
  });
}

export async function measureHeap(o: { sessions: number; activeSessions: number; changes: number }): Promise<Result> {
  const r = await runChild([String(o.sessions), String(o.activeSessions), String(o.changes)]);
  return {
    name: "heap",
    rows: [
      { measure: `3. heap per idle session (${r.sessions.toLocaleString("en-US")} sessions)`, value: fmtBytes(r.perSession), aim: "≤ 40 KB", ok: r.perSession <= 40_000 },
      { measure: "3.   of which event-log HTML (chars, ≈ bytes)", value: fmtBytes(r.idleLogChars), aim: "-", ok: null },
      {
        measure: `3. heap per active session after ${r.active.changes} slider changes (${r.active.sessions} sessions)`,
        value: fmtBytes(r.active.perSession),
        aim: "≤ 60 KB",
        ok: r.active.perSession <= 60_000,
      },
      { measure: "3.   of which event log (events, chars)", value: `${r.active.logEvents.toFixed(1)}, ${fmtBytes(r.active.logChars)}`, aim: "-", ok: null },
    ],
    data: { ...r },
  };
}
