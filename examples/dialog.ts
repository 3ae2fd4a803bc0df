// st.dialog: a confirmation dialog opened by a button; its body is a fragment (typing reruns only it); "Delete"
// inside closes it with st.rerun(). A fixture for tests/browser/dialog.test.ts.
import type { St } from "../src/index.ts";

export default function dialog(st: St) {
  st.title("Dialogs");
  st.sessionState.items ??= ["Apples", "Bread", "Cheese"];
  st.sessionState.log ??= [];
  const items: string[] = st.sessionState.items;
  const confirm = st.dialog("Delete the last item?", (d) => {
    d.write(`This removes "${items.at(-1)}".`);
    const reason = d.textInput("Reason (optional)");
    if (reason) d.caption(`Reason: ${reason}`);
    if (d.button("Delete")) {
      items.pop();
      st.sessionState.log.push(`Deleted${reason ? ` (${reason})` : ""}`);
      st.rerun();
    }
  }, { onDismiss: () => void st.sessionState.log.push("Dismissed") });
  const notice = st.dialog("Read this first", (d) => {
    d.write("This dialog cannot be dismissed with Escape; acknowledge it to go on.");
    if (d.button("I understand")) {
      st.sessionState.acknowledged = true;
      st.rerun();
    }
  }, { dismissible: false, width: "large" });
  st.write(`Items: ${items.join(", ") || "none"}`);
  if (st.button("Delete last item", { disabled: items.length === 0 })) confirm();
  if (st.button("Show notice")) notice();
  st.write(`Log: ${st.sessionState.log.join("; ") || "empty"}`);
}
