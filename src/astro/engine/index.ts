// The astronomical engine: pure functions on numbers (issue 10). Nothing imports it yet. Its doc
// examples are plain "Example" paragraphs, not @example tags: test/docs.test.ts runs @example tags
// in the scope of the public entry points, and this module is not one yet; test/astro/engine/examples.test.ts
// runs them instead. Make them @example tags when the engine is exported.
export { computeSunAberration } from './aberration';
export { evaluatePolynomial, radiansPerArcsecond } from './angles';
export { computeNewMoonInstant } from './computeNewMoonInstant';
export { computeMoonSunElongationCompact, computeNewMoonInstantCompact } from './computeNewMoonInstantCompact';
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
export { solveLongitude } from './solveLongitude';
export { solveNewMoonInstant } from './solveNewMoon';
export { computeSunApparentLongitude } from './sunApparentLongitude';
