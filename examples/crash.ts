// An app that throws when asked: the exception is shown in place and the next rerun works again.
import type { St } from "../src/index.ts";

export default function crash(st: St) {
  st.title("Crash and recover");
  const crash = st.checkbox("Make the app throw");
  if (crash) throw new Error("Boom: the app crashed on purpose");
  st.success("The app ran to the end.");
}
