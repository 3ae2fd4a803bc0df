// lazy: [data-sl-ms]
// The multiselect combobox (templates/elements/multiselect.tsx), after the ARIA APG combobox with a listbox popup:
// typing filters; ArrowDown/ArrowUp move the active option (aria-activedescendant); Enter, or Space when nothing
// is typed, toggles it; Escape closes the popup (then clears the text); Backspace in an empty field removes the last
// chip; each chip has a "Remove <option>" button. A toggle checks the hidden fallback checkbox and fires its change
// event, so htmx posts as for any control; the post carries the chips' order (Streamlit keeps selection order).
// The popup's open state, active option and filter are the browser's: a swap of the widget leaves them alone.
(() => {
  const widgetOf = (el) => el.closest?.("[data-sl-ms]");
  const input = (w) => w.querySelector("[role=combobox]");
  const list = (w) => w.querySelector("[role=listbox]");
  const options = (w) => [...w.querySelectorAll("[role=option]")];
  const usable = (o) => !o.hidden && o.getAttribute("aria-disabled") !== "true";
  const checkbox = (w, v) => w.querySelector(`.sl-ms-fallback input[type=checkbox][value="${v}"]`);

  function setOpen(w, open) {
    input(w).setAttribute("aria-expanded", String(open));
    list(w).hidden = !open;
    if (!open) setActive(w, null);
  }
  function setActive(w, opt) {
    for (const o of w.querySelectorAll("[role=option].sl-active")) o.classList.remove("sl-active");
    if (opt) {
      opt.classList.add("sl-active");
      input(w).setAttribute("aria-activedescendant", opt.id);
      opt.scrollIntoView({ block: "nearest" });
    } else input(w).removeAttribute("aria-activedescendant");
  }
  function move(w, step) {
    const all = options(w).filter((o) => !o.hidden);
    if (!all.length) return;
    const at = all.findIndex((o) => o.classList.contains("sl-active"));
    const next = at < 0 ? (step > 0 ? 0 : all.length - 1) : Math.min(all.length - 1, Math.max(0, at + step));
    setActive(w, all[next]);
  }
  function filter(w) {
    const q = input(w).value.trim().toLowerCase();
    for (const o of options(w)) o.hidden = q !== "" && !o.textContent.toLowerCase().includes(q);
    const active = w.querySelector("[role=option].sl-active");
    if (active?.hidden) setActive(w, null);
  }
  function limit(w) {
    const max = Number(w.dataset.max) || 0;
    const full = max > 0 && w.querySelectorAll(".sl-chip").length >= max;
    for (const o of options(w)) {
      if (full && o.getAttribute("aria-selected") !== "true") o.setAttribute("aria-disabled", "true");
      else o.removeAttribute("aria-disabled");
    }
  }
  function chip(w, v, text) {
    const li = document.createElement("li");
    li.className = "sl-chip";
    li.dataset.v = v;
    const label = document.createElement("span");
    label.textContent = text;
    const remove = document.createElement("button");
    remove.type = "button";
    remove.className = "sl-chip-remove";
    remove.dataset.v = v;
    remove.setAttribute("aria-label", `Remove ${text}`);
    remove.innerHTML = '<span aria-hidden="true">×</span>';
    li.append(label, remove);
    return li;
  }
  /** Selects or deselects option `v`, then posts (via the fallback checkbox's change event). */
  function toggle(w, v) {
    const opt = w.querySelector(`[role=option][data-v="${v}"]`);
    if (!opt) return;
    const on = opt.getAttribute("aria-selected") !== "true";
    if (on && opt.getAttribute("aria-disabled") === "true") return;
    opt.setAttribute("aria-selected", String(on));
    const chips = w.querySelector(".sl-ms-chips");
    if (on) chips.append(chip(w, v, opt.textContent));
    else chips.querySelector(`.sl-chip[data-v="${v}"]`)?.remove();
    const box = checkbox(w, v);
    if (box) {
      box.checked = on;
      limit(w);
      box.dispatchEvent(new Event("change", { bubbles: true }));
    }
  }

  document.addEventListener("keydown", (e) => {
    const w = widgetOf(e.target);
    if (!w || e.target !== input(w)) return;
    const open = input(w).getAttribute("aria-expanded") === "true";
    const active = w.querySelector("[role=option].sl-active");
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) setOpen(w, true);
      if (!e.altKey) move(w, e.key === "ArrowDown" ? 1 : -1);
    } else if ((e.key === "Enter" || (e.key === " " && input(w).value === "")) && open && active) {
      e.preventDefault(); // Enter would otherwise submit the form
      toggle(w, active.dataset.v);
    } else if (e.key === "Enter") {
      e.preventDefault();
      setOpen(w, true);
    } else if (e.key === "Escape") {
      if (open) setOpen(w, false);
      else input(w).value = "", filter(w);
      e.preventDefault();
    } else if (e.key === "Backspace" && input(w).value === "") {
      const last = [...w.querySelectorAll(".sl-chip")].pop();
      if (last) toggle(w, last.dataset.v);
    } else if (e.key === "Tab") setOpen(w, false);
  });
  document.addEventListener("input", (e) => {
    const w = widgetOf(e.target);
    if (!w || e.target !== input(w)) return;
    filter(w);
    setOpen(w, true);
    move(w, 0);
  });
  // The filter text is not a value: its change event must not post.
  document.addEventListener("change", (e) => widgetOf(e.target) && e.target.getAttribute("role") === "combobox" && e.stopPropagation(), true);
  document.addEventListener("mousedown", (e) => {
    const opt = e.target.closest?.("[data-sl-ms] [role=option]");
    if (opt) e.preventDefault(); // keep focus in the combobox
  });
  document.addEventListener("click", (e) => {
    const w = widgetOf(e.target);
    if (!w) return;
    const opt = e.target.closest("[role=option]");
    const remove = e.target.closest(".sl-chip-remove");
    if (opt && usable(opt)) {
      setActive(w, opt);
      toggle(w, opt.dataset.v);
    } else if (remove) {
      toggle(w, remove.dataset.v);
      input(w).focus(); // the chip and its button are gone
    } else if (e.target === input(w)) setOpen(w, input(w).getAttribute("aria-expanded") !== "true");
  });
  document.addEventListener("focusout", (e) => {
    const w = widgetOf(e.target);
    if (w && !w.contains(e.relatedTarget)) setOpen(w, false);
  });
  // A post carries each multiselect's options in chip order (the checkboxes would give option order).
  document.addEventListener("htmx:config:request", (e) => {
    const body = e.detail.ctx.request.body;
    if (!body?.append) return;
    for (const w of document.querySelectorAll("#sl-form [data-sl-ms]")) {
      const name = w.dataset.slMs;
      if (!body.has(name)) continue; // disabled
      body.delete(name);
      body.append(name, "");
      for (const c of w.querySelectorAll(".sl-chip")) body.append(name, c.dataset.v);
    }
  });
  // A swap of the widget (its value changed) keeps the popup as the user has it.
  const keep = new Set(["aria-expanded", "aria-activedescendant", "hidden", "class"]);
  htmx.registerExtension("sl-multiselect", {
    htmx_before_morph_attr: (elt, d) => !(keep.has(d.attrName) && widgetOf(elt) && (elt.matches("[role=combobox], [role=listbox], [role=option]"))),
  });
})();
