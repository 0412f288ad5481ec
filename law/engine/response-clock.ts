// The response clock of one request: counts the response period from day 0, stops it while the
// agency waits for the requester (tolling, CONVENTIONS.md 12), adds extensions given on time
// (CONVENTIONS.md 13), and stops for good at the determination. Explanation lines are only built
// when `lines` is an array; the arithmetic is the same either way.
import { describeDay } from './day-number';
import { countedCalendar, countedWorking, dayZero, dueLine, ruleLine, unknownLine } from './explain';
import type { WorkingDayIndex } from './working-days';
import type { JurisdictionRules, TollingLimit } from '../jurisdictions/types';

const UNKNOWN = -1;

export class ResponseClock {
  /** Rolled due day (a working day unless the rule says not to roll), or UNKNOWN. */
  due = UNKNOWN;
  /** Unrolled end of the current count (equals `due` for working-day counts). */
  private rawEnd = 0;
  private business = true;
  known: boolean;
  /** 'unknown' when the number of days is not known (or an extension of unknown length applies). */
  basis: 'law' | 'default' | 'unknown' = 'law';
  verified: boolean;
  defaultReasons: string[] | null = null;
  paused = false;
  pausedSince = 0;
  private remaining = 0;
  private pendingExtensionDays = 0;
  private tollDepth = 0;
  /** Open clarification / fee requests (FIFO), each remembering whether it stopped the clock. */
  // Allocated on first use: most requests never ask a question (bulk recompute: less garbage).
  private openClar: boolean[] | null = null;
  private openFee: boolean[] | null = null;
  private clarTolls = 0;
  private feeTolls = 0;
  private extensions = 0;
  determinedAt = UNKNOWN;

  constructor(
    private readonly rules: JurisdictionRules,
    private readonly idx: WorkingDayIndex,
    readonly received: number,
    readonly lines: string[] | null,
    private readonly warnings: string[],
    private readonly source: string | undefined,
  ) {
    const r = rules.response;
    this.verified = r.verified && idx.calendar.verified;
    this.known = r.days !== null && r.dayKind !== null && !r.noFixedPeriod;
    if (!this.known) {
      this.basis = r.noFixedPeriod ? 'law' : 'unknown';
      this.verified = false;
      lines?.push(unknownLine('response', r, source));
      return;
    }
    this.business = r.dayKind === 'business';
    const n = r.days as number;
    if (lines) {
      lines.push(ruleLine('response', r, source));
      lines.push(dayZero(idx, received, `the date the request was received (${rules.clockStart.words})`));
      if (!idx.calendar.verified) lines.push(`Calendar '${idx.calendar.id}' is not verified against an official list: ${idx.calendar.source}.`);
    }
    if (this.business) {
      this.rawEnd = this.due = idx.addWorking(received, n);
      lines?.push(countedWorking(idx, received, n, this.due));
    } else {
      this.rawEnd = received + n;
      this.due = this.roll(this.rawEnd);
      lines?.push(countedCalendar(idx, received, n, this.rawEnd, this.due, r));
    }
  }

  private roll(day: number): number {
    return this.rules.response.rollForward === false ? day : this.idx.onOrAfter(day);
  }

  private markDefault(reason: string): void {
    this.verified = false;
    if (this.basis === 'law') this.basis = 'default';
    (this.defaultReasons ??= []).push(reason);
  }

  private afterDetermination(day: number, what: string): boolean {
    if (this.determinedAt === UNKNOWN) return false;
    this.lines?.push(`${describeDay(day)}: ${what} after the determination of ${describeDay(this.determinedAt)}; it does not change the response deadline.`);
    return true;
  }

  /** A clarification or fee question: stops the clock if the rule allows (C < d <= D not counted). */
  question(day: number, fee: boolean): void {
    const what = fee ? 'fee notice' : 'clarification requested';
    const limit: TollingLimit = fee ? this.rules.tolling.fee : this.rules.tolling.clarification;
    const used = fee ? this.feeTolls : this.clarTolls;
    let tolls = false;
    if (!this.known || this.afterDetermination(day, what)) {
      // nothing to stop
    } else if (limit === 'unknown') {
      this.markDefault(`not known whether a ${fee ? 'fee question' : 'clarification'} stops the clock`);
      this.lines?.push(`${describeDay(day)}: ${what}. Whether this stops the clock is not known — check ${this.source ?? 'the law'} (${this.rules.tolling.citation || 'no citation recorded'}); the date shown does not stop it (a DEFAULT, not a rule).`);
    } else if (limit === 'none') {
      this.lines?.push(`${describeDay(day)}: ${what}. The law provides no tolling for it (${this.rules.tolling.citation}); the clock keeps running.`);
    } else if (limit === 'once' && used >= 1) {
      const msg = `${describeDay(day)}: a second ${fee ? 'fee notice' : 'clarification request'} does not stop the clock: only one may toll (${this.rules.tolling.citation}, CONVENTIONS.md 12).`;
      this.lines?.push(msg);
      this.warnings.push(`Second ${fee ? 'fee notice' : 'clarification request'} on ${describeDay(day)} did not stop the clock (only one may, ${this.rules.tolling.citation}).`);
    } else if (this.paused) {
      tolls = true;
      this.lines?.push(`${describeDay(day)}: ${what} while the clock is already stopped; the clock stays stopped until every pending question is answered.`);
    } else if (day >= this.due) {
      this.lines?.push(`${describeDay(day)}: ${what} on or after the deadline (${describeDay(this.due)}); it cannot stop a clock that has already run out.`);
    } else {
      tolls = true;
      this.remaining = this.business ? this.idx.countWorking(day, this.rawEnd) : this.rawEnd - day;
      this.paused = true;
      this.pausedSince = day;
      this.lines?.push(`${describeDay(day)}: ${what}; the clock stops after this day (${this.rules.tolling.citation}). ${this.remaining} ${this.business ? 'working' : 'calendar'} days remain.`);
    }
    if (tolls) {
      this.tollDepth++;
      if (fee) this.feeTolls++;
      else this.clarTolls++;
      if (!this.verified || !this.rules.tolling.verified) this.verified = false;
    }
    if (fee) (this.openFee ??= []).push(tolls);
    else (this.openClar ??= []).push(tolls);
  }

  /** The requester's answer: returns false when no question is open (the caller reports it). */
  answer(day: number, fee: boolean): boolean {
    const open = fee ? this.openFee : this.openClar;
    if (!open || open.length === 0) return false;
    const tolled = open.shift() as boolean;
    if (!tolled) {
      this.lines?.push(`${describeDay(day)}: ${fee ? 'fees resolved' : 'clarification answered'} (that question had not stopped the clock).`);
      return true;
    }
    this.tollDepth--;
    if (this.tollDepth === 0 && this.paused) this.resume(day, fee ? 'fees resolved' : 'clarification answered');
    else this.lines?.push(`${describeDay(day)}: ${fee ? 'fees resolved' : 'clarification answered'}; another question is still pending, so the clock stays stopped.`);
    return true;
  }

  private resume(day: number, what: string): void {
    const since = this.pausedSince;
    this.paused = false;
    if (this.business) {
      this.rawEnd = this.due = this.idx.addWorking(day, this.remaining + this.pendingExtensionDays);
    } else {
      this.rawEnd = day + this.remaining + this.pendingExtensionDays;
      this.due = this.roll(this.rawEnd);
    }
    if (this.lines) {
      const tolled = this.business ? this.idx.countWorking(since, day) : day - since;
      const kind = this.business ? 'working' : 'calendar';
      this.lines.push(
        `${describeDay(day)}: ${what}. Tolled: ${describeDay(since + 1)} to ${describeDay(day)} (${tolled} ${kind} days C < d <= D not counted); counting resumes the day after.`,
      );
      const n = this.remaining + this.pendingExtensionDays;
      this.lines.push(this.business ? countedWorking(this.idx, day, n, this.due, ' remaining') : countedCalendar(this.idx, day, n, this.rawEnd, this.due, this.rules.response, ' remaining'));
    }
    this.pendingExtensionDays = 0;
  }

  /** Written notice of unusual circumstances (an extension). */
  extension(day: number): void {
    const x = this.rules.extension;
    const cite = x.citation || 'no citation recorded';
    if (!this.known || this.afterDetermination(day, 'extension notice')) return;
    if (x.available === false) {
      this.lines?.push(`${describeDay(day)}: extension notice. The law provides no extension (${cite}); it changes nothing.`);
      this.warnings.push(`Extension notice on ${describeDay(day)}: the law provides no extension (${cite}).`);
      return;
    }
    if (x.available === 'unknown' || x.days === null || x.dayKind === null) {
      this.basis = 'unknown';
      this.verified = false;
      this.lines?.push(`${describeDay(day)}: extension notice. How long an extension may be is not known — check ${x.source ?? this.source ?? 'the law'} (${cite}); the response deadline is therefore not known.`);
      return;
    }
    if (this.extensions >= 1 && x.repeatable !== true) {
      const why = x.repeatable === false ? 'the law allows one extension' : 'whether the law allows more than one is not known';
      this.lines?.push(`${describeDay(day)}: a further extension notice extends nothing: ${why} (${cite}).`);
      this.warnings.push(`Further extension notice on ${describeDay(day)} extends nothing (${why}, ${cite}).`);
      return;
    }
    if (!this.paused && day > this.due && x.notice !== 'none-required') {
      this.lines?.push(`${describeDay(day)}: extension notice given after the deadline of ${describeDay(this.due)}: it extends nothing (${cite}; CONVENTIONS.md 13).`);
      this.warnings.push(`Extension notice on ${describeDay(day)} came after the response deadline (${describeDay(this.due)}) and extends nothing.`);
      if (x.notice === 'unknown') this.markDefault('not known whether a late extension notice is valid');
      return;
    }
    this.extensions++;
    if (!x.verified) this.verified = false;
    const kind = x.dayKind === 'business' ? 'working' : 'calendar';
    if (this.paused) {
      if (x.dayKind === (this.business ? 'business' : 'calendar')) this.pendingExtensionDays += x.days;
      else {
        // A calendar-day extension of a working-day clock (or the reverse) cannot be carried while
        // stopped without choosing a conversion; say so rather than guess.
        this.basis = 'unknown';
        this.verified = false;
      }
      this.lines?.push(`${describeDay(day)}: extension notice while the clock is stopped: ${x.days} ${kind} days will be added when it resumes (${cite}).`);
      return;
    }
    const from = this.due;
    if (x.dayKind === 'business') {
      this.rawEnd = this.due = this.idx.addWorking(from, x.days);
      this.business = true;
      this.lines?.push(`${describeDay(day)}: extension notice before the deadline (${x.noticeWords}; ${cite}). ${countedWorking(this.idx, from, x.days, this.due, ' more')}`);
    } else {
      this.rawEnd = from + x.days;
      this.business = false;
      this.due = this.roll(this.rawEnd);
      this.lines?.push(`${describeDay(day)}: extension notice before the deadline (${x.noticeWords}; ${cite}). ${countedCalendar(this.idx, from, x.days, this.rawEnd, this.due, this.rules.response, ' more')}`);
    }
  }

  /** The agency's determination (adverse or not): the response clock stops for good. */
  determination(day: number): void {
    if (this.determinedAt !== UNKNOWN) return;
    this.determinedAt = day;
    if (!this.known) return;
    if (this.paused) {
      // The determination ends the exchange with the requester; treat it as the end of the toll.
      this.resume(day, 'determination made while the clock was stopped');
    }
    if (this.lines) {
      this.lines.push(
        day <= this.due
          ? `${describeDay(day)}: determination made on time (deadline ${describeDay(this.due)}).`
          : `${describeDay(day)}: determination made ${this.business ? this.idx.countWorking(this.due, day) + ' working days' : day - this.due + ' calendar days'} after the deadline of ${describeDay(this.due)}.`,
      );
    }
  }

  /** Ends the walk: closes the explanation. Returns the due day or UNKNOWN (clock still stopped). */
  finish(): number {
    if (!this.known || this.basis === 'unknown') return UNKNOWN;
    if (this.paused) {
      this.lines?.push(
        `The clock has been stopped since ${describeDay(this.pausedSince)} waiting for the requester; ${this.remaining + this.pendingExtensionDays} ${this.business ? 'working' : 'calendar'} days will remain after the answer, so there is no due date yet.`,
      );
      return UNKNOWN;
    }
    if (this.defaultReasons) this.lines?.push(`DEFAULT: ${this.defaultReasons.join('; ')}.`);
    this.lines?.push(dueLine(this.due));
    return this.due;
  }
}
