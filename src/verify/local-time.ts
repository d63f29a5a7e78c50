// Times in reasons are shown in the report's own zone ("10:14:40 PDT"), because that is
// how the reader wrote and reads them; citations keep UTC.

const formatters = new Map<string, Intl.DateTimeFormat>();

/** "10:14:40 PDT" for an instant, in the given IANA zone. */
export function localTime(iso: string, zone: string): string {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZoneName: 'short' });
    formatters.set(zone, f);
  }
  const parts = f.formatToParts(new Date(iso));
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('hour')}:${get('minute')}:${get('second')} ${get('timeZoneName')}`;
}

/** "33 minutes", "1 h 12 min", from a span in minutes. */
export function spanText(minutes: number): string {
  const m = Math.round(minutes);
  if (m < 60) return `${m} minute${m === 1 ? '' : 's'}`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}
