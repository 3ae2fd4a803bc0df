import { test } from "uvu";
import * as assert from "uvu/assert";
import type { St } from "../../../src/elements/index.ts";
import { decodeRerun, fieldsOf, sessionIdOf, type DecodedRerun } from "../../../src/server/form.ts";
import { BadRequestError } from "../../../src/util/errors.ts";
import { session } from "../session/helpers.ts";

const SID = "ab".repeat(16);

// The widgets' definitions as a run registers them.
const s = session((st: St) => {
  st.slider("Level", { minValue: 0, maxValue: 10, value: 5 });
  st.checkbox("Agree");
  st.selectbox("City", ["Oslo", "Lima"]);
  st.textInput("Name", { maxChars: 5 });
  st.button("Go");
});
await s.rerun({ widgetStates: null });
const registry = s.state.registry;
const idOf = (label: string) => [...registry.values()].find((d) => d.label === label)!.id;

const form = (pairs: [string, string][]) => fieldsOf(new URLSearchParams(pairs));
const decode = (pairs: [string, string][]) => decodeRerun(form([["_sluice_session", SID], ...pairs]), registry);

function rejects(fn: () => unknown, message: RegExp, status = 400) {
  try {
    fn();
  } catch (e) {
    assert.instance(e, BadRequestError);
    assert.match((e as Error).message, message);
    assert.is((e as BadRequestError).status, status);
    return;
  }
  assert.unreachable(`expected a BadRequestError matching ${message}`);
}

/** The widget states of the BackMsg a post decodes to. */
const statesOf = (d: DecodedRerun) => d.backMsg.rerunScript!.widgetStates!.widgets!;

test("fields keep every value of a name, in posted order", () => {
  const f = form([["a", "1"], ["b", "x"], ["a", "2"]]);
  assert.equal(f.get("a"), ["1", "2"]);
  assert.equal(f.get("b"), ["x"]);
});

test("files are refused, naming the field", () => {
  const fd = new FormData();
  fd.append("upload", new Blob(["x"]), "x.txt");
  rejects(() => fieldsOf(fd), /"upload" is a file/);
});

test("the session id is required, single and hex", () => {
  rejects(() => sessionIdOf(form([])), /no _sluice_session/);
  rejects(() => sessionIdOf(form([["_sluice_session", SID], ["_sluice_session", SID]])), /_sluice_session.*2 times/);
  rejects(() => sessionIdOf(form([["_sluice_session", "../../etc"]])), /not a session id/);
  rejects(() => sessionIdOf(form([["_sluice_session", "AB".repeat(16)]])), /not a session id/);
  assert.is(sessionIdOf(form([["_sluice_session", SID]])), SID);
});

test("valid values decode to widget states", () => {
  const d = decode([["_sluice_last", "4"], [idOf("Level"), "7"], [idOf("Agree"), "0"], [idOf("Agree"), "1"], [idOf("City"), "1"], [idOf("Name"), "Ada"]]);
  assert.is(d.sessionId, SID);
  assert.is(d.lastEventId, 4);
  const byId = new Map(statesOf(d).map((w) => [w.id, w]));
  assert.equal([...byId.get(idOf("Level"))!.doubleArrayValue!.data!], [7]);
  assert.is(byId.get(idOf("Agree"))!.boolValue, true, "a checked box's 1 comes after the hidden 0");
  assert.is(byId.get(idOf("City"))!.intValue, 1);
  assert.is(byId.get(idOf("Name"))!.stringValue, "Ada");
});

test("a button's name in the post is a press", () => {
  const d = decode([[idOf("Go"), "1"]]);
  assert.equal(statesOf(d), [{ id: idOf("Go"), triggerValue: true }]);
});

test("the framework's own fields are not widgets; _sluice_last defaults to 0", () => {
  const d = decode([["_sluice_apply", "1"]]);
  assert.equal(statesOf(d), []);
  assert.is(d.lastEventId, 0);
});

test("an unknown widget rejects the request, naming it", () => {
  rejects(() => decode([["no-such-widget", "1"]]), /Unknown widget "no-such-widget"/);
});

test("a very long unknown name is cut in the message", () => {
  const long = "x".repeat(5000);
  try {
    decode([[long, "1"]]);
  } catch (e) {
    assert.ok((e as Error).message.length < 300);
  }
});

test("a value of the wrong type is rejected, naming the widget", () => {
  rejects(() => decode([[idOf("Level"), "seven"]]), /Widget "Level".*not a number/);
  rejects(() => decode([[idOf("Level"), ""]]), /Widget "Level"/);
  rejects(() => decode([[idOf("Agree"), "yes"]]), /Widget "Agree".*0 or 1/);
  rejects(() => decode([[idOf("City"), "Oslo"]]), /Widget "City"/);
});

test("a value out of range is rejected", () => {
  rejects(() => decode([[idOf("Level"), "11"]]), /Widget "Level".*outside 0\.\.10/);
  rejects(() => decode([[idOf("Level"), "5.5"]]), /whole number/);
  rejects(() => decode([[idOf("Level"), "Infinity"]]), /Widget "Level"/);
  rejects(() => decode([[idOf("City"), "2"]]), /Widget "City".*out of range/);
  rejects(() => decode([[idOf("Name"), "Adaline"]]), /Widget "Name".*longer than 5/);
  rejects(() => decode([[idOf("Level"), "1"], [idOf("Level"), "2"]]), /Widget "Level".*expected 1 value/);
});

test("a bad _sluice_last is rejected", () => {
  for (const v of ["-1", "x", "1.5", "1e400"]) rejects(() => decode([["_sluice_last", v]]), /_sluice_last/);
  rejects(() => decode([["_sluice_last", "1"], ["_sluice_last", "2"]]), /_sluice_last.*2 times/);
});

test.run();
