// Time-zone data for the parse stage: the abbreviations reports use, the headers that mark
// a timeline column, and the phrases that declare a document's zone. Kept as data so that a
// new spelling is one line here, not a new regular expression somewhere else.

/** Abbreviations and informal names → IANA zone. Keys are matched case-insensitively. */
export const ZONE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  PDT: 'America/Los_Angeles',
  PST: 'America/Los_Angeles',
  PT: 'America/Los_Angeles',
  PACIFIC: 'America/Los_Angeles',
  'PACIFIC TIME': 'America/Los_Angeles',
  EDT: 'America/New_York',
  EST: 'America/New_York',
  ET: 'America/New_York',
  EASTERN: 'America/New_York',
  'EASTERN TIME': 'America/New_York',
  CDT: 'America/Chicago',
  CST: 'America/Chicago',
  CT: 'America/Chicago',
  CENTRAL: 'America/Chicago',
  'CENTRAL TIME': 'America/Chicago',
  MDT: 'America/Denver',
  MST: 'America/Denver',
  MT: 'America/Denver',
  MOUNTAIN: 'America/Denver',
  'MOUNTAIN TIME': 'America/Denver',
  UTC: 'UTC',
  GMT: 'UTC',
  Z: 'UTC',
  ZULU: 'UTC',
  BST: 'Europe/London',
  CET: 'Europe/Berlin',
  CEST: 'Europe/Berlin',
  IST: 'Asia/Kolkata',
  JST: 'Asia/Tokyo',
  AEST: 'Australia/Sydney',
  AEDT: 'Australia/Sydney',
  ACST: 'Australia/Adelaide',
  ACDT: 'Australia/Adelaide',
  AWST: 'Australia/Perth',
  NZST: 'Pacific/Auckland',
  NZDT: 'Pacific/Auckland',
  HKT: 'Asia/Hong_Kong',
  SGT: 'Asia/Singapore',
  KST: 'Asia/Seoul',
  WIB: 'Asia/Jakarta',
  EET: 'Europe/Athens',
  EEST: 'Europe/Athens',
  WET: 'Europe/Lisbon',
  WEST: 'Europe/Lisbon',
  MSK: 'Europe/Moscow',
  BRT: 'America/Sao_Paulo',
  HST: 'Pacific/Honolulu',
  AKST: 'America/Anchorage',
  AKDT: 'America/Anchorage',
};

/** Abbreviations that may follow a clock time in a timeline ("14:05 UTC"): upper case only, so ordinary words never match. */
export const ZONE_SUFFIX_PATTERN = `(?:${Object.keys(ZONE_ABBREVIATIONS)
  .filter((key) => /^[A-Z]+$/.test(key))
  .sort((a, b) => b.length - a.length)
  .join('|')})(?:[+-]\\d{1,2}(?::?\\d{2})?)?`;

/** Words that make a table header cell a time column ("Time", "When", "Time (PDT)", "UTC"). */
export const TIME_HEADER_WORDS: readonly string[] = [
  'time',
  'when',
  'timestamp',
  'clock',
  'at',
  'local time',
  'time of day',
  'date/time',
  'date and time',
  'date & time',
  'datetime',
];

/** Words that make a table header cell a date column. */
export const DATE_HEADER_WORDS: readonly string[] = ['date', 'day'];

/**
 * Phrases that declare the zone of every time in the report. The `zone` group holds the
 * zone as written; `paren` an optional parenthesised alternative ("Pacific (PDT)").
 */
const ZONE_TEXT = String.raw`(?<zone>[A-Za-z_]+(?:\/[A-Za-z_+\-]+)*(?:\s+time)?)(?:\s*\((?<paren>[A-Za-z_\/+\-]+)\))?`;
export const ZONE_DECLARATIONS: readonly RegExp[] = [
  // "All times are PDT", "All times below are in US/Pacific", "Times are Pacific (PDT)",
  // "All times in this report are given in UTC"
  new RegExp(
    String.raw`\b(?:all\s+)?times\b(?:\s+(?:below|above|here|shown|listed|given|in\s+this\s+(?:document|report|post-?mortem|timeline|section)))?\s+(?:are|is)\s+(?:(?:given|shown|expressed|written|listed)\s+)?(?:in\s+)?(?:the\s+)?` +
      ZONE_TEXT,
    'i',
  ),
  // "All times in UTC", "Times in PDT"
  new RegExp(String.raw`\b(?:all\s+)?times\s+in\s+(?:the\s+)?` + ZONE_TEXT, 'i'),
  // "Time zone: PDT", "Timezone is UTC", "TZ: America/New_York"
  new RegExp(String.raw`\b(?:time\s*zone|tz)\s*(?::|is)\s*` + ZONE_TEXT, 'i'),
  // "Timeline (all times PDT)"
  new RegExp(String.raw`\ball\s+times\s+` + ZONE_TEXT, 'i'),
];

/** True when the zone is a name the runtime's time-zone database knows. */
function isKnownIanaZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Resolves an abbreviation ("PDT"), informal name ("Pacific") or IANA name ("US/Pacific") to a canonical IANA zone, or undefined. */
export function resolveZone(written: string): string | undefined {
  const key = written.trim().replace(/\s+/g, ' ');
  if (key === '') return undefined;
  const abbreviated = ZONE_ABBREVIATIONS[key.toUpperCase()];
  if (abbreviated) return abbreviated;
  // "UTC+2", "GMT-05:00": whole-hour offsets as the Etc/GMT zones (whose sign is inverted); Node 20's Intl knows no bare offsets.
  const offset = /^(?:UTC|GMT)\s*([+-−])\s*(\d{1,2})(?::?00)?$/i.exec(key);
  if (offset) {
    const hours = Number(offset[2]);
    if (hours === 0) return 'UTC';
    return hours <= 14 ? `Etc/GMT${offset[1] === '+' ? '-' : '+'}${hours}` : undefined;
  }
  // Only names shaped like IANA ids: Intl also accepts fixed-offset oddities ("EST5EDT") we do not want to guess at.
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+$/.test(key) && key.toUpperCase() !== 'UTC') return undefined;
  if (!isKnownIanaZone(key)) return undefined;
  return new Intl.DateTimeFormat(undefined, { timeZone: key }).resolvedOptions().timeZone;
}

/** A zone declared in a sentence: the resolved zone and the phrase that declared it. */
export interface ZoneDeclaration {
  zone: string;
  phrase: string;
}

/** Finds a zone declaration ("All times are PDT") in a sentence's text. */
export function findZoneDeclaration(text: string): ZoneDeclaration | undefined {
  for (const pattern of ZONE_DECLARATIONS) {
    const match = pattern.exec(text);
    if (!match?.groups) continue;
    const { zone: written, paren } = match.groups;
    const zone = (written && resolveZone(written)) || (written && resolveZone(written.replace(/\s+time$/i, ''))) || (paren && resolveZone(paren));
    if (zone) return { zone, phrase: match[0].trim() };
  }
  return undefined;
}

/** What a table header cell says about time: whether it names a time column, and the zone it names ("Time (PDT)"). */
export interface TimeHeader {
  isTime: boolean;
  zone?: string;
}

/** Reads a table header cell: "Time", "When (UTC)", "Time (PDT)", "UTC", "PDT time". */
export function readTimeHeader(header: string): TimeHeader {
  const text = header.trim().replace(/\s+/g, ' ');
  const paren = /^(?<word>.*?)\s*\((?<zone>[^)]*)\)$/.exec(text);
  const word = (paren?.groups?.word ?? text).toLowerCase();
  const zoneText = paren?.groups?.zone;
  if (TIME_HEADER_WORDS.includes(word)) {
    const zone = zoneText ? resolveZone(zoneText) : undefined;
    return zone ? { isTime: true, zone } : { isTime: true };
  }
  // A header that is only a zone ("UTC"), or "PDT time" / "Time UTC": an abbreviation or an IANA id, never a plain word.
  const bare = text.replace(/^time\s+|\s+time$/i, '');
  const zone = paren ? undefined : resolveZone(bare);
  if (zone && (/^[A-Z]+$/.test(bare) || bare.includes('/'))) return { isTime: true, zone };
  return { isTime: false };
}

/** True when a table header cell names a date column ("Date", "Day"). */
export function isDateHeader(header: string): boolean {
  return DATE_HEADER_WORDS.includes(header.trim().toLowerCase());
}

// Zones of the countries that write the month first ("02/04/2025" is February 4th). UTC is
// here too: it is the zone of most US engineering reports. Everywhere else the day comes first.
const MONTH_FIRST_ZONES =
  /^(?:UTC|Etc\/UTC|America\/(?:New_York|Chicago|Denver|Phoenix|Los_Angeles|Anchorage|Detroit|Boise|Indiana\/\w+|Kentucky\/\w+|North_Dakota\/\w+|Toronto|Vancouver|Edmonton|Winnipeg|Halifax|St_Johns|Regina)|Pacific\/Honolulu|US\/\w+|Canada\/\w+)$/;

/** True when reports in `zone` write numeric dates day first ("30/03/2025"). */
export function writesDayFirst(zone: string): boolean {
  return !MONTH_FIRST_ZONES.test(zone);
}
