/** The random-features view's lessons (the DrDAM view fills it). */
import type { LessonDefinition } from '../../../shell/lessons/lesson';
import type { BodiesRuntime } from '../app/runtime';

export const featuresLessons: readonly LessonDefinition<BodiesRuntime>[] = [];
