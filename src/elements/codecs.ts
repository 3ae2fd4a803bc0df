// Value codecs for widgets: how a value travels as form fields and as a WidgetState, with validation of what the
// widget can take. Each throws FieldValueError with a message for the user that names the widget (GOV.UK style).
import type { sluice } from "../gen/proto.js";
import { FieldValueError, SluiceAPIError } from "../util/errors.ts";
import { KEEP, type WidgetDef } from "../script/widget.ts";

type Codec<V> = Pick<WidgetDef<V>, "fromForm" | "fromState" | "toState" | "equals" | "fromPublic" | "hint">;

/** A value the app assigned through st.sessionState that the widget cannot hold. */
const badAssignment = (label: string, v: unknown, expected: string) =>
  new SluiceAPIError(`st.sessionState value ${JSON.stringify(v)} for the widget "${label}" must be ${expected}.`);

/** `what` completes a sentence that starts with the label, or (`own`) stands alone. */
const bad = (label: string, what: string, own = false) => new FieldValueError(own ? what : `${label} ${what}`);

const finite = (label: string, s: string): number => {
  const n = Number(s);
  if (s.trim() === "" || !Number.isFinite(n)) throw bad(label, "must be a number");
  return n;
};

/** "between 0 and 100", "100 or less", "0 or more", or "" without bounds. */
const range = (min: number | undefined, max: number | undefined) =>
  min !== undefined && max !== undefined ? `between ${min} and ${max}` : max !== undefined ? `${max} or less` : min !== undefined ? `${min} or more` : "";

/** The hint stating a number's limits: "A whole number between 0 and 100". */
const numberHint = (min: number | undefined, max: number | undefined, integer: boolean) =>
  `${integer ? "A whole number" : "A number"}${min !== undefined || max !== undefined ? " " + range(min, max) : ""}`;

/** `x` moved onto the nearest step from `min` (float noise rounded off), kept within `max`. */
export function snapToStep(x: number, min: number, max: number, step: number): number {
  const decimals = Math.min(12, Math.max(decimalsOf(step), decimalsOf(min)));
  let snapped = Number((min + Math.round((x - min) / step) * step).toFixed(decimals));
  if (snapped > max) snapped = Number((min + Math.floor((max - min) / step) * step).toFixed(decimals));
  return snapped;
}
const decimalsOf = (n: number) => {
  const [m, e] = String(n).split("e");
  return Math.max(0, (m!.split(".")[1]?.length ?? 0) - Number(e ?? 0));
};

const lastOf = (values: string[]) => values[values.length - 1];

export const arrayEquals = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** A button press: present means pressed. */
export const triggerCodec = (label: string): Codec<boolean> => ({
  fromForm: () => true,
  fromState: (s) => {
    if (typeof s.triggerValue !== "boolean") throw bad(label, "expected a trigger value");
    return s.triggerValue;
  },
  toState: (v) => ({ triggerValue: v }),
  equals: (a, b) => a === b,
});

/** Checkbox and toggle: a hidden "0" then the box's "1" when checked; the last one wins. */
export const boolCodec = (label: string): Codec<boolean> => ({
  fromForm: (values) => {
    const v = lastOf(values);
    if (v !== "0" && v !== "1") throw bad(label, "must be checked or unchecked");
    return v === "1";
  },
  fromState: (s) => {
    if (typeof s.boolValue !== "boolean") throw bad(label, "expected a boolean");
    return s.boolValue;
  },
  toState: (v) => ({ boolValue: v }),
  equals: (a, b) => a === b,
  fromPublic: (v) => {
    if (typeof v !== "boolean") throw badAssignment(label, v, "true or false");
    return v;
  },
});

/** An option index (radio, selectbox), or null for none: "" means none, or "no change" when `allowNone` is false. */
export const indexCodec = (label: string, count: number, allowNone: boolean): Codec<number | null> => {
  const check = (i: number) => {
    if (!Number.isInteger(i) || i < 0 || i >= count) throw bad(label, `Select one of the options for ${label} (option ${i} is out of range)`, true);
    return i;
  };
  return {
    fromForm: (values) => {
      const v = lastOf(values) ?? "";
      if (v === "") {
        return allowNone ? null : KEEP; // a widget with a default cannot be posted back to none
      }
      return check(finite(label, v));
    },
    fromState: (s) => {
      if (s.intValue == null) {
        if (s.value === undefined) return null; // the app may set none through st.sessionState
        throw bad(label, "expected an option index");
      }
      return check(Number(s.intValue));
    },
    toState: (v) => (v === null ? {} : { intValue: v }),
    equals: (a, b) => a === b,
  };
};

/** Several option indices (multiselect). */
export const indicesCodec = (label: string, count: number, max: number): Codec<number[]> => {
  const check = (xs: number[]) => {
    for (const i of xs) if (!Number.isInteger(i) || i < 0 || i >= count) throw bad(label, `Select only the options listed for ${label} (option ${i} is out of range)`, true);
    if (new Set(xs).size !== xs.length) throw bad(label, `Select each option for ${label} once`, true);
    if (max > 0 && xs.length > max) throw bad(label, `Select at most ${max} options for ${label}`, true);
    return xs;
  };
  return {
    fromForm: (values) => check(values.filter((v) => v !== "").map((v) => finite(label, v))),
    fromState: (s) => {
      if (!s.intArrayValue) throw bad(label, "expected a list of option indices");
      return check((s.intArrayValue.data ?? []).map(Number));
    },
    toState: (v) => ({ intArrayValue: { data: v } }),
    equals: arrayEquals,
    hint: max > 0 ? `Select up to ${max} options` : undefined,
  };
};

/**
 * Slider values: one or two numbers within [min, max], integers for an int slider. A posted value off the step is
 * moved onto the nearest step (a range input cannot send one; a crafted post can).
 */
export const numbersCodec = (label: string, n: number, min: number, max: number, integer: boolean, step?: number): Codec<number[]> => {
  const check = (xs: number[]) => {
    if (xs.length !== n) throw bad(label, `takes ${n} value${n > 1 ? "s" : ""}, not ${xs.length}`);
    for (const x of xs) {
      if (!Number.isFinite(x)) throw bad(label, "must be a number");
      if (x < min || x > max) throw bad(label, `must be ${range(min, max)} (not ${x})`);
      if (integer && !Number.isInteger(x)) throw bad(label, `must be a whole number (not ${x})`);
    }
    return n === 2 && xs[0]! > xs[1]! ? [xs[1]!, xs[0]!] : xs;
  };
  const snap = (x: number) => (step && step > 0 && x >= min && x <= max ? snapToStep(x, min, max, step) : x);
  return {
    hint: numberHint(min, max, integer),
    fromForm: (values) => check(values.map((v) => snap(finite(label, v)))),
    fromState: (s) => {
      if (!s.doubleArrayValue) throw bad(label, "expected a list of numbers");
      return check([...(s.doubleArrayValue.data ?? [])]);
    },
    toState: (v) => ({ doubleArrayValue: { data: v } }),
    equals: arrayEquals,
  };
};

/** Text, at most maxChars long (0 = no limit). */
export const stringCodec = (label: string, maxChars: number): Codec<string> => {
  const check = (v: string) => {
    if (maxChars > 0 && [...v].length > maxChars) throw bad(label, `must be ${maxChars} characters or fewer`);
    return v;
  };
  return {
    hint: maxChars > 0 ? `Up to ${maxChars} characters` : undefined,
    fromForm: (values) => check(lastOf(values) ?? ""),
    fromState: (s) => {
      if (typeof s.stringValue !== "string") throw bad(label, "expected text");
      return check(s.stringValue);
    },
    toState: (v) => ({ stringValue: v }),
    equals: (a, b) => a === b,
    fromPublic: (v) => {
      if (typeof v !== "string") throw badAssignment(label, v, "a string");
      return v;
    },
  };
};

/** A number input: "" is empty (null), else within bounds; int inputs take whole numbers. */
export const numberCodec = (
  label: string,
  min: number | undefined,
  max: number | undefined,
  integer: boolean,
): Codec<number | null> => {
  const check = (x: number) => {
    if (!Number.isFinite(x)) throw bad(label, "must be a number");
    if ((min !== undefined && x < min) || (max !== undefined && x > max)) throw bad(label, `must be ${range(min, max)}`);
    if (integer && !Number.isInteger(x)) throw bad(label, "must be a whole number");
    return x;
  };
  return {
    hint: numberHint(min, max, integer),
    fromForm: (values) => {
      const v = (lastOf(values) ?? "").trim();
      return v === "" ? null : check(finite(label, v));
    },
    fromState: (s) => {
      if (s.doubleValue != null) return check(s.doubleValue);
      if (s.intValue != null) return check(Number(s.intValue));
      if (s.value === undefined) return null;
      throw bad(label, "expected a number");
    },
    toState: (v) => (v === null ? {} : integer ? { intValue: v } : { doubleValue: v }),
    equals: (a, b) => a === b,
    fromPublic: (v) => {
      if (v === null) return null;
      if (typeof v !== "number" || !Number.isFinite(v)) throw badAssignment(label, v, "a number or null");
      try {
        return check(v);
      } catch (e) {
        throw badAssignment(label, v, (e as Error).message.slice(label.length + 1).replace(/^must be /, ""));
      }
    },
  };
};
