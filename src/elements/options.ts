// Option lists shared by radio, selectbox and multiselect: labels through formatFunc, and index checks.
import { SluiceAPIError } from "../util/errors.ts";

export interface OptionListOptions<T> {
  /** How an option is shown. Default String(option). */
  formatFunc?: (option: T) => unknown;
}

export function optionLabels<T>(options: readonly T[] | Iterable<T>, o: OptionListOptions<T>): { list: T[]; labels: string[] } {
  const list = [...options];
  const format = o.formatFunc ?? String;
  return { list, labels: list.map((x) => String(format(x))) };
}

export function checkIndex(kind: string, index: number | null, count: number): number | null {
  if (index === null) return null;
  if (!Number.isInteger(index) || index < 0 || (count > 0 && index >= count)) {
    throw new SluiceAPIError(`\`st.${kind}\` got index ${index}, but there ${count === 1 ? "is 1 option" : `are ${count} options`}.`);
  }
  return count === 0 ? null : index;
}

/** Maps a stored option index to the option and back (for st.sessionState and the app's return value). */
export function indexMapping<T>(kind: string, list: readonly T[]) {
  return {
    toPublic: (i: number | null) => (i === null ? null : list[i]),
    fromPublic: (v: unknown): number | null => {
      if (v === null || v === undefined) return null;
      const i = list.indexOf(v as T);
      if (i < 0) throw new SluiceAPIError(`st.sessionState value ${JSON.stringify(v)} is not an option of this \`st.${kind}\`.`);
      return i;
    },
  };
}

/** The same for a list of selected indices. */
export function indicesMapping<T>(kind: string, list: readonly T[]) {
  const one = indexMapping(kind, list);
  return {
    toPublic: (xs: number[]) => xs.map((i) => list[i]),
    fromPublic: (v: unknown): number[] => {
      if (!Array.isArray(v)) throw new SluiceAPIError(`st.sessionState value for \`st.${kind}\` must be a list of options.`);
      return v.map((x) => one.fromPublic(x)!);
    },
  };
}
