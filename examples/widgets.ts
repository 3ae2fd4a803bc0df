// Every input widget of this release, each echoing its value: a fixture for the browser and axe tests.
import type { St } from "../src/index.ts";

export default function widgets(st: St) {
  st.title("Widgets");
  const agreed = st.checkbox("I agree", { help: "Tick to accept the terms." });
  st.write(`Checkbox: ${agreed}`);
  const dark = st.toggle("Dark mode");
  st.write(`Toggle: ${dark}`);
  const pet = st.radio("Favourite pet", ["cat", "dog", "fish"], { captions: ["Aloof", "Loyal", "Quiet"] });
  st.write(`Radio: ${pet}`);
  const city = st.selectbox("City", ["Oslo", "Lima", "Nairobi"], { index: null, placeholder: "Pick a city" });
  st.write(`Selectbox: ${city ?? "none"}`);
  const langs = st.multiselect("Languages", ["TypeScript", "Python", "Rust", "Go"], { default: ["TypeScript"], maxSelections: 3 });
  st.write(`Multiselect: ${langs.join(", ") || "none"}`);
  const n = st.slider("Level", { minValue: 0, maxValue: 10, value: 3 });
  st.write(`Slider: ${n}`);
  const [lo, hi] = st.slider("Price range", { minValue: 0, maxValue: 1000, value: [200, 800], step: 50 });
  st.write(`Range: ${lo}–${hi}`);
  const ratio = st.slider("Ratio", { minValue: 0, maxValue: 1, value: 0.5, step: 0.05, format: "%.2f" });
  st.write(`Float slider: ${ratio}`);
  const name = st.textInput("Name", { placeholder: "Ada Lovelace", maxChars: 30, key: "name" });
  st.write(`Text input: ${name || "empty"}`);
  const secret = st.textInput("Password", { type: "password" });
  st.write(`Password length: ${secret.length}`);
  const bio = st.textArea("Bio", { height: 120, placeholder: "A few words" });
  st.write(`Text area: ${bio.length} characters`);
  const qty = st.numberInput("Quantity", { minValue: 1, maxValue: 10, value: 2 });
  st.write(`Number input: ${qty}`);
  const price = st.numberInput("Price", { value: 9.5, step: 0.5, format: "%.2f" });
  st.write(`Float input: ${price}`);
  // Collapsed labels: no visible label, but each control keeps its accessible name.
  const q = st.textInput("Search", { labelVisibility: "collapsed", placeholder: "Search…" });
  const size = st.selectbox("Size", ["S", "M", "L"], { labelVisibility: "collapsed" });
  const speed = st.radio("Speed", ["slow", "fast"], { labelVisibility: "collapsed", horizontal: true });
  const quiet = st.checkbox("Quiet mode", { labelVisibility: "collapsed" });
  st.write(`Collapsed: ${q || "empty"}, ${size}, ${speed}, ${quiet}`);
  if (st.button("Say hi", { type: "primary", help: "Prints a greeting once." })) st.success("Hi!");
  st.button("Disabled button", { disabled: true });
}
