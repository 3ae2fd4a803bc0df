// st.form: a sign-up form whose fields reach the app together when its button is pressed (checked, with a
// validation message), and a quick-note form that clears itself after each submit. The plan picker is outside
// both forms: changing it reruns the app at once and leaves what is typed in the forms alone.
import type { St } from "../src/index.ts";

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export default function forms(st: St) {
  st.title("Forms");
  st.markdown("Fields in a form send nothing until you press its button (or Enter in one of its fields); then they all arrive in one rerun.");
  const plan = st.radio("Plan", ["Free", "Team"], { horizontal: true });

  const signup = st.form("Sign up");
  const name = signup.textInput("Name", { key: "name", maxChars: 60, autocomplete: "name" });
  const email = signup.textInput("Email", { key: "email", autocomplete: "email", help: plan === "Team" ? "Use your work address" : "We never share it" });
  const seats = signup.numberInput("Seats", { minValue: 1, maxValue: 50, value: 1 });
  const terms = signup.checkbox("I accept the terms");
  if (signup.formSubmitButton("Create account", { type: "primary" })) {
    const problems: string[] = [];
    if (!name.trim()) problems.push("enter your name");
    if (!EMAIL.test(email)) problems.push("enter an email address like name@example.com");
    if (!terms) problems.push("accept the terms");
    if (problems.length) st.error(`There is a problem: ${problems.join("; ")}.`);
    else st.success(`Welcome, ${name}! ${seats} seat${seats === 1 ? "" : "s"} on the ${plan} plan; we wrote to ${email}.`);
  }

  st.sessionState.notes ??= [];
  const quick = st.form("Quick note", { clearOnSubmit: true });
  const note = quick.textInput("Note", { placeholder: "Buy milk" });
  if (quick.formSubmitButton("Add note") && note.trim()) st.sessionState.notes = [...st.sessionState.notes, note.trim()];
  const notes: string[] = st.sessionState.notes;
  st.markdown(notes.length ? notes.map((n) => `- ${n}`).join("\n") : "_No notes yet._");
}
