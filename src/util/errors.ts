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

/** `st.connection` could not be set up: unknown type, a bad `url` or dialect, no driver for it on this runtime. */
export class ConnectionConfigError extends SluiceAPIError {
  override name = "ConnectionConfigError";
}

/** `st.connection` needs a `[connections.NAME]` section (or one of its keys) that the app's secrets do not have. */
export class ConnectionSecretsError extends ConnectionConfigError {
  override name = "ConnectionSecretsError";
}

/** A statement's params do not match its placeholders. Carries the statement (never the values). */
export class SqlParamsError extends SluiceAPIError {
  override name = "SqlParamsError";
  readonly statement: string;
  constructor(message: string, statement: string) {
    super(`${message}\nStatement: ${statement}`);
    this.statement = statement;
  }
}

/** The database refused a statement (or could not be reached). The message has the statement, never a password. */
export class SqlError extends SluiceAPIError {
  override name = "SqlError";
  readonly statement: string;
  /** The driver's error code where it has one (PostgreSQL SQLSTATE, SQLite's code). */
  readonly code: string | undefined;
  constructor(message: string, statement: string, code?: string) {
    super(statement ? `${message}\nStatement: ${statement.length > 500 ? statement.slice(0, 500) + "…" : statement}` : message);
    this.statement = statement;
    this.code = code;
  }
}

/** A cached function got an argument it cannot hash (Streamlit's UnhashableParamError). */
export class UnhashableParamError extends SluiceAPIError {
  override name = "UnhashableParamError";
  readonly param: string;
  readonly type: string;
  constructor(fnName: string, param: string, type: string) {
    super(
      `Cannot hash argument '${param}' (of type ${type}) in '${fnName}'. To address this, you can tell sluice not to ` +
        `hash this argument by adding a leading underscore to its name in the function's signature ` +
        `(\`(_${param.replace(/^argument \d+$/, "arg")}, …) => …\`), or give the cached function a hash function for ` +
        `its type: \`{ hashFuncs: new Map([[${/^[A-Z]/.test(type) ? type.split(" ")[0] : `"${type.split(" ")[0]}"`}, (v) => v.id]]) }\`.`,
    );
    this.param = param;
    this.type = type;
  }
}

/** A value cacheData cannot store: it keeps a serialised copy (use cacheResource for objects with behaviour). */
export class UnserializableReturnValueError extends SluiceAPIError {
  override name = "UnserializableReturnValueError";
  constructor(fnName: string, detail: string) {
    super(
      `cacheData cannot store the value '${fnName}' returned: ${detail}. cacheData keeps a serialised copy (plain ` +
        "objects, arrays, strings, numbers, bigints, booleans, Dates, RegExps, Maps, Sets, typed arrays, ArrayBuffers " +
        "and Arrow tables). To share an object as it is (a connection, a model, a class instance), use cacheResource.",
    );
  }
}

/** A cacheData / cacheResource option that cannot be used (a ttl that is not a duration, maxEntries below 1). */
export class CacheOptionError extends SluiceAPIError {
  override name = "CacheOptionError";
}

/** `st.secrets.x` / `st.secrets["db"]["x"]` for a key no secrets file has. Names the key and the files searched, never a value. */
export class SecretNotFoundError extends SluiceAPIError {
  override name = "SecretNotFoundError";
  /** The dotted path that was asked for, e.g. "db.password". */
  readonly key: string;
  constructor(key: string, detail: string) {
    super(`st.secrets has no key "${key}". ${detail}`);
    this.key = key;
  }
}

/** A write or delete on `st.secrets` (read-only, as in Streamlit). */
export class SecretsReadOnlyError extends SluiceAPIError {
  override name = "SecretsReadOnlyError";
  constructor(key: string) {
    super(`st.secrets is read-only: "${key}" cannot be set or deleted. Edit .sluice/secrets.toml (it is reloaded on the next rerun), or copy the values with st.secrets.toDict().`);
  }
}

/** A config or secrets file, environment variable or flag sluice cannot use (names the option, where it came from, what it expects). */
export class ConfigError extends Error {
  override name = "ConfigError";
}
/** st.switchPage / st.pageLink to a page the app does not have (Streamlit's StreamlitPageNotFoundError). */
export class PageNotFoundError extends SluiceAPIError {
  override name = "PageNotFoundError";
  constructor(page: string, known: readonly string[]) {
    super(
      `Could not find page: \`${page}\`. Pass an \`st.Page\`, or the file path relative to the main app ` +
        `(e.g. "pages/dashboard.ts") or the URL path of one of the app's pages` +
        (known.length ? `: ${known.map((k) => `"${k}"`).join(", ")}.` : ". This app has no other pages."),
    );
  }
}
