/**
 * What a lab is to the shell (docs/adding-a-lab.md). A lab is one folder, src/labs/<id>/, whose
 * index.ts exports `defineLab({...})`, plus one line in src/labs/registry.ts. Everything the
 * shell generates comes from these definitions: the tab bar and the lab index, the routes
 * (#/<id>), the share link and the saved set-up (each lab's codec), the help overlay (each lab's
 * shortcuts and lessons), the lesson engine (each lab's lessons), the store (each lab's slice) and the e2e test hook (loaded only with ?e2e=1).
 */
import type { ComponentType } from 'react';
import type { LabRuntimeContext } from './lab-runtime';
import type { StateCreator } from 'zustand';
import type { DamState } from '../store';
import type { LabCodec } from './persist/lab-codec';
import type { GlossaryEntry } from './glossary/glossary';
import type { Lesson, LessonDefinition, LessonStep } from './lessons/lesson';
import type { Shell } from './shell';

export interface Shortcut<R> {
  /** Shown in the help overlay, e.g. "Space", "→". */
  keys: string;
  action: string;
  /** Key values (KeyboardEvent.key) that trigger it. */
  match: readonly string[];
  run(runtime: R): void;
  /** Also fires when a button has the focus (default false: Space would press the button). */
  onButtons?: boolean;
}

export interface LabDefinition<R> {
  /** Route and registry key: #/<id>. Lower case, digits and dashes. */
  id: string;
  /** The tab's label. */
  title: string;
  /** Shown after the app's name in the header ("retrieval studio"). */
  heading: string;
  /** One sentence for the lab index and the tab's tooltip. */
  purpose: string;
  /** A small picture for the lab index (inline SVG, decorative). */
  Picture: ComponentType;
  /**
   * Builds the lab's runtime (controllers and caches) the first time the lab opens; it lives
   * as long as the page, so switching labs never loses a run.
   */
  start(shell: Shell): R;
  /**
   * Where the lab's components read the runtime (createLabRuntime, src/shell/lab-runtime.ts):
   * the shell renders Controls, Content and HeaderActions inside its provider.
   */
  context?: LabRuntimeContext<R>;
  Controls: ComponentType;
  Content: ComponentType;
  /** Extra header buttons while the lab is shown. */
  HeaderActions?: ComponentType;
  /** Called when the lab becomes visible / hidden (not on first start). */
  onShow?(runtime: R): void;
  onHide?(runtime: R): void;
  /** The lab's part of the store, merged in at start-up. */
  slice?: StateCreator<DamState, [], [], object>;
  /** What the lab puts in share links and the saved set-up. */
  codec?: LabCodec;
  shortcuts?: readonly Shortcut<R>[];
  /** Views of older links that open this lab, and what each sets (e.g. studio compare mode). */
  legacyViews?: Readonly<Record<string, (state: DamState) => void>>;
  /** Guided lessons that drive this lab (src/shell/lessons/lesson.ts), listed in help and the index. */
  lessons?: readonly LessonDefinition<R>[];
  /** The lab's own glossary terms (the shared ones live in src/shell/glossary). */
  glossary?: readonly GlossaryEntry[];
  /**
   * The lab's part of window.__dam, loaded by dynamic import only with ?e2e=1. `runtime()`
   * starts the lab if it has not started yet.
   */
  testHook?: () => Promise<{ install(runtime: () => R, shell: Shell): object }>;
}

/** A lab started in this page: its parts rendered with its runtime provided. */
export interface MountedLab {
  Controls: ComponentType;
  Content: ComponentType;
  HeaderActions: ComponentType | null;
  show(): void;
  hide(): void;
  /** Runs the shortcut for `key`; false when the lab has none for it. */
  shortcut(key: string, onButton: boolean): boolean;
  /** The runtime (typed only inside the lab's own definition). */
  readonly runtime: unknown;
}

/** A registry entry: the definition with its runtime type erased. */
export interface Lab {
  id: string;
  title: string;
  heading: string;
  purpose: string;
  Picture: ComponentType;
  slice?: StateCreator<DamState, [], [], object>;
  codec?: LabCodec;
  shortcuts: readonly { keys: string; action: string }[];
  legacyViews: Readonly<Record<string, (state: DamState) => void>>;
  lessons: readonly Lesson[];
  glossary: readonly GlossaryEntry[];
  mount(shell: Shell): MountedLab;
  /** Loads and installs the lab's test hook (?e2e=1 only); {} when it has none. */
  testApi(shell: Shell): Promise<object>;
}

export function defineLab<R>(def: LabDefinition<R>): Lab {
  const shortcuts = def.shortcuts ?? [];
  return {
    id: def.id,
    title: def.title,
    heading: def.heading,
    purpose: def.purpose,
    Picture: def.Picture,
    slice: def.slice,
    codec: def.codec,
    shortcuts: shortcuts.map(({ keys, action }) => ({ keys, action })),
    legacyViews: def.legacyViews ?? {},
    glossary: def.glossary ?? [],
    lessons: (def.lessons ?? []).map((l) => ({
      ...l,
      lab: def.id,
      // The engine passes this lab's own runtime (shell.mounted(id).runtime) to these steps.
      steps: l.steps as readonly LessonStep<unknown>[],
    })),
    mount(shell) {
      const runtime = def.start(shell);
      const Provider = def.context?.context.Provider;
      const bind = (Part: ComponentType): ComponentType =>
        Provider
          ? () => (
              <Provider value={runtime}>
                <Part />
              </Provider>
            )
          : Part;
      return {
        Controls: bind(def.Controls),
        Content: bind(def.Content),
        HeaderActions: def.HeaderActions ? bind(def.HeaderActions) : null,
        show: () => def.onShow?.(runtime),
        hide: () => def.onHide?.(runtime),
        shortcut(key, onButton) {
          const s = shortcuts.find((k) => k.match.includes(key) && (onButton ? k.onButtons : true));
          if (!s) return false;
          s.run(runtime);
          return true;
        },
        runtime,
      };
    },
    async testApi(shell) {
      if (!def.testHook) return {};
      const hook = await def.testHook();
      return hook.install(() => shell.mounted(def.id).runtime as R, shell);
    },
  };
}
