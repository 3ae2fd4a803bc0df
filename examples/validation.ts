// Per-widget errors: type 200 into "Quantity", a fraction into "Whole boxes", or pick three tags. The widget shows
// "Error: …" with its limits and keeps its value; the rest of the app goes on. Without JavaScript, the page after
// Apply starts with a "There is a problem" summary linking to each field. Disabled widgets cannot be posted to.
import type { St } from "../src/index.ts";

export default function validation(st: St) {
  st.title("Validation");
  const qty = st.numberInput("Quantity", { minValue: 0, maxValue: 100, value: 5, help: "How many to order" });
  const boxes = st.numberInput("Whole boxes", { minValue: 1, value: 1 });
  const tags = st.multiselect("Tags", ["red", "green", "blue", "yellow"], { maxSelections: 2 });
  const code = st.textInput("Discount code", { maxChars: 8 });
  const password = st.textInput("Password", { type: "password" });
  const admin = st.checkbox("I am an admin");
  const level = st.slider("Level (admins only)", { minValue: 0, maxValue: 10, disabled: !admin });
  if (st.button("Delete everything (admins only)", { disabled: !admin })) st.warning("Deleted (not really).");
  st.write(`Ordering ${qty} in ${boxes} box(es); tags: ${tags.join(", ") || "none"}; code: ${code || "none"}; level ${level}.`);
  st.caption(password ? `A password of ${password.length} characters is set (it is never sent back to the page).` : "No password yet.");
}
