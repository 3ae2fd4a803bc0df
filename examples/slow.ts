// A slow script: the page shows the first elements at once and the rest as they are produced.
import type { St } from "../src/index.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export default async function slow(st: St) {
  st.title("A slow app");
  const steps = st.slider("Steps", { minValue: 1, maxValue: 10, value: 4 });
  const status = st.empty();
  for (let i = 1; i <= steps; i++) {
    status.info(`Working… step ${i} of ${steps}`);
    await sleep(150);
    st.write(`Step ${i} done`);
  }
  status.success(`All ${steps} steps done`);
}
