/**
 * What lessons of every lab start from: the ten default digits as memories and the default
 * model with a step's own changes (the learner's playback speed kept).
 */
import type { DamState } from '../../store';
import { DEFAULT_PARAMS, type Params } from '../../store/params-slice';
import { defaultBankItems } from '../bank/bank-items';

const DEFAULT_SOURCES = JSON.stringify(defaultBankItems().map((it) => it.source));

/** The default bank and model; the bank is left alone (no recompute) when it already is the default. */
export function lessonBaseline(s: DamState, params: Partial<Params>): void {
  if (s.bank.size !== 28 || JSON.stringify(s.bank.items.map((it) => it.source)) !== DEFAULT_SOURCES)
    s.replaceBank(28, defaultBankItems());
  s.setParams({ ...DEFAULT_PARAMS, speed: s.params.speed, ...params });
}
