// sluice glue: errors the user must hear about.
// - A widget that refused a value shows "Error: …" inline (server-rendered); the live region says it once, politely.
// - A rerun post the server refused (4xx/5xx: not a widget value, e.g. a cross-site check or a body too large)
//   shows a visible, announced message with a way on (reload), instead of silence.
(() => {
  const spoken = new Map(); // error message element id → text already announced
  let pending = false;
  const announce = () => {
    pending = false;
    const seen = new Map();
    const say = [];
    for (const el of document.querySelectorAll("#sl-form .sl-error-message[id]")) {
      const text = el.textContent.replace(/\s+/g, " ").trim();
      seen.set(el.id, text);
      if (spoken.get(el.id) !== text) say.push(text); // new or changed: said once
    }
    spoken.clear();
    for (const [k, v] of seen) spoken.set(k, v);
    const status = document.getElementById("sl-status");
    if (say.length && status) status.textContent = say.join(" ");
  };
  const watch = () => {
    const form = document.getElementById("sl-form");
    if (!form) return;
    // Errors already on the page at load are in the error summary (no JavaScript path) or were spoken before.
    for (const el of form.querySelectorAll(".sl-error-message[id]")) spoken.set(el.id, el.textContent.replace(/\s+/g, " ").trim());
    new MutationObserver(() => {
      if (pending) return;
      pending = true;
      setTimeout(announce, 50); // after the swap and after the run's own status text
    }).observe(form, { childList: true, subtree: true, characterData: true });
  };

  const showRequestError = (status, text) => {
    let box = document.getElementById("sl-request-error");
    if (!box) {
      box = document.createElement("div");
      box.id = "sl-request-error";
      box.className = "sl-request-error";
      box.setAttribute("role", "alert");
      document.body.prepend(box);
    }
    box.replaceChildren();
    const p = document.createElement("p");
    const strong = document.createElement("strong");
    strong.textContent = status >= 500 ? "Something went wrong. " : "Your last change could not be used. ";
    p.append(strong, (text || "").slice(0, 300));
    const again = document.createElement("button");
    again.type = "button";
    again.className = "sl-button sl-secondary";
    again.textContent = "Reload the page";
    again.addEventListener("click", () => location.reload());
    box.append(p, again);
  };

  document.addEventListener("DOMContentLoaded", watch);
  document.addEventListener("htmx:response:error", (e) => {
    const ctx = e.detail.ctx;
    const status = ctx.response?.status ?? 0;
    if (status === 410) return; // the session is gone: the page reloads or recovers on its own
    const type = ctx.response?.headers?.get?.("content-type") ?? "";
    showRequestError(status, type.startsWith("text/plain") ? ctx.text : "");
  });
})();
