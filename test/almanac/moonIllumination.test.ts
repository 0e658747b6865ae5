/**
 * The fast illumination of a day (getMoonIllumination: the estimate, by quadrants and polynomial
 * sines, or the defining formula near a rounding boundary) against the defining formula rounded,
 * on every day of the supported range: the days are finite, so this is the proof that the two
 * agree. The estimate stays well within the margin it is trusted by.
 */
import { describe, expect, it } from 'vitest';
import { ROUNDING_MARGIN, estimateMoonIllumination, getMoonIllumination, getMoonIlluminationAt } from '../../src/almanac/getMoonIllumination';
import { FIRST_EPOCH_DAY, LAST_EPOCH_DAY } from '../../src/calendar/supportedRange';

describe('getMoonIllumination', () => {
  it('equals the defining formula rounded to 3 decimals on every day of the range', () => {
    let differences = 0;
    let worst = 0;
    for (let day = FIRST_EPOCH_DAY; day <= LAST_EPOCH_DAY; day++) {
      const exact = getMoonIlluminationAt(day + 4 / 24);
      worst = Math.max(worst, Math.abs(estimateMoonIllumination(day + 4 / 24) - exact));
      if (getMoonIllumination(day) !== Math.round(exact * 1000) / 1000) differences++;
    }
    expect(differences).toBe(0);
    // The estimate is trusted only farther than ROUNDING_MARGIN thousandths from a boundary.
    expect(worst).toBeLessThan(ROUNDING_MARGIN / 1000 / 2);
  });
});
