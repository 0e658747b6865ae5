import { defaultFortuneModel } from './defaultFortuneModel';
import { readFortuneModel, type FortuneModel, type FortuneModelInput } from './fortuneModel';

/**
 * Validates a model once and returns it merged onto {@link defaultFortuneModel}, deeply frozen:
 * pass the result to `fortune(date, { model })` (or `almanac`) for many days, and it is taken as
 * it is, without the field-by-field reading that a plain model input gets on every call. A model
 * input is validated exactly as `fortune` validates it (the messages naming
 * `createFortuneModel`); the result is a plain {@link FortuneModel}, JSON-serialisable.
 *
 * @param input - A partial or whole model, e.g. `data/fortune-model.json` edited and parsed.
 * @returns The validated, deeply frozen model.
 * @throws {TypeError} If a field has the wrong type (naming it).
 * @throws {RangeError} If a weight is outside −10 … 10, a key is unknown, a trade activity is not one of `activities`, or the trend thresholds are out of order.
 * @example
 * const model = createFortuneModel({ version: 'desk-2', weights: { tradeInYi: 3 } });
 * [fortune('2025-12-22', { model }).score, fortune('2025-12-22', { model }).model, Object.isFrozen(model.weights)]
 * //=> [7, 'desk-2', true]
 * @category Fortune
 * @since 0.6.0
 */
export function createFortuneModel(input: FortuneModelInput): FortuneModel {
  return readFortuneModel('createFortuneModel', input, defaultFortuneModel);
}
