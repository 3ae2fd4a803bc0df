/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.chatMessage → an <article> named after its author, with a decorative avatar. Screen readers can move from
// message to message (articles), and the glue (static/glue/60-chat.js) reads out a reply once it is complete.
import type { Child } from "hono/jsx";
import type { sluice } from "../../src/gen/proto.js";

/** Streamlit's presets: "user"/"human" and "assistant"/"ai". */
const PRESETS: Record<string, string> = { user: "🧑", human: "🧑", assistant: "🤖", ai: "🤖" };

export default function ChatMessage({ block, slot, children }: { block: sluice.Block.IChatMessage; slot: string; children?: Child }) {
  const name = block.name ?? "";
  const role = name.toLowerCase();
  const kind = role === "human" ? "user" : role === "ai" ? "assistant" : role;
  const avatar = block.avatar || PRESETS[role] || [...name.trim()][0]?.toUpperCase() || "?";
  const image = /^(https?:|\/|data:image\/)/i.test(avatar);
  return (
    <article class={"sl-chat-message sl-chat-" + (kind === "user" || kind === "assistant" ? kind : "other")} aria-label={name} data-name={name}>
      <span class="sl-chat-avatar" aria-hidden="true">
        {image ? <img src={avatar} alt="" width={32} height={32} /> : avatar}
      </span>
      <div class="sl-chat-content" id={slot}>
        {children}
      </div>
    </article>
  );
}
