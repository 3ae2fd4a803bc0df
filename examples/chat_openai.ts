// A chat app over any OpenAI-compatible endpoint (OpenAI, a local llama.cpp or Ollama server, …), streaming each
// reply with fetch and the endpoint's server-sent events: no SDK. Configured by environment variables:
//   OPENAI_BASE_URL (default https://api.openai.com/v1), OPENAI_API_KEY, OPENAI_MODEL (default gpt-4o-mini).
// Without OPENAI_API_KEY or OPENAI_BASE_URL it says so and keeps the chat input disabled.
import type { St } from "../src/index.ts";

interface Message {
  role: "user" | "assistant";
  content: string;
}

const env = (name: string): string | undefined => (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env[name];

/** The reply's text as it streams: the `delta.content` of each `data:` event, until `[DONE]`. */
async function* complete(messages: Message[]): AsyncGenerator<string> {
  const base = (env("OPENAI_BASE_URL") ?? "https://api.openai.com/v1").replace(/\/$/, "");
  const response = await fetch(`${base}/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${env("OPENAI_API_KEY") ?? ""}` },
    body: JSON.stringify({ model: env("OPENAI_MODEL") ?? "gpt-4o-mini", messages, stream: true }),
  });
  if (!response.ok || !response.body) throw new Error(`The model endpoint answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, end).trim();
        buffer = buffer.slice(end + 1);
        if (!line.startsWith("data:")) continue;
        const data = line.slice(5).trim();
        if (data === "[DONE]") return;
        const text = JSON.parse(data).choices?.[0]?.delta?.content;
        if (typeof text === "string" && text) yield text;
      }
    }
  } finally {
    await reader.cancel().catch(() => {}); // the user sent another message (the run was interrupted): stop the reply
  }
}

export default async function chatOpenAI(st: St) {
  st.title("Chat");
  const configured = !!(env("OPENAI_API_KEY") || env("OPENAI_BASE_URL"));
  if (!configured) {
    st.info("No model is configured. Set OPENAI_API_KEY (and OPENAI_BASE_URL for another OpenAI-compatible server, OPENAI_MODEL for the model), then restart the app.");
  }
  st.sessionState.history ??= [] as Message[];
  const history: Message[] = st.sessionState.history;
  for (const m of history) st.chatMessage(m.role).markdown(m.content);

  const prompt = st.chatInput("Ask the model", { disabled: !configured });
  if (prompt) {
    history.push({ role: "user", content: prompt });
    st.chatMessage("user").markdown(prompt);
    const reply = await st.chatMessage("assistant").writeStream(() => complete(history));
    history.push({ role: "assistant", content: reply });
  }
}
