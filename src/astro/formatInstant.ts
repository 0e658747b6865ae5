import { formatIsoDate, fromEpochDay } from '../calendar/epochDay';

const two = (n: number): string => (n < 10 ? '0' : '') + String(n);

/** ISO 8601 text, with offset `+08:00`, of an instant given in seconds of UTC+8 since 1970-01-01T00:00+08:00. @internal */
export function formatInstant(cstSeconds: number): string {
  const epochDay = Math.floor(cstSeconds / 86400);
  const { year, month, day } = fromEpochDay(epochDay);
  const s = cstSeconds - epochDay * 86400;
  return `${formatIsoDate(year, month, day)}T${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}+08:00`;
}
