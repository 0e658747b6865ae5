/**
 * The calibration of the default model (the figures that docs/fortune-model.md quotes) on the
 * seeded random days of test/support/days.ts; distribution.full.test.ts (npm run test:full)
 * checks it over every day 1900-01-01 … 2100-12-31.
 */
import { sampledDays } from '../support/days';
import { describeFortuneCalibration } from '../support/sweeps';

const sample = sampledDays();

describeFortuneCalibration(`the default fortune model on ${sample.randomDays.length.toLocaleString('en-US')} random days of 1900–2100 (seed ${sample.seed})`, () => sample.randomDays);
