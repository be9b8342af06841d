/** Whether the user asked for reduced motion: runs then jump in whole sweeps, without animation. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
