// The response clock of one request: counts the response period from day 0, stops it while the
// agency waits for the requester (tolling, CONVENTIONS.md 12), adds extensions given on time
// (CONVENTIONS.md 13), and stops for good at the determination. Explanation lines are only built
// when `lines` is an array; the arithmetic is the same either way.
import { countedCalendar, countedWorking, dayZero, dueLine, ruleLine, tolledStep, unknownLine, type Narration } from './explain';
import type { ClockEvent, DefaultReason, QuestionKind, ResumeCause } from './messages/types';
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
  defaultReasons: DefaultReason[] | null = null;
  paused = false;
  pausedSince = 0;
  /** What stopped the clock (names the tolled days in `steps`). */
  private pausedBy: QuestionKind | 'determination' = 'clarification';
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
    /** Wording (catalogue) and structured steps; only used when `lines` is an array. */
    private readonly x: Narration,
  ) {
    const m = x.m;
    const r = rules.response;
    this.verified = r.verified && idx.calendar.verified;
    this.known = r.days !== null && r.dayKind !== null && !r.noFixedPeriod;
    if (!this.known) {
      this.basis = r.noFixedPeriod ? 'law' : 'unknown';
      this.verified = false;
      lines?.push(unknownLine('response', r, source, m));
      return;
    }
    this.business = r.dayKind === 'business';
    const n = r.days as number;
    if (lines) {
      lines.push(ruleLine('response', r, source, m));
      lines.push(dayZero(idx, received, m.day0Received(rules.clockStart.words), m));
      if (!idx.calendar.verified) lines.push(m.calendarNotVerified(idx.calendar.id, idx.calendar.source));
    }
    if (this.business) {
      this.rawEnd = this.due = idx.addWorking(received, n);
      if (lines) lines.push(countedWorking(idx, received, n, this.due, x));
    } else {
      this.rawEnd = received + n;
      this.due = this.roll(this.rawEnd);
      if (lines) lines.push(countedCalendar(idx, received, n, this.rawEnd, this.due, x));
    }
  }

  private roll(day: number): number {
    return this.rules.response.rollForward === false ? day : this.idx.onOrAfter(day);
  }

  private markDefault(reason: DefaultReason): void {
    this.verified = false;
    if (this.basis === 'law') this.basis = 'default';
    (this.defaultReasons ??= []).push(reason);
  }

  private day(day: number): string {
    return this.x.m.day(day);
  }

  private afterDetermination(day: number, what: ClockEvent): boolean {
    if (this.determinedAt === UNKNOWN) return false;
    this.lines?.push(this.x.m.afterDetermination(this.day(day), what, this.day(this.determinedAt)));
    return true;
  }

  /** A clarification or fee question: stops the clock if the rule allows (C < d <= D not counted). */
  question(day: number, fee: boolean): void {
    const what: ClockEvent = fee ? 'fee-notice' : 'clarification-requested';
    const q: QuestionKind = fee ? 'fee' : 'clarification';
    const m = this.x.m;
    const limit: TollingLimit = fee ? this.rules.tolling.fee : this.rules.tolling.clarification;
    const used = fee ? this.feeTolls : this.clarTolls;
    let tolls = false;
    if (!this.known || this.afterDetermination(day, what)) {
      // nothing to stop
    } else if (limit === 'unknown') {
      this.markDefault(fee ? 'toll-unknown-fee' : 'toll-unknown-clarification');
      this.lines?.push(m.questionTollUnknown(this.day(day), q, this.source, this.rules.tolling.citation));
    } else if (limit === 'none') {
      this.lines?.push(m.questionNoTolling(this.day(day), q, this.rules.tolling.citation));
    } else if (limit === 'once' && used >= 1) {
      this.lines?.push(m.secondQuestion(this.day(day), q, this.rules.tolling.citation));
      this.warnings.push(m.secondQuestionWarning(this.day(day), q, this.rules.tolling.citation));
    } else if (this.paused) {
      tolls = true;
      this.lines?.push(m.questionWhileStopped(this.day(day), q));
    } else if (day >= this.due) {
      this.lines?.push(m.questionAfterDeadline(this.day(day), q, this.day(this.due)));
    } else {
      tolls = true;
      this.remaining = this.business ? this.idx.countWorking(day, this.rawEnd) : this.rawEnd - day;
      this.paused = true;
      this.pausedSince = day;
      this.pausedBy = q;
      this.lines?.push(m.questionStops(this.day(day), q, this.rules.tolling.citation, this.remaining, this.business));
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
    const q: QuestionKind = fee ? 'fee' : 'clarification';
    if (!tolled) {
      this.lines?.push(this.x.m.answerNotTolled(this.day(day), q));
      return true;
    }
    this.tollDepth--;
    if (this.tollDepth === 0 && this.paused) this.resume(day, fee ? 'fees-resolved' : 'clarification-answered');
    else this.lines?.push(this.x.m.answerStillStopped(this.day(day), q));
    return true;
  }

  private resume(day: number, what: ResumeCause): void {
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
      this.lines.push(this.x.m.resumed(this.day(day), what, this.day(since + 1), this.day(day), tolled, this.business));
      tolledStep(this.idx, since, day, this.x, this.pausedBy);
      const n = this.remaining + this.pendingExtensionDays;
      this.lines.push(this.business ? countedWorking(this.idx, day, n, this.due, this.x, 'remaining') : countedCalendar(this.idx, day, n, this.rawEnd, this.due, this.x, 'remaining'));
    }
    this.pendingExtensionDays = 0;
  }

  /** Written notice of unusual circumstances (an extension). */
  extension(day: number): void {
    const x = this.rules.extension;
    const cite = x.citation;
    const m = this.x.m;
    const d = this.day(day);
    if (!this.known || this.afterDetermination(day, 'extension-notice')) return;
    if (x.available === false) {
      this.lines?.push(m.extensionNone(d, cite));
      this.warnings.push(m.extensionNoneWarning(d, cite));
      return;
    }
    if (x.available === 'unknown' || x.days === null || x.dayKind === null) {
      this.basis = 'unknown';
      this.verified = false;
      this.lines?.push(m.extensionLengthUnknown(d, x.source ?? this.source, cite));
      return;
    }
    if (this.extensions >= 1 && x.repeatable !== true) {
      const why = x.repeatable === false ? false : 'unknown';
      this.lines?.push(m.extensionFurther(d, why, cite));
      this.warnings.push(m.extensionFurtherWarning(d, why, cite));
      return;
    }
    if (!this.paused && day > this.due && x.notice !== 'none-required') {
      this.lines?.push(m.extensionLate(d, this.day(this.due), cite));
      this.warnings.push(m.extensionLateWarning(d, this.day(this.due)));
      if (x.notice === 'unknown') this.markDefault('late-extension-validity-unknown');
      return;
    }
    this.extensions++;
    if (!x.verified) this.verified = false;
    if (this.paused) {
      if (x.dayKind === (this.business ? 'business' : 'calendar')) this.pendingExtensionDays += x.days;
      else {
        // A calendar-day extension of a working-day clock (or the reverse) cannot be carried while
        // stopped without choosing a conversion; say so rather than guess.
        this.basis = 'unknown';
        this.verified = false;
      }
      this.lines?.push(m.extensionWhileStopped(d, x.days, x.dayKind === 'business', cite));
      return;
    }
    const from = this.due;
    if (x.dayKind === 'business') {
      this.rawEnd = this.due = this.idx.addWorking(from, x.days);
      this.business = true;
      if (this.lines) this.lines.push(m.extensionOnTime(d, x.noticeWords, cite, countedWorking(this.idx, from, x.days, this.due, this.x, 'more')));
    } else {
      this.rawEnd = from + x.days;
      this.business = false;
      this.due = this.roll(this.rawEnd);
      if (this.lines) this.lines.push(m.extensionOnTime(d, x.noticeWords, cite, countedCalendar(this.idx, from, x.days, this.rawEnd, this.due, this.x, 'more')));
    }
  }

  /** The agency's determination (adverse or not): the response clock stops for good. */
  determination(day: number): void {
    if (this.determinedAt !== UNKNOWN) return;
    this.determinedAt = day;
    if (!this.known) return;
    if (this.paused) {
      // The determination ends the exchange with the requester; treat it as the end of the toll.
      this.resume(day, 'determination-while-stopped');
    }
    if (this.lines) {
      this.lines.push(
        day <= this.due
          ? this.x.m.determinedOnTime(this.day(day), this.day(this.due))
          : this.x.m.determinedLate(this.day(day), this.business ? this.idx.countWorking(this.due, day) : day - this.due, this.business, this.day(this.due)),
      );
    }
  }

  /** Ends the walk: closes the explanation. Returns the due day or UNKNOWN (clock still stopped). */
  finish(): number {
    if (!this.known || this.basis === 'unknown') return UNKNOWN;
    if (this.paused) {
      this.lines?.push(this.x.m.stoppedNoDue(this.day(this.pausedSince), this.remaining + this.pendingExtensionDays, this.business));
      return UNKNOWN;
    }
    if (this.defaultReasons) this.lines?.push(this.x.m.defaultUsed(this.defaultReasons));
    if (this.lines) this.lines.push(dueLine(this.due, this.x.m));
    return this.due;
  }
}
