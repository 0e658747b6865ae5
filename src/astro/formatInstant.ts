import { formatDate } from '../calendar/julianCalendar';
import type { SolarCalendar } from '../types';

const two = (n: number): string => (n < 10 ? '0' : '') + String(n);

/**
 * ISO 8601 text, with offset `+08:00`, of an instant given in seconds of UTC+8 since
 * 1970-01-01T00:00+08:00, its date written in `calendar` (an expanded year outside 0 … 9999:
 * `'-000721-01-16T05:00:00+08:00'`). @internal
 */
export function formatInstant(cstSeconds: number, calendar: SolarCalendar = 'iso8601'): string {
  const epochDay = Math.floor(cstSeconds / 86400);
  const s = cstSeconds - epochDay * 86400;
  return `${formatDate(epochDay, calendar)}T${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}+08:00`;
}
