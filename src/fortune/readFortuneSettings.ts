import { rangeError, typeError } from '../internal/errors';
import { defaultFortuneModel } from './defaultFortuneModel';
import { isValidatedModel, readFortuneModel, type FortuneModel } from './fortuneModel';
import { readModelInput } from './modelInputMemo';

/** The validated fortune options of a call: the model to score with and the sentiment, if any. @internal */
export interface FortuneSettings {
  readonly model: FortuneModel;
  readonly sentiment: number | undefined;
}

const DEFAULT_SETTINGS: FortuneSettings = { model: defaultFortuneModel, sentiment: undefined };

/**
 * Validates `options.sentiment` and `options.model` of `fn` (`fortune` or `almanac`). A model
 * input is merged onto the default, so that a caller's object that changed since the last call is
 * read as it is now (an input equal to one of the last few is given the model read then:
 * modelInputMemo.ts); a model that the library validated and froze
 * ({@link createFortuneModel}, {@link defaultFortuneModel}) is taken as it is. What is costly to
 * derive from a model (its factors per cell, its monthly means) is memoised by the model's content
 * (see computeFortune). @internal
 */
export function readFortuneSettings(fn: string, model: unknown, sentiment: unknown): FortuneSettings {
  if (sentiment !== undefined) {
    if (typeof sentiment !== 'number' || Number.isNaN(sentiment)) throw typeError(fn, 'options.sentiment', 'a number from 0 to 100', sentiment);
    if (sentiment < 0 || sentiment > 100) throw rangeError(fn, 'options.sentiment', 'a number from 0 to 100', sentiment);
  }
  if (model === undefined && sentiment === undefined) return DEFAULT_SETTINGS;
  return {
    model: model === undefined ? defaultFortuneModel : isValidatedModel(model) ? model : readModelInput(model, (input) => readFortuneModel(fn, input, defaultFortuneModel)),
    sentiment,
  };
}
