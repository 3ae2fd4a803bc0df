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
  st.slider("Locked", { minValue: 0, maxValue: 10, disabled: true });
  st.button("Admin only", { disabled: true });
  st.slider("Quarter", { minValue: 0, maxValue: 1, step: 0.25, value: 0.5 });
  st.selectbox("Maybe", ["a", "b"], { index: null });
  st.radio("Size", ["S", "M", "L"], { index: 1 });
  st.textInput("PIN", { type: "password", maxChars: 4 });
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

/** The post's widget errors by label: message, hint and entered text. */
const errorsOf = (d: DecodedRerun) =>
  Object.fromEntries((d.backMsg.rerunScript!.widgetErrors ?? []).map((e) => [registry.get(e.id!)!.label, e]));

/** Decodes one field alone and returns its widget's error message ("" for none). */
const errorFor = (label: string, ...values: string[]) => errorsOf(decode(values.map((v) => [idOf(label), v])))[label]?.message ?? "";

test("a value of the wrong type is an error on that widget, not a rejected request", () => {
  assert.match(errorFor("Level", "seven"), /^Level must be a number$/);
  assert.match(errorFor("Level", ""), /^Level must be a number$/);
  assert.match(errorFor("Agree", "yes"), /^Agree must be checked or unchecked$/);
  assert.match(errorFor("City", "Oslo"), /^City must be a number$/);
});

test("a value out of range is an error on that widget, in words for the user, with the limits as a hint", () => {
  const d = decode([[idOf("Level"), "11"]]);
  assert.equal(statesOf(d), [], "the widget keeps its value: no state for it");
  const e = errorsOf(d)["Level"]!;
  assert.is(e.message, "Level must be between 0 and 10 (not 11)");
  assert.is(e.hint, "A whole number between 0 and 10");
  assert.equal(e.entered, ["11"], "what the user entered is kept, to show it back");
  assert.match(errorFor("Level", "Infinity"), /Level must be a number/);
  assert.match(errorFor("City", "2"), /Select one of the options for City/);
  assert.match(errorFor("Name", "Adaline"), /^Name must be 5 characters or fewer$/);
  assert.match(errorFor("Level", "1", "2"), /Level takes 1 value, not 2/);
  assert.is(errorsOf(decode([[idOf("Name"), "Adaline"]]))["Name"]!.hint, "Up to 5 characters");
});

test("each field is decoded on its own: one invalid value leaves the others applied", () => {
  const d = decode([[idOf("Level"), "99"], [idOf("Name"), "Ada"], [idOf("Agree"), "1"], [idOf("Go"), "1"]]);
  assert.equal(Object.keys(errorsOf(d)), ["Level"]);
  const byId = new Map(statesOf(d).map((w) => [w.id, w]));
  assert.is(byId.get(idOf("Name"))!.stringValue, "Ada");
  assert.is(byId.get(idOf("Agree"))!.boolValue, true);
  assert.is(byId.get(idOf("Go"))!.triggerValue, true, "the press in the same post still counts");
  assert.not.ok(byId.has(idOf("Level")));
});

test("a password's refused text is not kept", () => {
  const e = errorsOf(decode([[idOf("PIN"), "123456"]]))["PIN"]!;
  assert.match(e.message!, /PIN must be 4 characters or fewer/);
  assert.equal(e.entered, []);
});

test("values and presses posted for disabled widgets are ignored (a crafted post cannot use them)", () => {
  const d = decode([[idOf("Locked"), "9"], [idOf("Admin only"), "1"], [idOf("Name"), "Ada"]]);
  assert.equal(statesOf(d).map((w) => w.id), [idOf("Name")]);
  assert.equal(errorsOf(d), {});
  assert.equal(statesOf(decode([[idOf("Locked"), "nonsense"]])), [], "not even an error: the field is not the user's");
});

test("a slider value off the step is moved onto the nearest step", () => {
  const level = (v: string) => [...statesOf(decode([[idOf("Level"), v]]))[0]!.doubleArrayValue!.data!];
  assert.equal(level("5.4"), [5]);
  assert.equal(level("5.5"), [6]);
  const half = (v: string) => [...statesOf(decode([[idOf("Quarter"), v]]))[0]!.doubleArrayValue!.data!];
  assert.equal(half("0.3"), [0.25]);
  assert.equal(half("0.1"), [0]);
  assert.equal(half("0.9"), [1]);
  assert.equal(half("0.75"), [0.75]);
});

test("a radio or selectbox with a default cannot be posted to none; one without a default can", () => {
  assert.equal(statesOf(decode([[idOf("City"), ""]])), [], "City (index 0 by default) keeps its value");
  assert.equal(errorsOf(decode([[idOf("City"), ""]])), {});
  assert.equal(statesOf(decode([[idOf("Size"), ""]])), [], "Size (a radio, index 1) keeps its value");
  assert.equal(statesOf(decode([[idOf("Maybe"), ""]])), [{ id: idOf("Maybe") }], "Maybe (index null) may be none");
});

test("a bad _sluice_last is rejected", () => {
  for (const v of ["-1", "x", "1.5", "1e400"]) rejects(() => decode([["_sluice_last", v]]), /_sluice_last/);
  rejects(() => decode([["_sluice_last", "1"], ["_sluice_last", "2"]]), /_sluice_last.*2 times/);
});

test.run();
