import defaultModelJson from '../../data/fortune-model.json';
import { readFortuneModel, type FortuneModel } from './fortuneModel';

/**
 * The library's fortune model, version 1.0.0 (`data/fortune-model.json`), deeply frozen: the
 * trade activities, the weight of every factor and the trend thresholds that docs/fortune-model.md
 * explains. Read it to see what a weight is before changing it; spread it, or pass a partial
 * {@link FortuneModelInput}, to make a model of your own.
 *
 * @example
 * [defaultFortuneModel.version, defaultFortuneModel.weights.tradeInYi, defaultFortuneModel.weights.officer.开]
 * //=> ['1.0.0', 2, 2]
 * @example
 * Object.isFrozen(defaultFortuneModel.weights.officer)
 * //=> true
 * @category Fortune
 * @since 0.4.0
 */
export const defaultFortuneModel: FortuneModel = /* @__PURE__ */ readFortuneModel('defaultFortuneModel', defaultModelJson);
