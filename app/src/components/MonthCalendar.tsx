import { useTranslation } from 'react-i18next';
import type { DayMark } from '../lib/countedDays';
import { addDays, formatDate, monthGrid, parseIso } from '../lib/dates';

const MAX_MONTHS = 3;

/** The months a deadline spans, each day marked counted (numbered), skipped (named) or the due day. */
export function MonthCalendar({ marks, label }: { marks: DayMark[]; label: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const byDate = new Map(marks.map((m) => [m.date, m]));
  const months: { y: number; m: number }[] = [];
  for (const mk of marks) {
    const d = parseIso(mk.date);
    const key = { y: d.getUTCFullYear(), m: d.getUTCMonth() };
    if (!months.some((x) => x.y === key.y && x.m === key.m)) months.push(key);
  }
  const shown = months.length > MAX_MONTHS ? months.slice(-MAX_MONTHS) : months;
  const weekdays = Array.from({ length: 7 }, (_, i) =>
    new Intl.DateTimeFormat(lang, { weekday: 'narrow', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + i))),
  );
  const weekdayLong = Array.from({ length: 7 }, (_, i) =>
    new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + i))),
  );
  const reasonText = (m: DayMark) => (m.reason === 'weekend' ? t('calendar.weekend') : (m.reason ?? t('calendar.skipped')));
  return (
    <div className="month-calendars" role="group" aria-label={label}>
      {months.length > shown.length ? <p className="muted small">{t('calendar.earlierMonths', { count: months.length - shown.length })}</p> : null}
      {shown.map(({ y, m }) => (
        <table key={`${y}-${m}`} className="month">
          <caption>{new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m, 1)))}</caption>
          <thead>
            <tr>{weekdays.map((w, i) => <th key={i} scope="col"><abbr title={weekdayLong[i]}>{w}</abbr></th>)}</tr>
          </thead>
          <tbody>
            {monthGrid(y, m).map((week, wi) => (
              <tr key={wi}>
                {week.map((d, di) => {
                  if (!d) return <td key={di} />;
                  const mk = byDate.get(d);
                  const day = parseIso(d).getUTCDate();
                  const cls = mk ? `day ${mk.state}` : 'day';
                  const desc = !mk
                    ? formatDate(d, lang, { dateStyle: 'full' })
                    : mk.state === 'counted'
                      ? t('calendar.countedDay', { n: mk.n, date: formatDate(d, lang, { dateStyle: 'full' }) })
                      : mk.state === 'skipped'
                        ? t('calendar.skippedDay', { reason: reasonText(mk), date: formatDate(d, lang, { dateStyle: 'full' }) })
                        : mk.state === 'tolled'
                          ? t('calendar.tolledDay', { reason: mk.reason ?? t('calendar.tolled'), date: formatDate(d, lang, { dateStyle: 'full' }) })
                        : mk.state === 'due'
                          ? t('calendar.dueDay', { n: mk.n, date: formatDate(d, lang, { dateStyle: 'full' }) })
                          : t('calendar.startDay', { date: formatDate(d, lang, { dateStyle: 'full' }) });
                  return (
                    <td key={di} className={cls} title={desc}>
                      <span aria-hidden>{day}</span>
                      {mk?.state === 'counted' || mk?.state === 'due' ? <span className="day-n" aria-hidden>{mk.n}</span> : null}
                      <span className="visually-hidden">{desc}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <SkippedList marks={marks} reasonText={reasonText} />
    </div>
  );
}

function SkippedList({ marks, reasonText }: { marks: DayMark[]; reasonText: (m: DayMark) => string }) {
  const { t, i18n } = useTranslation();
  const skipped = marks.filter((m) => m.state === 'skipped');
  const weekends = skipped.filter((m) => m.reason === 'weekend').length;
  const named = skipped.filter((m) => m.reason !== 'weekend');
  const spans = tolledSpans(marks);
  const short = (d: string) => formatDate(d, i18n.language, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  return (
    <div className="calendar-legend">
      <p className="small">
        <span className="legend-swatch counted" aria-hidden /> {t('calendar.legendCounted')}{' '}
        <span className="legend-swatch skipped" aria-hidden /> {t('calendar.legendSkipped')}{' '}
        <span className="legend-swatch due" aria-hidden /> {t('calendar.legendDue')}
        {spans.length ? <>{' '}<span className="legend-swatch tolled" aria-hidden /> {t('calendar.legendTolled')}</> : null}
      </p>
      {spans.length ? (
        <ul className="small skipped-days" aria-label={t('calendar.legendTolled')}>
          {spans.map((s) => <li key={s.from}>{t('calendar.tolledSpan', { from: short(s.from), to: short(s.to), reason: s.reason ?? t('calendar.tolled') })}</li>)}
        </ul>
      ) : null}
      {skipped.length ? (
        <ul className="small skipped-days" aria-label={t('calendar.skippedTitle')}>
          {weekends ? <li>{t('calendar.weekendsSkipped', { count: weekends })}</li> : null}
          {named.map((m) => (
            <li key={m.date}>
              <strong>{short(m.date)}</strong>: {reasonText(m)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Runs of consecutive tolled days (a stopped clock), each with its reason. */
export function tolledSpans(marks: DayMark[]): { from: string; to: string; reason?: string }[] {
  const out: { from: string; to: string; reason?: string }[] = [];
  let prev: string | null = null;
  for (const m of [...marks].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    const last = out[out.length - 1];
    if (m.state === 'tolled' && last && prev === last.to && addDays(last.to, 1) === m.date) last.to = m.date;
    else if (m.state === 'tolled') out.push({ from: m.date, to: m.date, reason: m.reason });
    prev = m.date;
  }
  return out;
}
