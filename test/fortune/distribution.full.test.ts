/**
 * The calibration of the default model over every day 1900-01-01 … 2100-12-31 (the figures that
 * docs/fortune-model.md quotes; `npx tsx scripts/fortune-stats.ts` prints them).
 * `npm run test:full` runs it; `npm test` checks the same figures on random days (distribution.test.ts).
 */
import { everyDay } from '../support/days';
import { describeFortuneCalibration } from '../support/sweeps';

describeFortuneCalibration('the default fortune model over every day of 1900–2100', () => everyDay());
