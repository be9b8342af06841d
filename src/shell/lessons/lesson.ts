/**
 * What a lesson is (data, kept in the lab's folder): steps, each with a title, a short text
 * (inline math between $…$), the thing to do, an optional set-up that puts the app in a known
 * state, the element to highlight, and a completion test that fires when the learner does the
 * step. Steps are self-contained: a step link ("lesson 2, step 4") sets up that step alone.
 */
import type { ComponentType } from 'react';
import type { DamState } from '../../store';
import type { Shell } from '../shell';

/** What a step's set-up and completion test see; `runtime` is the lab's own (typed per lab). */
export interface StepContext<R> {
  /** The store now. */
  state: DamState;
  /** The store just after the step's set-up ran (compare against it: "n was raised"). */
  start: DamState;
  runtime: R;
  shell: Shell;
  /** Lesson events seen since the step opened (e.g. "term:overlap", "xor:3:1,-1"). */
  events: ReadonlySet<string>;
}

export interface LessonStep<R> {
  title: string;
  /** One or two short paragraphs (blank line between); $…$ is inline math (KaTeX). */
  text: string;
  /** The action that completes the step, said as an instruction ("Press Play"). */
  task: string;
  /** CSS selector of the element to highlight while the step is shown. */
  target?: string;
  /** Puts the app in the state the step needs; awaited before the completion test runs. */
  setup?(ctx: Omit<StepContext<R>, 'start' | 'events'>): void | Promise<unknown>;
  /** True once the learner has done the step. */
  done(ctx: StepContext<R>): boolean;
  /** A small interactive exhibit shown in the card (the lab's own component). */
  Exhibit?: ComponentType;
}

export interface LessonDefinition<R> {
  /** Address key: lesson=<id>.<step>. Lower case letters, digits, dashes. */
  id: string;
  title: string;
  /** One sentence for the lists (lab index, help). */
  summary: string;
  steps: readonly LessonStep<R>[];
}

/** A lesson as the shell holds it: bound to its lab, the runtime type erased. */
export interface Lesson {
  id: string;
  title: string;
  summary: string;
  /** The lab it runs in. */
  lab: string;
  steps: readonly LessonStep<unknown>[];
}
