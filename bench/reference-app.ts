// The benchmark reference app: one slider (with a text showing its value), one selectbox, one text input and
// 100 static text elements. Kept tiny on purpose so the figures measure the framework, not the app.
import type { St } from "../src/index.ts";

export const STATIC_TEXTS = 100;
export const CITIES = ["Oslo", "Lima", "Nairobi", "Osaka"];

export default function referenceApp(st: St) {
  const n = st.slider("Value", { minValue: 0, maxValue: 1000, value: 0, key: "n" });
  st.text(`Value is ${n}`);
  st.selectbox("City", CITIES, { index: 0, key: "city" });
  st.textInput("Name", { key: "name" });
  for (let i = 0; i < STATIC_TEXTS; i++) st.text(`Static line number ${i}: the quick brown fox jumps over the lazy dog.`);
}
