// The astronomical engine: pure functions on numbers (issue 10). Nothing imports it yet.
export { computeSunAberration } from './aberration';
export { evaluatePolynomial, radiansPerArcsecond } from './angles';
export { computeNewMoonInstant } from './computeNewMoonInstant';
export { computeSolarTermInstant } from './computeSolarTermInstant';
export { computeDeltaT, computeDeltaTDays } from './deltaT';
export { computeEarthLongitude, computeEarthLongitudeForMoon } from './earthLongitude';
export { evaluateEarthLongitude } from './evaluateEarthLongitude';
export { evaluateMoonLongitude, type MoonLongitudePolynomials } from './evaluateMoonLongitude';
export { evaluateNutationInLongitude } from './evaluateNutationInLongitude';
export { daysPerJulianCentury, fromJulianCenturies, j2000, toJulianCenturies } from './julianCenturies';
export { computeMoonLongitude } from './moonLongitude';
export { computeMoonSunElongation } from './moonSunElongation';
export { computeNutationInLongitude } from './nutation';
export { computeSunApparentLongitude } from './sunApparentLongitude';
