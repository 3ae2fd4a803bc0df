import { test } from "uvu";
import * as assert from "uvu/assert";
import { EventLog } from "../../../src/session/event-log.ts";

const filled = (capacity: number, n: number) => {
  const log = new EventLog(capacity);
  for (let id = 1; id <= n; id++) log.push({ id, data: `e${id}` });
  return log;
};
const ids = (events: { id: number }[] | null) => events?.map((e) => e.id) ?? null;

test("keeps at most its capacity, dropping the oldest", () => {
  const log = filled(3, 5);
  assert.is(log.size, 3);
  assert.equal(ids(log.since(2, 5)), [3, 4, 5]);
});

test("since(id) gives the events after id, in order", () => {
  const log = filled(10, 5);
  assert.equal(ids(log.since(0, 5)), [1, 2, 3, 4, 5]);
  assert.equal(ids(log.since(3, 5)), [4, 5]);
  assert.equal(ids(log.since(4, 5)), [5]);
});

test("since the latest id (or later) is nothing", () => {
  const log = filled(10, 5);
  assert.equal(log.since(5, 5), []);
  assert.equal(log.since(9, 5), []);
  assert.equal(new EventLog(4).since(0, 0), []);
});

test("since an id the log no longer reaches back to is null (a full refresh)", () => {
  const log = filled(3, 5); // holds 3..5
  assert.is(log.since(0, 5), null);
  assert.is(log.since(1, 5), null);
  assert.equal(ids(log.since(2, 5)), [3, 4, 5], "2 is just reachable: every event after it is still held");
});

test("an empty log with a later latest id cannot replay", () => {
  assert.is(new EventLog(3).since(0, 2), null);
});

test("named events are kept with their name", () => {
  const log = new EventLog(2);
  log.push({ id: 1, data: "x", event: "finished" });
  assert.equal(log.since(0, 1), [{ id: 1, data: "x", event: "finished" }]);
});

test("ack drops the events up to the id the tab applied; what follows still replays", () => {
  const log = filled(10, 5);
  log.ack(3);
  assert.is(log.size, 2);
  assert.equal(ids(log.since(3, 5)), [4, 5]);
  assert.equal(ids(log.since(4, 5)), [5]);
  assert.is(log.since(2, 5), null, "before the acknowledged id the log no longer reaches: a full refresh");
});

test("ack of everything empties the log, and later events replay from there", () => {
  const log = filled(10, 5);
  log.ack(5);
  assert.is(log.size, 0);
  assert.equal(log.since(5, 5), []);
  log.push({ id: 6, data: "e6" });
  assert.equal(ids(log.since(5, 6)), [6]);
});

test("ack below the oldest event, or of an id already dropped, changes nothing", () => {
  const log = filled(3, 5); // holds 3..5
  log.ack(1);
  assert.equal(ids(log.since(2, 5)), [3, 4, 5]);
  log.ack(4);
  log.ack(2);
  assert.equal(ids(log.since(4, 5)), [5]);
});

test.run();
