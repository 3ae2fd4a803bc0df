// The demo app (`sluice hello`, `npm start`): a tour of the first elements and widgets.
import type { St } from "../src/index.ts";

export default async function hello(st: St) {
  st.setPageConfig({ pageTitle: "Hello, sluice", pageIcon: "👋" });
  st.title("Hello, sluice 👋");
  st.markdown("Write a script, get an app: **every interaction reruns this file on the server**, and only what changed is sent to your browser.");

  const n = st.slider("Pick a number", { minValue: 0, maxValue: 100, value: 50, key: "n" });
  st.write(`${n} squared is ${n * n}`);

  const name = st.textInput("Your name", { placeholder: "Ada", maxChars: 40 });
  if (name) st.success(`Nice to meet you, ${name}!`);

  const [left, right] = st.columns(2);
  const city = left.selectbox("City", ["Oslo", "Lima", "Nairobi", "Osaka"], { index: 0 });
  const unit = right.radio("Temperature unit", ["Celsius", "Fahrenheit"], { horizontal: true });
  left.metric(`Temperature in ${city}`, unit === "Celsius" ? "21 °C" : "70 °F", { delta: unit === "Celsius" ? "1.5 °C" : "2.7 °F" });

  st.sidebar.header("Settings");
  const detail = st.sidebar.checkbox("Show details");
  const fruits = st.sidebar.multiselect("Fruits", ["apple", "banana", "cherry"], { default: ["apple"] });

  st.sessionState.clicks ??= 0;
  if (st.button("Click me", { type: "primary" })) st.sessionState.clicks += 1;
  st.text(`Button clicked ${st.sessionState.clicks} times`);

  const more = st.expander("What is in session state?");
  more.json({ ...st.sessionState.toDict(), fruits });

  if (detail) {
    st.info("Widgets keep their values across reruns; a button is true only in the run its click caused.");
    st.code(`const n = st.slider("Pick a number", { minValue: 0, maxValue: 100 });\nst.write(\`\${n} squared is \${n * n}\`);`, { language: "ts" });
  }
}
