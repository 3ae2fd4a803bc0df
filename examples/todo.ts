// Keyed widgets whose positions move: an optional warning above two selectboxes, and a to-do list whose rows can
// be deleted. A fixture for widget identity: every widget keeps its own value wherever it ends up on the page.
import type { St } from "../src/index.ts";

interface Task {
  id: number;
  text: string;
}

const FIRST_TASKS: Task[] = [
  { id: 1, text: "Buy milk" },
  { id: 2, text: "Water the plants" },
  { id: 3, text: "Call the bank" },
  { id: 4, text: "Book the dentist" },
];

export default function todo(st: St) {
  st.title("To-do list");
  st.sessionState.tasks ??= FIRST_TASKS.map((t) => ({ ...t }));
  st.sessionState.nextId ??= FIRST_TASKS.length + 1;

  if (st.toggle("Show a warning", { key: "warn" })) st.warning("Deleted tasks cannot be restored.");
  const fruit = st.selectbox("Fruit", ["apple", "banana", "cherry"], { key: "fruit" });
  const colour = st.selectbox("Colour", ["red", "green", "blue"], { key: "colour" });
  st.write(`Picked: ${fruit}, ${colour}`);

  st.header("Tasks");
  const tasks: Task[] = st.sessionState.tasks;
  const done: string[] = [];
  for (const task of tasks) {
    const [left, right] = st.columns([4, 1]);
    if (left.checkbox(task.text, { key: `done-${task.id}` })) done.push(task.text);
    right.button(`Delete “${task.text}”`, { key: `delete-${task.id}`, onClick: () => remove(st, task.id) });
  }
  if (tasks.length === 0) st.caption("Nothing left to do.");

  st.textInput("New task", { key: "newTask", placeholder: "Write a task, then press Add" });
  st.button("Add", { onClick: () => add(st) });
  st.write(`Done: ${done.join(", ") || "none"}`);
}

function remove(st: St, id: number) {
  st.sessionState.tasks = (st.sessionState.tasks as Task[]).filter((t) => t.id !== id);
}

function add(st: St) {
  const text = String(st.sessionState.newTask ?? "").trim();
  if (!text) return;
  st.sessionState.tasks = [...st.sessionState.tasks, { id: st.sessionState.nextId++, text }];
  st.sessionState.newTask = "";
}
