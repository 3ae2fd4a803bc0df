/** @jsxRuntime automatic */ /** @jsxImportSource hono/jsx */
// st.chatInput → a labelled <textarea> and a Send submit button that share the widget's name: the post carries the
// text, then "send" when it was sent (src/elements/chat_input.ts). Enter sends and Shift+Enter makes a new line
// (static/glue/60-chat.js); without scripts, a one-line field in <noscript> takes its place (Enter submits the page's
// form) and Send submits it too.
import type { sluice } from "../../src/gen/proto.js";
import { CHAT_SEND, sentText } from "../../src/elements/chat_input.ts";
import { describedBy, FieldError, Help, inputId, invalid, widgetClass } from "../parts.tsx";

/** The textarea's id. The control a no-JS page returns to (and its error summary links to) is the one-line field,
 * which has the usual inputId: it is what a page without JavaScript shows. */
const textareaId = (id: string) => id + "-text";

export default function ChatInput({ el, id }: { el: sluice.IChatInput; id: string }) {
  const bottom = (el.position ?? 0) === 0;
  const refused = sentText(el.error?.entered ?? []) ?? el.error?.entered?.[0] ?? ""; // a refused message, to shorten
  return (
    // Pinned, it is outside the main landmark: a region of its own, so nothing on the page is outside a landmark.
    <div class={widgetClass("sl-widget sl-chat-input" + (bottom ? " sl-chat-bottom" : ""), el.error)} role={bottom ? "region" : undefined} aria-label={bottom ? "Chat input" : undefined}>
      <label class="sl-visually-hidden" for={textareaId(id)} id={id + "-label"}>
        {el.placeholder}
      </label>
      <FieldError id={id} error={el.error} />
      <div class="sl-chat-row">
        <textarea
          id={textareaId(id)}
          name={el.id ?? ""}
          rows={1}
          placeholder={el.placeholder || undefined}
          maxlength={el.maxChars || undefined}
          disabled={el.disabled || undefined}
          data-sl-chat=""
          aria-invalid={invalid(el.error)}
          aria-describedby={describedBy(id, el.help, el.error)}
        >
          {refused}
        </textarea>
        {/* Without JavaScript a textarea cannot send on Enter: a one-line field can (the textarea is hidden then). */}
        <noscript>
          <label class="sl-visually-hidden" for={inputId(id)}>
            {el.placeholder}
          </label>
          <input
            id={inputId(id)}
            type="text"
            class="sl-chat-nojs"
            name={el.id ?? ""}
            value={refused}
            placeholder={el.placeholder || undefined}
            maxlength={el.maxChars || undefined}
            disabled={el.disabled || undefined}
            aria-invalid={invalid(el.error)}
            aria-describedby={describedBy(id, el.help, el.error)}
          />
        </noscript>
        <button type="submit" class="sl-button sl-primary sl-chat-send" name={el.id ?? ""} value={CHAT_SEND} disabled={el.disabled || undefined}>
          Send
        </button>
      </div>
      <Help id={id} help={el.help} />
    </div>
  );
}
