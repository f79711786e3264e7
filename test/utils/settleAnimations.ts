/**
 * Resolves when every finite CSS animation in `scope` (the whole document by default) has finished: the
 * veil's fade-in, say, so that screenshots, contrast and visibility checks see the end state, as a person
 * does. The skeleton's shimmer runs forever and is left alone.
 */
export async function settleAnimations(scope: Document | Element = document): Promise<void> {
  const animations = scope instanceof Document ? scope.getAnimations() : scope.getAnimations({ subtree: true });
  const finite = animations.filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
  await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
}
