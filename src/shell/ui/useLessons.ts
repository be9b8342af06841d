/** The lesson engine's progress for React. */
import { useSyncExternalStore } from 'react';
import { useShell } from '../context';
import type { LessonProgress } from '../lessons/engine';

export function useLessonProgress(): LessonProgress {
  const { lessons } = useShell();
  return useSyncExternalStore(lessons.subscribe, lessons.get);
}
