// A chat app with an echo "model" that streams its reply word by word: the history lives in session state, the
// chat input is pinned to the bottom, and each reply streams in (only the new words travel) and ends as Markdown.
import type { St } from "../src/index.ts";

interface Message {
  role: "user" | "assistant";
  content: string;
}

/** The "model": repeats the prompt back, one word every few milliseconds. */
async function* echo(prompt: string, delayMs = 40): AsyncGenerator<string> {
  const words = `You said: **${prompt}**. Echo is a very small model.`.split(" ");
  for (let i = 0; i < words.length; i++) {
    await new Promise((r) => setTimeout(r, delayMs));
    yield (i ? " " : "") + words[i];
  }
}

export default async function chat(st: St) {
  st.title("Echo chat");
  st.caption("Type a message: the echo model streams it back.");
  st.sessionState.history ??= [] as Message[];
  const history: Message[] = st.sessionState.history;
  for (const m of history) st.chatMessage(m.role).markdown(m.content);

  const prompt = st.chatInput("Say something", { maxChars: 2000 });
  if (prompt) {
    st.chatMessage("user").markdown(prompt);
    const reply = await st.chatMessage("assistant").writeStream(echo(prompt));
    history.push({ role: "user", content: prompt }, { role: "assistant", content: reply });
  }
}
