// lazy: [data-sl-chat], .sl-chat-message
// sluice glue: the chat input and chat messages (st.chatInput, st.chatMessage, st.writeStream).
// - Enter sends (the Send button submits the form: htmx posts it), Shift+Enter makes a new line.
// - Once a message is on its way the field is emptied and keeps the focus; typing alone posts nothing (a draft).
// - A reply is read out once, when it is complete (the live region #sl-status), never token by token.
// - The page keeps room below its content for the bar the chat input is pinned in (--sl-bottom-h).
(() => {
  const SEND = "send"; // the Send button's value (src/elements/chat_input.ts CHAT_SEND)
  const isChat = (el) => el instanceof HTMLTextAreaElement && el.hasAttribute("data-sl-chat");
  const sendOf = (ta) => ta.closest(".sl-chat-input")?.querySelector(".sl-chat-send");

  document.addEventListener("keydown", (e) => {
    if (!isChat(e.target) || e.key !== "Enter" || e.shiftKey || e.isComposing || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const send = sendOf(e.target);
    if (e.target.value.trim() !== "" && send && !send.disabled) e.target.form?.requestSubmit(send);
  });
  // The field's change event would post the page (htmx's "change" trigger): a draft is not a message.
  document.addEventListener("change", (e) => isChat(e.target) && e.stopPropagation(), true);
  // The post carries the text: empty the field now, and keep (or bring back) the focus in it. If the post fails, the
  // text comes back (when the field is still empty), so the retry (50-connection.js) sends it and nothing is lost.
  let sent = null; // { ta, text, ctx }
  document.addEventListener("htmx:config:request", (e) => {
    const body = e.detail.ctx.request.body;
    if (typeof body?.getAll !== "function") return;
    for (const ta of document.querySelectorAll("#sl-form textarea[data-sl-chat]")) {
      const values = body.getAll(ta.name);
      if (values.length < 2 || values[values.length - 1] !== SEND) continue;
      const refocus = document.activeElement === sendOf(ta);
      sent = { ta, text: ta.value, ctx: e.detail.ctx };
      ta.value = "";
      if (refocus) ta.focus();
    }
  });
  const settle = (ctx, ok) => {
    if (!sent || sent.ctx !== ctx) return;
    if (!ok && sent.ta.isConnected && sent.ta.value === "") sent.ta.value = sent.text;
    sent = null;
  };
  document.addEventListener("htmx:error", (e) => settle(e.detail.ctx, false));
  document.addEventListener("htmx:before:response", (e) => settle(e.detail.ctx, e.detail.ctx.response?.ok === true));

  // Replies read out once, complete: a new message (not the user's own), or a streamed one when its stream ends.
  const heard = new WeakSet();
  const speak = () => {
    const say = [];
    for (const m of document.querySelectorAll("#sl-form .sl-chat-message")) {
      if (m.querySelector(".sl-streaming")) {
        heard.delete(m);
        continue;
      }
      if (heard.has(m)) continue;
      heard.add(m);
      if (m.classList.contains("sl-chat-user")) continue;
      const text = (m.querySelector(".sl-chat-content")?.textContent ?? "").replace(/\s+/g, " ").trim();
      if (text) say.push(`${m.getAttribute("aria-label")}: ${text.slice(0, 2000)}`);
    }
    const status = document.getElementById("sl-status");
    if (say.length && status) status.textContent = say.join(" ");
  };
  let pending = false;
  const init = () => {
    const form = document.getElementById("sl-form");
    if (!form) return;
    for (const m of form.querySelectorAll(".sl-chat-message")) if (!m.querySelector(".sl-streaming")) heard.add(m); // already there
    new MutationObserver(() => {
      if (pending) return;
      pending = true;
      setTimeout(() => {
        pending = false;
        speak();
      }, 60); // after the swap and the run's own status text
    }).observe(form, { childList: true, subtree: true });
    const bottom = document.getElementById("sl-3");
    if (bottom && typeof ResizeObserver === "function") {
      new ResizeObserver(() => document.documentElement.style.setProperty("--sl-bottom-h", bottom.offsetHeight + "px")).observe(bottom);
    }
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
