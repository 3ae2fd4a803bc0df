// The theming example: a custom [theme] and [theme.sidebar] from .sluice/config.toml beside this file, widgets and a
// chart in those colours, and what st.context knows about your browser. The settings menu (top right) switches
// between the app theme, light, dark and your system's setting.
import type { St } from "../../src/index.ts";

export default function theming(st: St) {
  st.setPageConfig({ pageTitle: "Theming", pageIcon: "🎨" });
  st.title("Theming");
  st.markdown("Colours, fonts and corners come from `[theme]` in `.sluice/config.toml`; the settings menu at the top right switches to light, dark or your system's theme.");

  st.sidebar.header("Sidebar theme");
  const speed = st.sidebar.slider("Speed", { minValue: 0, maxValue: 10, value: 4 });
  st.sidebar.checkbox("Show the data", { key: "show" });
  st.sidebar.button("A sidebar button", { type: "primary" });

  const [left, right] = st.columns(2);
  left.button("Primary button", { type: "primary" });
  right.button("Secondary button");
  st.toggle("A toggle", { value: true });
  st.radio("A radio group", ["One", "Two", "Three"], { horizontal: true });
  st.textInput("A text field", { placeholder: "Type here" });
  st.code(`speed = ${speed}`, { language: "ts" });

  const data = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, sales: Math.round(40 + 30 * Math.sin(i / 2) + speed * i) }));
  st.lineChart(data, { x: "month", y: "sales" });
  if (st.sessionState.show) st.dataframe(data);

  st.header("st.context");
  const ctx = st.context;
  st.json({
    theme: ctx.theme?.type ?? "(not known)",
    locale: ctx.locale ?? "(not known)",
    timezone: ctx.timezone ?? "(sent by the browser with the next interaction)",
    timezoneOffset: ctx.timezoneOffset ?? null,
    url: ctx.url ?? "",
    userAgent: ctx.headers.get("user-agent") ?? "",
    cookies: Object.keys(ctx.cookies.toDict()),
  });
  st.caption(`Time zone: ${ctx.timezone ?? "unknown until your browser sends it"}`);
}
