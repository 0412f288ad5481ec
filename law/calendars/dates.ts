// Calendar arithmetic on plain dates (UTC, no time of day), shared by the calendar definitions.
import type { IsoDate } from '../contract';

export const SUN = 0, MON = 1, TUE = 2, WED = 3, THU = 4, FRI = 5, SAT = 6;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function isoOf(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function toUtc(iso: IsoDate): Date {
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
}

function fromUtc(d: Date): IsoDate {
  return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(iso: IsoDate): number {
  return toUtc(iso).getUTCDay();
}

export function isWeekend(iso: IsoDate): boolean {
  const w = weekdayOf(iso);
  return w === SAT || w === SUN;
}

export function addDays(iso: IsoDate, n: number): IsoDate {
  const d = toUtc(iso);
  d.setUTCDate(d.getUTCDate() + n);
  return fromUtc(d);
}

/** The n-th (1-based) given weekday of a month, e.g. 3rd Monday of January. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): IsoDate {
  const first = weekdayOf(isoOf(year, month, 1));
  return isoOf(year, month, 1 + ((weekday - first + 7) % 7) + 7 * (n - 1));
}

/** The last given weekday of a month, e.g. last Monday of May. */
export function lastWeekday(year: number, month: number, weekday: number): IsoDate {
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const last = weekdayOf(isoOf(year, month, lastDay));
  return isoOf(year, month, lastDay - ((last - weekday + 7) % 7));
}

/** Western (Gregorian) Easter Sunday, anonymous Gregorian algorithm. */
export function easterSunday(year: number): IsoDate {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100;
  const d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoOf(year, month, day);
}

/** Strict `YYYY-MM-DD` that names a real day. */
export function isValidIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  return fromUtc(toUtc(text)) === text;
}
