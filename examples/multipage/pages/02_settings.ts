// A form page: what it saves in session state is still there on the other pages and when you come back.
import type { St } from "../../../src/index.ts";

export default function settings(st: St) {
  st.setPageConfig({ pageTitle: "Settings · Multipage demo", pageIcon: "⚙️" });
  st.title("Settings");
  const form = st.form("profile");
  const name = form.textInput("Your name", { value: (st.sessionState.name as string | undefined) ?? "" });
  const theme = form.selectbox("Favourite colour", ["Blue", "Green", "Orange"], { index: 0 });
  if (form.formSubmitButton("Save")) {
    st.sessionState.name = name;
    st.sessionState.colour = theme;
  }
  if (st.sessionState.name) st.success(`Saved: ${st.sessionState.name} likes ${st.sessionState.colour ?? "Blue"}.`);
  if (st.button("Back to the dashboard")) st.switchPage("pages/01_dashboard.ts");
}
