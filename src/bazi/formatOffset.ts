/** `'+08:00'` (or `'+08:05:43'` for an offset with seconds) of an offset in seconds. @internal */
export function formatOffset(seconds: number): string {
  const sign = seconds < 0 ? '-' : '+';
  const a = Math.abs(seconds);
  const hhmm = `${String(Math.floor(a / 3600)).padStart(2, '0')}:${String(Math.floor(a / 60) % 60).padStart(2, '0')}`;
  return a % 60 === 0 ? sign + hhmm : `${sign}${hhmm}:${String(a % 60).padStart(2, '0')}`;
}
