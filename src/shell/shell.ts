/**
 * The shell: what every lab shares, built once per page from the lab registry. It owns the
 * connection to the compute worker, the MNIST asset and the bank's numbers, persistence and
 * share links, and the routes: the address names the lab shown (#/<id>, #/labs for the index),
 * back/forward and pasted links follow it. The view flags (student, presenter, lesson:
 * ./link/view-flags.ts) live in the store and the address always shows them, so a teacher can
 * copy it at any moment; an address that names flags sets them. Labs start on first visit and
 * keep running while another lab is shown (hide/show tell them).
 */
import { errorMessage } from '../core/util/error-message';
import { installLabSlices, useDamStore } from '../store';
import { INDEX_ROUTE } from '../store/ui-slice';
import type { SpawnedWorker } from '../worker-client/connection';
import { createBankCache, type BankCache } from './bank/bank-cache';
import { createMnistData, type MnistData } from './bank/mnist-data';
import { createComputeLink, type ComputeLink } from './compute';
import type { Lab, MountedLab } from './lab-definition';
import { createLessonEngine, type LessonEngine } from './lessons/engine';
import { flagsOf, readViewFlags, sameFlags, withDefaults, type ViewFlags } from './link/view-flags';
import { createPersistence, type Persistence } from './persist/setup-sync';
import { readHash, routeHash } from './routes';
import { readUrlPrefs, type UrlPrefs } from './url-prefs';

export const DEFAULT_ROUTE = 'studio';

export interface Shell {
  readonly labs: readonly Lab[];
  readonly prefs: UrlPrefs;
  readonly mnist: MnistData;
  readonly bank: BankCache;
  readonly compute: ComputeLink;
  readonly persistence: Persistence;
  /** Guided lessons of every lab (follows ui.lesson; started by start()). */
  readonly lessons: LessonEngine;
  /** The lab's runtime bound to its components, started on first use. */
  mounted(id: string): MountedLab;
  /** The lab the route names, or null (the index, or no such lab). */
  lab(route: string): Lab | null;
  /** Goes to a lab (or the index): a new history entry, so Back returns. */
  navigate(route: string): void;
  /** A link to the current set-up, in the current lab, with the current view flags (or `flags`). */
  shareUrl(flags?: Partial<ViewFlags>): Promise<string>;
  /** Starts compute and data, restores the set-up, follows the address. Call once. */
  start(): Promise<void>;
}

export interface ShellOptions {
  prefs?: UrlPrefs;
  mnist?: MnistData;
  /** Injectable compute worker (Node tests: a MessageChannel port). */
  spawn?: () => SpawnedWorker;
}

export function createShell(labs: readonly Lab[], opts: ShellOptions = {}): Shell {
  const store = useDamStore;
  installLabSlices(labs.map((l) => l.slice));
  const prefs = opts.prefs ?? readUrlPrefs();
  const mnist = opts.mnist ?? createMnistData();
  const bank = createBankCache(() => store.getState().bank, mnist);
  const compute = createComputeLink({ store, bank, mnist, prefs, spawn: opts.spawn });
  const persistence = createPersistence(store, labs);
  const mountedLabs = new Map<string, MountedLab>();
  let shown: string | null = null;

  const lab = (route: string) => labs.find((l) => l.id === route) ?? null;
  const valid = (route: string) => route === INDEX_ROUTE || lab(route) !== null;
  /** A link's view: a lab id, or an older view name a lab claims (single, compare, lab). */
  const labOfView = (view: string | null) =>
    view === null ? null : (lab(view)?.id ?? labs.find((l) => view in l.legacyViews)?.id ?? null);

  const shell: Shell = {
    labs,
    prefs,
    mnist,
    bank,
    compute,
    persistence,
    get lessons() {
      return lessonEngine;
    },
    mounted(id) {
      let m = mountedLabs.get(id);
      if (!m) {
        const def = lab(id);
        if (!def) throw new Error(`no lab "${id}" in the registry`);
        m = def.mount(shell);
        mountedLabs.set(id, m);
      }
      return m;
    },
    lab,
    navigate(route) {
      if (!valid(route)) return;
      const next = routeHash(route, flagsOf(store.getState().ui));
      if (location.hash !== next) location.hash = next;
      else show(route);
    },
    async shareUrl(flags) {
      const { ui } = store.getState();
      const query = await persistence.shareQuery({ ...flagsOf(ui), ...flags });
      const route = ui.route;
      return `${location.origin}${location.pathname}${location.search}#/${route}?${query}`;
    },
    async start() {
      compute.start();
      mnist.load().then(
        (set) => store.getState().setDataset({ status: 'ready', count: set.count }),
        (err: unknown) =>
          store.getState().setDataset({ status: 'error', count: 0, error: errorMessage(err) }),
      );
      const loc = readHash(location.hash);
      const flags = readViewFlags(loc.query);
      store.getState().setUi(withDefaults(flags.given));
      const asked = loc.route;
      if (asked && !valid(asked)) {
        store
          .getState()
          .notify(`There is no lab "${asked.slice(0, 40)}": showing the studio.`, 'error');
      }
      show(asked && valid(asked) ? asked : DEFAULT_ROUTE);
      const view = await persistence.restore(loc.query);
      const route = asked && valid(asked) ? asked : (labOfView(view) ?? DEFAULT_ROUTE);
      // The link has been read; the address keeps only the route and the view flags.
      show(route);
      keepAddress();
      if (store.getState().ui.notice?.kind !== 'error') flagProblems(flags.problems);
      store.subscribe((s, p) => {
        if (!sameFlags(flagsOf(s.ui), flagsOf(p.ui))) keepAddress();
      });
      addEventListener('hashchange', () => void followHash());
      lessonEngine.start();
    },
  };
  const lessonEngine = createLessonEngine(
    shell,
    store,
    labs.flatMap((l) => l.lessons),
  );

  /** Shows a route: hides the lab shown, starts (first time) and shows the new one. */
  function show(route: string): void {
    if (route === shown) {
      if (store.getState().ui.route !== route) store.getState().setUi({ route });
      return;
    }
    if (shown && lab(shown)) shell.mounted(shown).hide();
    shown = route;
    if (lab(route)) shell.mounted(route).show();
    store.getState().setUi({ route });
  }

  /** Rewrites the address (no new history entry) to the shown route and the current flags. */
  function keepAddress(): void {
    const { ui } = store.getState();
    const want = routeHash(ui.route, flagsOf(ui));
    if (location.hash !== want) {
      history.replaceState(history.state, '', `${location.pathname}${location.search}${want}`);
    }
  }

  function flagProblems(problems: readonly string[]): void {
    if (problems.length === 0) return;
    store
      .getState()
      .notify(`The address has a bad view flag, ignored: ${problems.join('; ')}.`, 'error');
  }

  async function followHash(): Promise<void> {
    const loc = readHash(location.hash);
    // Flags the new address names are set; the others stay (a tab link carries none).
    const flags = readViewFlags(loc.query);
    store.getState().setUi(flags.given);
    flagProblems(flags.problems);
    if (loc.query.has('s')) {
      // A link pasted into the address bar of an open page.
      const view = await persistence.openLink(loc.query);
      show(loc.route && valid(loc.route) ? loc.route : (labOfView(view) ?? shown ?? DEFAULT_ROUTE));
      keepAddress();
      return;
    }
    const route = loc.route ?? DEFAULT_ROUTE;
    if (!valid(route)) {
      store.getState().notify(`There is no lab "${route.slice(0, 40)}".`, 'error');
      show(shown ?? DEFAULT_ROUTE);
      keepAddress();
      return;
    }
    show(route);
    keepAddress();
  }

  return shell;
}
