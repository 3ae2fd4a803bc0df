// Fragments: a live clock and counter that a server timer reruns (runEvery), and an interactive fragment beside an
// expensive part of the app that only a full rerun redraws. A fixture for tests/browser/fragments.test.ts.
import type { St } from "../src/index.ts";

let expensiveRuns = 0;

/** Stands in for a slow chart or query: what a fragment rerun spares. */
function expensiveReport(st: St) {
  expensiveRuns++;
  const rows = Array.from({ length: 200 }, (_, i) => ({ day: i + 1, value: Math.round(1000 * Math.abs(Math.sin(i / 7))) }));
  st.header("Report");
  st.write(`Drawn by full run ${expensiveRuns}.`);
  st.dataframe(rows, { height: 200 });
}

export default async function fragments(st: St) {
  st.title("Fragments");
  st.sessionState.ticks ??= 0;
  await st.fragment((f) => {
    f.header("Live");
    f.write(`Server time: ${new Date().toISOString().slice(11, 19)} UTC`);
    f.write(`Ticks: ${st.sessionState.ticks++}`);
  }, { runEvery: "1s" });
  await st.fragment((f) => {
    f.header("Counter");
    st.sessionState.count ??= 0;
    if (f.button("Add one")) st.sessionState.count++;
    const step = f.slider("Step size", { minValue: 1, maxValue: 10, value: 1 });
    f.write(`Count: ${st.sessionState.count} (step ${step})`);
    if (f.button("Rerun the whole app")) st.rerun();
  });
  expensiveReport(st);
  const shout = st.checkbox("Shout");
  st.write(shout ? "A CHANGE OUTSIDE THE FRAGMENTS RERUNS THE APP." : "A change outside the fragments reruns the app.");
}
