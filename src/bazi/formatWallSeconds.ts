import { fromEpochDay, formatIsoDate } from '../calendar/epochDay';

const pad = (n: number): string => (n < 10 ? '0' : '') + String(n);

/** `'YYYY-MM-DDTHH:mm:ss'` of wall seconds (seconds since 1970-01-01T00:00 of a clock, read as UTC; whole seconds). @internal */
export function formatWallSeconds(wallSeconds: number): string {
  const epochDay = Math.floor(wallSeconds / 86400);
  const t = wallSeconds - epochDay * 86400;
  const { year, month, day } = fromEpochDay(epochDay);
  return `${formatIsoDate(year, month, day)}T${pad(Math.floor(t / 3600))}:${pad(Math.floor(t / 60) % 60)}:${pad(t % 60)}`;
}
