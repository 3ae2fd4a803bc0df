// Value codecs for widgets: how a value travels as form fields and as a WidgetState, with validation that
// rejects what the widget could not have sent. Each throws BadRequestError with a message naming the widget.
import type { sluice } from "../gen/proto.js";
import { BadRequestError, SluiceAPIError } from "../util/errors.ts";
import type { WidgetDef } from "../script/widget.ts";

type Codec<V> = Pick<WidgetDef<V>, "fromForm" | "fromState" | "toState" | "equals" | "fromPublic">;

/** A value the app assigned through st.sessionState that the widget cannot hold. */
const badAssignment = (label: string, v: unknown, expected: string) =>
  new SluiceAPIError(`st.sessionState value ${JSON.stringify(v)} for the widget "${label}" must be ${expected}.`);

const bad = (label: string, what: string) => new BadRequestError(`Widget "${label}": ${what}`);

const finite = (label: string, s: string): number => {
  const n = Number(s);
  if (s.trim() === "" || !Number.isFinite(n)) throw bad(label, `"${s}" is not a number`);
  return n;
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
    if (v !== "0" && v !== "1") throw bad(label, `expected 0 or 1, got "${v}"`);
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

/** An option index (radio, selectbox), or null for none: "" means none. */
export const indexCodec = (label: string, count: number, allowNone: boolean): Codec<number | null> => {
  const check = (i: number) => {
    if (!Number.isInteger(i) || i < 0 || i >= count) throw bad(label, `option index ${i} is out of range (0..${count - 1})`);
    return i;
  };
  return {
    fromForm: (values) => {
      const v = lastOf(values) ?? "";
      if (v === "") {
        if (!allowNone) throw bad(label, "a selection is required");
        return null;
      }
      return check(finite(label, v));
    },
    fromState: (s) => {
      if (s.intValue == null) {
        if (s.value === undefined && allowNone) return null;
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
    for (const i of xs) if (!Number.isInteger(i) || i < 0 || i >= count) throw bad(label, `option index ${i} is out of range`);
    if (new Set(xs).size !== xs.length) throw bad(label, "an option is selected twice");
    if (max > 0 && xs.length > max) throw bad(label, `at most ${max} options may be selected`);
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
  };
};

/** Slider values: one or two numbers within [min, max], integers for an int slider. */
export const numbersCodec = (label: string, n: number, min: number, max: number, integer: boolean): Codec<number[]> => {
  const check = (xs: number[]) => {
    if (xs.length !== n) throw bad(label, `expected ${n} value${n > 1 ? "s" : ""}, got ${xs.length}`);
    for (const x of xs) {
      if (!Number.isFinite(x)) throw bad(label, `${x} is not a number`);
      if (x < min || x > max) throw bad(label, `${x} is outside ${min}..${max}`);
      if (integer && !Number.isInteger(x)) throw bad(label, `${x} is not a whole number`);
    }
    return n === 2 && xs[0]! > xs[1]! ? [xs[1]!, xs[0]!] : xs;
  };
  return {
    fromForm: (values) => check(values.map((v) => finite(label, v))),
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
    if (maxChars > 0 && [...v].length > maxChars) throw bad(label, `text is longer than ${maxChars} characters`);
    return v;
  };
  return {
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
    if (!Number.isFinite(x)) throw bad(label, `${x} is not a number`);
    if (min !== undefined && x < min) throw bad(label, `${x} is less than the minimum ${min}`);
    if (max !== undefined && x > max) throw bad(label, `${x} is greater than the maximum ${max}`);
    if (integer && !Number.isInteger(x)) throw bad(label, `${x} is not a whole number`);
    return x;
  };
  return {
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
        throw badAssignment(label, v, (e as Error).message.replace(/^Widget "[^"]*": /, "valid: "));
      }
    },
  };
};
