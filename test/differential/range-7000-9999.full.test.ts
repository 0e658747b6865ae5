/**
 * Every day of 7000 … 9999 against the reference (lunar-javascript): lunar date, pillars and the
 * fromLunar round trip (test/support/rangeDifferential.ts). Zero differences are allowed. One of four
 * sweeps of the whole range, run by `npm run test:full`; range.test.ts samples it in `npm test`.
 */
import { describeRangeSweep } from '../support/rangeDifferential';

describeRangeSweep(7000, 9999);
