// Streamed text in a session (st.writeStream): an append_text delta becomes an append patch carrying only the new
// text, and a batch that only waits on appends is flushed after ~30 ms, so the chunks a stream yields meanwhile
// go out as one event (one SSE message per ~30 ms, not one per token).
import type { AppendPatch, UpsertPatch } from "../diff/diff.ts";

/** How long appended text waits for more before it is sent. */
export const APPEND_COALESCE_MS = 30;

/** The delay of the flush a patch schedules (a flush already scheduled sooner still happens then). */
export const flushDelay = (patch: UpsertPatch | AppendPatch): number => (patch.op === "append" ? APPEND_COALESCE_MS : 0);
