// sluice glue: widget identity. A widget's controls have ids derived from its widget id (templates/node.tsx), so a
// morph only ever matches a control with the same widget's control. This file makes the browser show what the
// server holds:
// - after a morph, a control shows the value the server rendered, unless the user has an edit the server has not
//   seen: the server's value did not change (and is not a refusal of what this tab sent), or it is exactly what this
//   tab posted (the user may have gone on typing since); a value the app set through session state always wins;
// - focus, caret and typed text follow a widget whose controls were re-created at another place in the same message;
// - the two thumbs of a range slider cannot cross.
(() => {
  const CONTROL = "input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=file]), select, textarea";
  const toggled = (el) => el.type === "checkbox" || el.type === "radio";
  /** A control's state as a string: what the user sees now. */
  const live = (el) =>
    toggled(el) ? (el.checked ? "1" : "0") : el.tagName === "SELECT" ? [...el.selectedOptions].map((o) => o.value).join("\n") : el.value;
  /** The same for what the server rendered (attributes), also for a node of a not yet swapped fragment. */
  const rendered = (el) => {
    if (toggled(el)) return el.hasAttribute("checked") ? "1" : "0";
    if (el.tagName === "TEXTAREA") return el.textContent;
    if (el.tagName !== "SELECT") return el.getAttribute("value") ?? "";
    let picked = [...el.querySelectorAll("option")].filter((o) => o.hasAttribute("selected"));
    if (!picked.length && !el.multiple) picked = [...el.querySelectorAll("option")].slice(0, 1);
    return picked.map((o) => o.getAttribute("value") ?? o.textContent).join("\n");
  };
  const setLive = (el, state) => {
    if (live(el) === state) return;
    if (toggled(el)) el.checked = state === "1";
    else if (el.tagName === "SELECT") {
      const values = state.split("\n");
      for (const o of el.options) o.selected = values.includes(o.value);
    } else el.value = state;
  };
  // Shared with later glue files (bundled after this one): 60-forms.js restores a form's unsubmitted typing.
  globalThis.sluiceControls = { CONTROL, live, rendered, setLive };
  /**
   * Control id → its state when this tab last posted the form (every post carries every value), and every state it
   * posted since all its posts were last answered: an answer to an older post in flight (a slider moved fast)
   * shows a value the user already left, which is not the server correcting it.
   */
  let posted = { last: new Map(), all: new Map() };
  /**
   * What the server had been sent when it rendered the message being applied: the posts' values for a message on
   * a post's response, nothing for one on the tab's stream (a run the server started; it answered the posts).
   * Taken when the message starts, so a post made while it is applied (a blur's change) counts for later ones.
   */
  let seen = posted;
  const none = { last: new Map(), all: new Map() };
  /**
   * Whether the user's state `now` stays, for a control whose rendered state went from `before` to `after`: it
   * is the server's, or the server took a value this tab sent and the user went on, or the server's value did not
   * move and the user changed the control since (an edit the server has not seen yet). Otherwise the server's
   * wins: its value moved (clamped, sorted, set by the app), or it refused exactly what was sent.
   */
  const keepUsers = (id, sent, now, before, after) =>
    now === after || !!sent.all.get(id)?.has(after) || (after === before && now !== sent.last.get(id));

  let morphed = [];
  const settle = () => {
    const list = morphed;
    morphed = [];
    for (const { el, set, sent, before, after } of list) {
      if (!el.isConnected || (!set && keepUsers(el.id, sent, live(el), before, after))) continue;
      setLive(el, after);
      // The control now shows the server's state, not the user's: what the tab posted for it is settled, so a later
      // message of the same answer (a recovered session's rerun after its refresh) is not taken for a user's edit.
      sent.all.delete(el.id);
      sent.last.delete(el.id);
    }
  };
  // Before an element's wrapper is morphed, note each control it keeps (same id, so the same widget's) with its
  // rendered state before and after. Taken at the wrapper: htmx does not descend into a subtree whose attributes
  // are all unchanged, and a control's live state may differ from its unchanged attributes.
  const note = (el, next, set) => {
    if (!morphed.length) queueMicrotask(settle);
    morphed.push({ el, set, sent: seen, before: rendered(el), after: rendered(next) });
  };
  htmx.registerExtension("sluice-identity", {
    htmx_before_morph_node: (elt, { newNode }) => {
      if (!(elt instanceof Element) || !(newNode instanceof Element)) return;
      if (elt.classList.contains("sl-el")) {
        const set = newNode.hasAttribute("data-set"); // the app set the value through session state: it wins
        for (const el of elt.querySelectorAll(CONTROL)) {
          const next = el.id && newNode.querySelector("#" + CSS.escape(el.id));
          if (next) note(el, next, set);
        }
      } else if (elt.id && elt.id === newNode.id && elt.matches(CONTROL) && !morphed.some((m) => m.el === elt)) {
        // A control a full refresh moved here from another place (htmx matches it by id across the root).
        note(elt, newNode, newNode.closest("[data-set]") !== null);
      }
    },
  });

  let lastPost = null;
  document.addEventListener("htmx:config:request", (e) => {
    const body = e.detail.ctx.request.body;
    if (typeof body?.has !== "function" || !body.has("_sluice_session")) return;
    lastPost = e.detail.ctx;
    const last = new Map();
    const all = new Map();
    for (const el of document.getElementById("sl-form")?.querySelectorAll(CONTROL) ?? []) {
      if (!el.id) continue;
      last.set(el.id, live(el));
      all.set(el.id, new Set(posted.all.get(el.id)).add(live(el)));
    }
    posted = { last, all };
  });
  // The newest post's answer is complete (its stream ended): every older post has been answered too.
  document.addEventListener("htmx:finally:request", (e) => {
    if (e.detail.ctx !== lastPost) return;
    posted = { last: posted.last, all: new Map([...posted.last].map(([id, s]) => [id, new Set([s])])) };
  });

  // Focus follows the widget: when the focused control was removed and the same widget's control is now elsewhere.
  let focus = null;
  let swapping = false;
  document.addEventListener("htmx:sse:before:message", (e) => {
    if (e.detail.cancelled) return;
    seen = e.target?.id === "sl-form" ? posted : none;
    const el = document.activeElement;
    focus = null;
    swapping = true;
    setTimeout(() => (swapping = false)); // also if the swap fails and no after:message comes
    if (!el?.id || !el.matches?.(CONTROL)) return;
    let sel = null;
    try {
      sel = el.selectionStart == null ? null : [el.selectionStart, el.selectionEnd, el.selectionDirection];
    } catch {}
    focus = { el, id: el.id, sent: seen, now: live(el), before: rendered(el), sel };
  });
  // The focused control removed by a swap gets a blur, and a change when it was edited: that is not the user
  // committing the edit, so it posts nothing; the edit goes on in the widget's new control.
  document.addEventListener("change", (e) => swapping && e.target === focus?.el && e.stopImmediatePropagation(), true);
  document.addEventListener("htmx:sse:after:message", () => {
    swapping = false;
    settle();
    const f = focus;
    focus = null;
    // (Even when other glue already moved focus to a neighbour: the same widget is the better place.)
    if (!f || f.el.isConnected) return;
    const el = document.getElementById(f.id);
    if (!el?.matches(CONTROL)) return;
    const users = !el.closest("[data-set]") && keepUsers(f.id, f.sent, f.now, f.before, rendered(el));
    el.focus({ preventScroll: true });
    if (!users) return;
    setLive(el, f.now); // after focusing, so leaving the control still commits the edit (a change event)
    if (f.sel) {
      try {
        el.setSelectionRange(...f.sel);
      } catch {}
    }
  });

  // A range slider's two thumbs cannot cross: a thumb stops at the other one.
  document.addEventListener("input", (e) => {
    const el = e.target;
    if (!(el instanceof HTMLInputElement) || el.type !== "range") return;
    const pair = el.closest(".sl-range")?.querySelectorAll("input[type=range]");
    if (pair?.length !== 2) return;
    const [lo, hi] = pair;
    if (Number(lo.value) > Number(hi.value)) el.value = el === lo ? hi.value : lo.value;
  });
})();
