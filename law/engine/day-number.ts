// Dates as day numbers (days since 1970-01-01, UTC, no time of day): no Date objects on the hot
// path. Civil-date conversions after H. Hinnant, "chrono-Compatible Low-Level Date Algorithms".
import { LawInputError, type IsoDate } from '../contract';

/** Years the engine accepts. Calendars are only defined for real years; this bounds index sizes. */
export const MIN_YEAR = 1971; // the oldest rule the calendars model (EO 11582, 1971)
export const MAX_YEAR = 2199;

export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Day number of a strict `YYYY-MM-DD`, or -1e9 when the text is not a real date in range. */
export function tryParseIso(s: string): number {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1e9;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1e9;
    y = y * 10 + c;
  }
  const m1 = s.charCodeAt(5) - 48, m2 = s.charCodeAt(6) - 48, d1 = s.charCodeAt(8) - 48, d2 = s.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return -1e9;
  const m = m1 * 10 + m2, d = d1 * 10 + d2;
  if (m < 1 || m > 12 || d < 1) return -1e9;
  if (d > (m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1])) return -1e9;
  if (y < MIN_YEAR || y > MAX_YEAR) return -2e9;
  return daysFromCivil(y, m, d);
}

/** Day number of a strict `YYYY-MM-DD`; LawInputError naming `what` otherwise. */
export function parseIso(s: string, what: string): number {
  const n = tryParseIso(s);
  if (n === -2e9) {
    throw new LawInputError('year-out-of-range', `${what} '${s}' is outside the years the engine covers (${MIN_YEAR}-${MAX_YEAR})`);
  }
  if (n === -1e9) {
    throw new LawInputError('invalid-date', `${what} '${String(s)}' is not a real calendar date in the form YYYY-MM-DD`);
  }
  return n;
}

const pad2 = (n: number) => (n < 10 ? '0' + n : String(n));

export function formatIso(day: number): IsoDate {
  const [y, m, d] = civilFromDays(day);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "Fri 2025-06-13": the form explanations use, so a reader sees the weekday. */
export function describeDay(day: number): string {
  return `${WEEKDAY_NAMES[weekday(day)]} ${formatIso(day)}`;
}

export function yearOf(day: number): number {
  return civilFromDays(day)[0];
}
