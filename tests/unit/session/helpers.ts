// AppSession fixtures: a renderer whose output is easy to read back, and listeners that record what they get.
import type { Patch, UpsertPatch } from "../../../src/diff/diff.ts";
import { stFactory, type St } from "../../../src/elements/index.ts";
import type { SessionEvent } from "../../../src/session/event-log.ts";
import { AppSession, type Listener, type Renderer } from "../../../src/session/session.ts";

/** Each patch as "+key" (insert), "~key" (swap), "-key" (remove), ">key" (append); a refresh as "refresh:key,key"; status as "status:text";
 * page config as "page:title|icon|layout". */
export const recordingRenderer: Renderer = {
  patches: (ps: readonly Patch[]) => ps.map((p) => (p.op === "remove" ? "-" : p.op === "append" ? ">" : p.existed ? "~" : "+") + p.key).join(" ") + " ",
  refresh: (snap: readonly UpsertPatch[]) => "refresh:" + snap.map((p) => p.key).join(","),
  status: (text: string) => `status:${text}`,
  page: (p) => `page:${p.title}|${p.favicon}|${p.layout} `,
};

export function session(app: (st: St) => unknown, eventLogSize = 16): AppSession {
  return new AppSession("s".repeat(32), app, { eventLogSize, renderer: recordingRenderer, factory: stFactory });
}

export interface Recorder extends Listener {
  events: SessionEvent[];
  closed: boolean;
}

export function listener(kind: "post" | "stream"): Recorder {
  const r: Recorder = { kind, events: [], closed: false, send: (e) => void r.events.push(e), close: () => void (r.closed = true) };
  return r;
}

export const tick = () => new Promise((r) => setTimeout(r, 5));
