// Status elements: a spinner around a slow step, a status container updated in place, a progress bar, toasts,
// balloons and snow.
import type { St } from "../src/index.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export default async function status(st: St) {
  st.title("Status");
  const bar = st.progress(0, { text: "Nothing to do yet" });

  if (st.button("Run the job")) {
    const result = await st.spinner("Fetching data…", async () => {
      await sleep(800);
      return 3;
    });
    const s = st.status("Crunching numbers…", { expanded: true });
    for (let i = 1; i <= result; i++) {
      s.write(`Step ${i} of ${result} done.`);
      bar.progress(Math.round((i / result) * 100), { text: `Step ${i} of ${result}` });
      await sleep(50);
    }
    s.update({ label: "All steps complete", state: "complete", expanded: false });
    st.toast("The job has finished", { icon: "✅" });
  }

  const [a, b, c] = st.columns(3);
  if (a.button("Celebrate")) st.balloons();
  if (b.button("Let it snow")) st.snow();
  if (c.button("Notify me")) st.toast("A notification that stays until dismissed", { duration: "infinite" });
}
