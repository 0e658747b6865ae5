import { formatDate } from '../calendar/julianCalendar';
import type { SolarCalendar } from '../types';

const pad = (n: number): string => (n < 10 ? '0' : '') + String(n);

/** `'YYYY-MM-DDTHH:mm:ss'` of wall seconds (seconds since 1970-01-01T00:00 of a clock, read as UTC; whole seconds), the date in `calendar`. @internal */
export function formatWallSeconds(wallSeconds: number, calendar: SolarCalendar = 'iso8601'): string {
  const epochDay = Math.floor(wallSeconds / 86400);
  const t = wallSeconds - epochDay * 86400;
  return `${formatDate(epochDay, calendar)}T${pad(Math.floor(t / 3600))}:${pad(Math.floor(t / 60) % 60)}:${pad(t % 60)}`;
}
