/**
 * The Krotov–Hopfield (2016) classifier, pure core: model and one-step retrieval (kh-model.ts),
 * training by the official notebook's recipe (kh-train.ts). See docs/models.md §2.5–2.7.
 */
export {
  createKhModel,
  errorRate,
  khConfig,
  lossAndGradient,
  predict,
  type KhConfig,
  type KhData,
  type KhModel,
  type KhOptions,
} from './kh-model';
export {
  createTrainState,
  learningRateAt,
  temperatureAt,
  trainEpoch,
  type KhTrainState,
} from './kh-train';
