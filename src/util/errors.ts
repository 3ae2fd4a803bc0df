// Every error sluice raises on purpose, as typed classes with messages that say what the user probably meant.

/** A misuse of an `st.*` command by the app script (Streamlit's StreamlitAPIException). */
export class SluiceAPIError extends Error {
  override name = "SluiceAPIError";
}

/** Two widgets in one run got the same id (same kind, same parameters, no key), or two used one key. */
export class DuplicateWidgetIdError extends SluiceAPIError {
  override name = "DuplicateWidgetIdError";
  constructor(kind: string, label: string, key: string | undefined) {
    super(
      key !== undefined
        ? `There are multiple elements with the same \`key='${key}'\`. Give each \`st.${kind}\` a unique key.`
        : `There are multiple identical \`st.${kind}\` widgets with the label "${label}". ` +
            "Give each a unique `key` option, e.g. `{ key: \"" + kind + "-2\" }`.",
    );
  }
}

/** `st.sessionState[key] = v` after the widget with that key was created in this run. */
export class WidgetAlreadyInstantiatedError extends SluiceAPIError {
  override name = "WidgetAlreadyInstantiatedError";
  constructor(key: string) {
    super(`\`st.sessionState.${key}\` cannot be modified after the widget with key \`${key}\` is instantiated.`);
  }
}

/** A rerun request whose body does not match the session's widgets. Answered with a 4xx; the session is untouched. */
/** A fragment wrote a widget outside its own container (Streamlit's StreamlitFragmentWidgetsNotAllowedOutsideError). */
export class FragmentWidgetOutsideError extends SluiceAPIError {
  override name = "FragmentWidgetOutsideError";
  constructor(kind: string, label: string) {
    super(
      `\`st.${kind}\` "${label}" was written outside its fragment's container. A fragment's widgets must be written ` +
        "inside it: use the container the fragment function receives (`f." + kind + "(…)`), or `st` when the fragment was called on it.",
    );
  }
}

/** `st.rerun({ scope: "fragment" })` outside a fragment rerun. */
export class FragmentScopeError extends SluiceAPIError {
  override name = "FragmentScopeError";
  constructor() {
    super(
      '`st.rerun({ scope: "fragment" })` can only be called from inside a fragment during a fragment rerun ' +
        "(a rerun caused by a widget inside it, or by its runEvery timer). To rerun the whole app, call `st.rerun()`.",
    );
  }
}

/** A second dialog opened in one run (Streamlit allows one at a time). */
export class DialogOpenError extends SluiceAPIError {
  override name = "DialogOpenError";
  constructor(title: string, open: string) {
    super(`Only one dialog can be open at a time: "${title}" was opened while "${open}" is open. Close one before opening the other.`);
  }
}

/** A [theme] option with a value sluice cannot use (docs/theming.md). */
export class ThemeOptionError extends Error {
  override name = "ThemeOptionError";
  readonly option: string;
  constructor(option: string, value: unknown, expected: string) {
    super(`${option} = ${JSON.stringify(value)} is not valid: ${expected}`);
    this.option = option;
  }
}

/** A write to st.context (it describes the browser's request and is read-only). */
export class ContextReadOnlyError extends SluiceAPIError {
  override name = "ContextReadOnlyError";
  constructor(what: string) {
    super(`st.context${what} is read-only: it describes the browser's request. Keep your own values in st.sessionState.`);
  }
}

export class BadRequestError extends Error {
  override name = "BadRequestError";
  readonly status: 400 | 403 | 404 | 410 | 413 | 415 | 429;
  constructor(message: string, status: 400 | 403 | 404 | 410 | 413 | 415 | 429 = 400) {
    super(message);
    this.status = status;
  }
}

/**
 * One widget's posted value that the widget cannot take (above its maximum, a fraction in a whole-number input, one
 * selection too many). Not a bad request: the widget keeps its value and shows this message; the rest of the post
 * is applied. The message is for the person using the app ("Quantity must be 100 or less").
 */
export class FieldValueError extends BadRequestError {
  override name = "FieldValueError";
}

/**
 * Some parts of a widget's post were refused and the rest taken (a data editor's cells): `value` is what the widget
 * takes, `entered` what its error keeps (each refused part and its text), the message names the first refusal.
 */
export class PartialValueError extends FieldValueError {
  override name = "PartialValueError";
  readonly value: unknown;
  readonly entered: string[];
  constructor(message: string, value: unknown, entered: string[]) {
    super(message);
    this.value = value;
    this.entered = entered;
  }
}

/** A run that went on past `runner.maxRunSeconds`: shown in place where the run was stopped. */
export class RunTimeoutError extends Error {
  override name = "RunTimeoutError";
  constructor(seconds: number) {
    super(
      `The app was stopped after running for ${seconds} s (runner.maxRunSeconds is ${seconds}). ` +
        "Make the slow part faster or cache it, or raise runner.maxRunSeconds (0 turns the limit off).",
    );
    this.stack = `${this.name}: ${this.message}`; // where the timer fired says nothing about the app
  }
}

/** Data a data command (`st.dataframe`, `st.table`, charts, …) cannot read as a table. */
export class DataFormatError extends SluiceAPIError {
  override name = "DataFormatError";
}

/** A misuse of st.form / st.formSubmitButton (nesting, a duplicate key, a button or callback not allowed in a form). */
export class FormError extends SluiceAPIError {
  override name = "FormError";
}

/** A chart command's arguments or Vega-Lite spec that cannot be drawn (a missing column, a spec that loads a URL). */
export class ChartSpecError extends SluiceAPIError {
  override name = "ChartSpecError";
}
