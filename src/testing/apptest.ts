// AppTest: runs an app with no server or browser. Each run() is a full rerun through the same ScriptRunner and
// st layer the server uses; its ForwardMsgs update a delta-path tree with the same diff/prune steps, so stale
// elements disappear exactly as they do in the browser. Element wrappers live in elements/widgets/blocks.ts.
import { sluice } from "../gen/proto.js";
import { deltaPatch, prune, snapshot } from "../diff/diff.ts";
import { fragmentScope } from "../script/fragments.ts";
import { stFactory, type St } from "../elements/index.ts";
import type { RunContext } from "../script/context.ts";
import { ScriptRunner, type AppFunction } from "../script/runner.ts";
import { SessionState } from "../script/state.ts";
import { Tree } from "../tree/tree.ts";
import { buildTree } from "./build.ts";
import type { Block } from "./blocks.ts";
import type { Harness } from "./elements.ts";
import { AppTestError } from "./errors.ts";
import { Lookup, type TestNode } from "./lookup.ts";
import { appOf, resolveScript } from "./source.ts";
import { Widget } from "./widgets.ts";
import { submittedForms } from "../script/forms.ts";
import type { SqliteDriver } from "../connections/types.ts";
import { sqlite as runtimeSqlite } from "../adapters/sqlite.ts";
import { bindCacheHost, processCacheHost, type CacheHost } from "../cache/host.ts";
import { createSecrets, type Secrets } from "../script/secrets.ts";
import { withPages } from "../pages/app.ts";
import { MODULE_FILE, pageNameFromFile } from "../pages/names.ts";
import { StreamlitPage, type PagesHost } from "../pages/page.ts";
import type { ClientContext } from "../script/st-context.ts";

export interface AppTestOptions {
  /** Seconds a run() may take before it fails. Default 3, as in Streamlit. */
  timeout?: number;
  /** SQLite for st.connection. Default: the runtime's own (as the serve helpers give an app). */
  sqlite?: SqliteDriver;
  /** The caches cacheData / cacheResource use in this app's runs. Default: the process's (shared with other AppTests, as reruns share them). */
  cache?: CacheHost;
  /** The app's st.secrets, as a plain object (Streamlit's AppTest.secrets). Default none. */
  secrets?: Record<string, unknown>;
  /** What st.context shows (headers, cookies, url, locale, timezone, theme, …); default: nothing known. */
  context?: ClientContext;
}

const Finished = sluice.ScriptFinishedStatus;

/**
 * An app under test.
 * @example
 * const at = await AppTest.fromFile("examples/hello.ts").run();
 * at.slider[0].setValue(7);
 * await at.run();
 * assert.equal(at.markdown.at(-1)?.value, "7 squared is 49");
 */
export class AppTest extends Lookup implements Harness {
  /** The session's state (widget values, st.sessionState). */
  readonly state = new SessionState();
  readonly pending = new Map<string, unknown>();
  readonly pendingErrors = new Map<string, sluice.IFieldError>();
  /** The delta-path tree the browser would show. */
  readonly tree = new Tree();
  /** Every ForwardMsg of the last run() (including runs it caused through st.rerun()). */
  messages: sluice.IForwardMsg[] = [];
  readonly runner: ScriptRunner;
  /** The caches this app's cached functions use (read hits with `await fn.stats(at.cache)`). */
  readonly cache: CacheHost;
  timeout: number;
  /** What st.secrets holds on the next run(): set or change keys before a run. */
  secrets: Record<string, unknown>;
  private secretsView: Secrets = createSecrets({});
  private roots = new Map<string, Block>();
  private load: (() => Promise<AppFunction>) | null;
  /** Pages from outside: fromFile's pages/ directory and module loader (src/cli/pages.ts). */
  private host: PagesHost | null = null;
  /** The page the next run() asks for (at.switchPage). */
  private nextPage: string | undefined;

  private constructor(app: AppFunction | (() => Promise<AppFunction>), lazy: boolean, options: AppTestOptions) {
    super();
    this.timeout = options.timeout ?? 3;
    if (options.context) this.state.context = options.context;
    this.load = lazy ? (app as () => Promise<AppFunction>) : null;
    const first: AppFunction = lazy ? () => undefined : withPages(app as AppFunction, null);
    this.runner = new ScriptRunner(first, this.state, stFactory, (msg, ctx) => this.onMessage(msg, ctx));
    this.runner.env = { sqlite: options.sqlite ?? runtimeSqlite };
    this.cache = options.cache ?? processCacheHost();
    bindCacheHost(this.runner, this.cache);
    this.secrets = { ...options.secrets };
    this.runner.secrets = () => this.secretsView;
  }

  /**
   * An AppTest for an app function.
   * @example const at = await AppTest.fromFunction((st) => st.text("hi")).run();
   */
  static fromFunction(app: (st: St) => unknown, options: AppTestOptions = {}): AppTest {
    return new AppTest(app as AppFunction, false, options);
  }

  /**
   * An AppTest for a script file, imported on the first run(). `path` is relative to the working directory,
   * or to `options.base` (e.g. `import.meta.url`); absolute paths and file URLs work too.
   * @example const at = await AppTest.fromFile("examples/hello.ts").run();
   */
  static fromFile(path: string | URL, options: AppTestOptions & { base?: string | URL } = {}): AppTest {
    const url = resolveScript(path, options.base);
    const at = new AppTest(async () => {
      // pages/ beside the app, as `sluice run` finds it (src/cli/pages.ts; file URLs only)
      if (url.startsWith("file:")) at.host = (await import("../cli/pages.ts")).pagesHostForUrl(url);
      return appOf(await import(url), url);
    }, true, options);
    return at;
  }

  /**
   * Reruns the app with the widget values set since the last run, as the browser would post them, and waits
   * until it has finished (st.rerun() included). Returns this AppTest. Fails with AppTestError after the
   * timeout (seconds; default the AppTest's, 3).
   * @example const at = await AppTest.fromFunction(app).run({ timeout: 10 });
   */
  async run(options: { timeout?: number } = {}): Promise<this> {
    if (this.load) {
      const app = await this.load();
      this.runner.setApp(withPages(app, this.host));
      this.load = null;
    }
    const widgetStates: sluice.IWidgetState[] = [];
    const widgetErrors: sluice.IWidgetError[] = [];
    for (const node of this.nodes()) {
      if (!(node instanceof Widget)) continue;
      const def = this.state.registry.get(node.id);
      if (!def) continue;
      // A refused text stays in the browser's field and is posted again until it is changed.
      const error = this.pendingErrors.get(def.id) ?? (this.pending.has(def.id) ? undefined : this.state.fieldErrors.get(def.id));
      if (error) widgetErrors.push({ id: def.id, ...error });
      // A value with an error is a post taken in part (a data editor's valid cells beside a refused one).
      if (this.pending.has(def.id)) widgetStates.push({ id: def.id, ...def.toState(this.pending.get(def.id)) });
      else if (!error && !def.trigger) {
        const v = this.state.valueOf(def);
        widgetStates.push({ id: def.id, ...def.toState(v) });
      }
    }
    // Presses of controls that are not elements (a dialog's Close): posted as the browser posts them.
    for (const [id, v] of this.pending) if (this.state.registry.get(id)?.trigger && v === true && !widgetStates.some((w) => w.id === id)) widgetStates.push({ id, triggerValue: true });
    // Like the browser, keep what was entered in a form that this run does not submit (the server ignores it).
    const submitted = submittedForms(widgetStates, this.state.registry);
    const kept = (id: string) => {
      const formId = this.state.registry.get(id)?.formId ?? "";
      return formId !== "" && !submitted.has(formId) && !this.state.registry.get(id)?.trigger;
    };
    for (const id of [...this.pending.keys()]) if (!kept(id)) this.pending.delete(id);
    for (const id of [...this.pendingErrors.keys()]) if (!kept(id)) this.pendingErrors.delete(id);
    this.messages = [];
    this.secretsView = createSecrets(this.secrets);
    const seconds = options.timeout ?? this.timeout;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        this.runner.stop();
        reject(new AppTestError(`The app did not finish within ${seconds} s (AppTest timeout).`));
      }, seconds * 1000);
    });
    try {
      // As the server does for a browser's post: a change inside one fragment reruns only that fragment.
      const pageName = this.nextPage;
      this.nextPage = undefined;
      const fragmentId = pageName === undefined ? fragmentScope(this.runner.fragments, this.state, widgetStates) || undefined : undefined;
      await Promise.race([this.runner.request({ widgetStates, widgetErrors, fragmentId, pageName }), late]);
    } finally {
      clearTimeout(timer);
    }
    this.roots = buildTree(snapshot(this.tree), this);
    return this;
  }

  /**
   * st.sessionState as the app sees it: read it after a run, or seed it before one (a widget's key set here
   * sets that widget's value on the next run).
   * @example at.sessionState.count = 5; await at.run();
   */
  get sessionState(): Record<string, any> {
    return this.state.proxy(); // between runs no key is instantiated: seeding works like a callback's write
  }

  /**
   * Asks the next run() for another page: an st.Page, its module path ("pages/settings.ts"), the main file, or a URL
   * path ("settings"); "" or "/" is the default page. Query parameters are cleared, as st.switchPage does.
   * @example await at.switchPage("pages/settings.ts").run();
   */
  switchPage(page: StreamlitPage | string): this {
    const url = this.state.url;
    const t = page instanceof StreamlitPage ? page.urlPath : page.replace(/^\.?\//, "");
    const known = url.pages.find((p) => (page instanceof StreamlitPage ? p.hash === page.hash : p.path === t || p.urlPath === t));
    const main = this.host?.mainFile === t || t === "";
    this.nextPage = known ? (known.home ? "" : known.urlPath) : main ? "" : MODULE_FILE.test(t) ? pageNameFromFile(t).urlPath : t;
    url.replace([]);
    return this;
  }

  /**
   * st.queryParams as the app sees it: set parameters before a run (as a URL's query would), read the app's after.
   * @example at.queryParams.tab = "2"; await at.run();
   */
  get queryParams(): Record<string, any> {
    return this.state.url.proxy(() => {});
  }

  /** The page the last run showed (null for an app without pages), and the URL path asked for that none has. */
  get page(): { title: string; urlPath: string; notFound: string } | null {
    const cur = this.state.url.current;
    return cur ? { title: cur.title, urlPath: cur.urlPath, notFound: this.state.url.notFound } : null;
  }

  /** The main area. */
  get main(): Block {
    return this.roots.get("0") ?? this.emptyRoot(0);
  }

  /** The sidebar. */
  get sidebar(): Block {
    return this.roots.get("1") ?? this.emptyRoot(1);
  }

  protected nodes(): TestNode[] {
    return [...this.roots.values()].flatMap((root) => root.descendants());
  }

  private emptyRoot(i: number): Block {
    return buildTree([], this).get(String(i))!;
  }

  private onMessage(msg: sluice.IForwardMsg, ctx: RunContext): void {
    this.messages.push(msg);
    if (msg.delta) deltaPatch(this.tree, msg.metadata?.deltaPath ?? [], msg.delta, ctx.runId); // an element, or st.writeStream's text
    else if (msg.scriptFinished === Finished.FINISHED_SUCCESSFULLY) prune(this.tree, ctx.runId);
    else if (msg.scriptFinished === Finished.FINISHED_FRAGMENT_RUN_SUCCESSFULLY) prune(this.tree, ctx.runId, ctx.fragmentsRan);
  }
}
