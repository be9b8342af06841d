/** The pairwise cosine similarities of the memories' normalised features before and after U-Hop+. */
import { useMemo } from 'react';
import { SvgChart } from '../../../components/charts/SvgChart';
import { useCacheSelect } from '../../../shell/use-cache';
import { renderSimilarity, type SimilarityData } from './charts/similarity';
import { useKernel } from './context';

export function SimilarityPanel() {
  const rt = useKernel();
  const train = useCacheSelect(rt.results, (r) => r.train);
  const data = useMemo<SimilarityData>(
    () =>
      train
        ? { M: train.memories.M, before: train.similarityBefore, after: train.similarityAfter }
        : { M: 0, before: [], after: [] },
    [train],
  );
  return (
    <section className="panel kernel-similarity-panel" aria-labelledby="kernel-similarity-heading">
      <h2 id="kernel-similarity-heading">Pairwise similarity, before and after</h2>
      <SvgChart render={renderSimilarity} data={data} className="kernel-chart kernel-similarity" />
      <p className="note">
        Each cell is the cosine between two memories’ normalised features. Spread-apart features
        turn the off-diagonal cells white or blue.
      </p>
    </section>
  );
}
