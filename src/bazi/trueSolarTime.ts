/**
 * Local solar time of an instant at a longitude (STUB: the signature is fixed, the implementation
 * is being written; see issue 11 item 3).
 *
 * @internal
 */
export interface SolarTimeReading {
  /** Local mean solar time, as wall seconds (seconds since 1970-01-01T00:00 of that clock read as UTC). */
  readonly meanSolarSeconds: number;
  /** Local apparent (true) solar time: mean solar time plus the equation of time, as wall seconds. */
  readonly apparentSolarSeconds: number;
  /** The equation of time at the instant, apparent minus mean, in seconds (about −14.3 … +16.4 min). */
  readonly equationOfTimeSeconds: number;
}

/** The solar times of an instant (Unix seconds, UTC) at a longitude in degrees east (−180 … 180). @internal */
export function computeSolarTime(unixSeconds: number, longitude: number): SolarTimeReading {
  void unixSeconds;
  void longitude;
  throw new Error('computeSolarTime: not implemented yet');
}
