// A per-calendar index of working days over a range of years, so that "N working days after day
// 0" is one array lookup and "working days in (a, b]" one subtraction. Built lazily and grown on
// demand: the first request in a year far outside the range rebuilds it wider.
import { LawInputError, type ClosureDay } from '../contract';
import { daysFromCivil, formatIso, MAX_YEAR, MIN_YEAR, weekday, yearOf } from './day-number';

/** What the engine needs from a calendar (law/calendars' CalendarDefinition satisfies it). */
export interface CalendarLike {
  id: string;
  name: string;
  source: string;
  verified: boolean;
  /** Weekday closures of one year, observed dates, sorted; executive closures have kind 'executive-closure'. */
  closures(year: number): ClosureDay[];
}

export interface IndexOptions {
  skipExecutiveClosures: boolean;
  extraClosures: readonly { date: string; name: string }[];
}

/** Days kept indexed after any day asked about, so the periods counted from it stay inside. */
const MARGIN_AFTER = 800;

export class WorkingDayIndex {
  private firstYear = 0;
  private lastYear = -1;
  private base = 0; // day number of Jan 1 of firstYear
  private end = 0; // day number after Dec 31 of lastYear
  /** cum[i]: working days in [base, base + i]. */
  private cum = new Int32Array(0);
  /** wd[k]: day number of the (k+1)-th working day from base. */
  private wd = new Int32Array(0);
  /** Closures that are skipped, by day number (for explanations). */
  readonly skipped = new Map<number, ClosureDay>();
  /** Executive-order closures that are NOT skipped (shown in explanations, CONVENTIONS.md 8). */
  readonly notSkipped = new Map<number, ClosureDay>();
  private isoCache: (string | undefined)[] = [];

  constructor(
    readonly calendar: CalendarLike,
    readonly options: IndexOptions,
  ) {}

  /** Make sure the index covers [day - margin, day + ~3 years]. */
  private ensure(day: number): void {
    if (
      this.lastYear >= this.firstYear &&
      (day >= this.base + 370 || this.firstYear <= MIN_YEAR) &&
      (day < this.end - MARGIN_AFTER || this.lastYear >= MAX_YEAR)
    ) {
      if (day >= this.base && day < this.end) return;
    }
    const y = yearOf(day);
    if (y < MIN_YEAR || y > MAX_YEAR) {
      throw new LawInputError('year-out-of-range', `${formatIso(day)} is outside the years the engine covers (${MIN_YEAR}-${MAX_YEAR})`);
    }
    // Start small (calendars built from date-holidays cost ~1 ms a year), grow geometrically.
    let first = this.lastYear < this.firstYear ? y - 2 : Math.min(this.firstYear, y - 2);
    let last = this.lastYear < this.firstYear ? y + 5 : Math.max(this.lastYear, y + 4);
    // Grow geometrically so a sweep across years rebuilds only a few times.
    if (this.lastYear >= this.firstYear) {
      const span = this.lastYear - this.firstYear + 1;
      if (first < this.firstYear) first = Math.min(first, this.firstYear - span);
      if (last > this.lastYear) last = Math.max(last, this.lastYear + span);
    }
    this.build(Math.max(MIN_YEAR, first), Math.min(MAX_YEAR, last));
  }

  private build(firstYear: number, lastYear: number): void {
    const base = daysFromCivil(firstYear, 1, 1);
    const end = daysFromCivil(lastYear + 1, 1, 1);
    const closed = new Uint8Array(end - base);
    for (let y = firstYear; y <= lastYear; y++) {
      for (const c of this.calendar.closures(y)) this.mark(c, base, end, closed);
    }
    for (const e of this.options.extraClosures) {
      this.mark({ date: e.date, name: e.name, kind: 'custom' }, base, end, closed);
    }
    const n = end - base;
    const cum = new Int32Array(n);
    const wd = new Int32Array(n);
    let count = 0;
    let w = weekday(base);
    for (let i = 0; i < n; i++) {
      if (w !== 0 && w !== 6 && closed[i] === 0) wd[count++] = base + i;
      cum[i] = count;
      w = w === 6 ? 0 : w + 1;
    }
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.base = base;
    this.end = end;
    this.cum = cum;
    this.wd = wd.slice(0, count);
    this.isoCache = new Array(n);
  }

  private mark(c: ClosureDay, base: number, end: number, closed: Uint8Array): void {
    const d = dayOf(c.date);
    if (d < base || d >= end) return;
    const wk = weekday(d);
    if (wk === 0 || wk === 6) return; // weekends are never closures (ClosureDay contract)
    if (c.kind === 'executive-closure' && !this.options.skipExecutiveClosures) {
      this.notSkipped.set(d, c);
      return;
    }
    if (!this.skipped.has(d)) this.skipped.set(d, c);
    closed[d - base] = 1;
  }

  /** Make the index cover every day in [minDay, maxDay] (bulk recompute calls this once). */
  cover(minDay: number, maxDay: number): void {
    this.ensure(minDay);
    this.ensure(maxDay);
  }

  /** The raw arrays for the bulk kernel (law/engine/batch.ts); valid until the next cover()/ensure(). */
  arrays(): { base: number; cum: Int32Array; wd: Int32Array } {
    return { base: this.base, cum: this.cum, wd: this.wd };
  }

  isWorking(day: number): boolean {
    this.ensure(day);
    const i = day - this.base;
    return this.cum[i] !== (i === 0 ? 0 : this.cum[i - 1]);
  }

  /** The n-th working day after day0 (n >= 1); day0 itself never counts (CONVENTIONS.md 2). */
  addWorking(day0: number, n: number): number {
    this.ensure(day0);
    let k = this.cum[day0 - this.base] + n - 1;
    while (k >= this.wd.length) {
      this.ensure(this.end + 400);
      k = this.cum[day0 - this.base] + n - 1;
    }
    const due = this.wd[k];
    if (due >= this.end - MARGIN_AFTER) this.ensure(due);
    return due;
  }

  /** Working days d with a < d <= b (0 when b <= a). */
  countWorking(a: number, b: number): number {
    if (b <= a) return 0;
    this.ensure(a);
    this.ensure(b);
    return this.cum[b - this.base] - this.cum[a - this.base];
  }

  /** day itself when it is a working day, else the next working day. */
  onOrAfter(day: number): number {
    return this.isWorking(day) ? day : this.addWorking(day, 1);
  }

  /** ISO text of a day, cached (bulk recompute formats the same dates again and again). */
  iso(day: number): string {
    const i = day - this.base;
    if (i >= 0 && i < this.isoCache.length) {
      const hit = this.isoCache[i];
      if (hit !== undefined) return hit;
      const s = formatIso(day);
      this.isoCache[i] = s;
      return s;
    }
    return formatIso(day);
  }
}

function dayOf(iso: string): number {
  const y = Number(iso.slice(0, 4)), m = Number(iso.slice(5, 7)), d = Number(iso.slice(8, 10));
  return daysFromCivil(y, m, d);
}
