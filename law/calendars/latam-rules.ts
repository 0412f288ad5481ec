// Date rules of Latin American holiday laws that date-holidays does not encode (each names its law and
// the dated lists it was checked against; international.ts says where each is used).
import type { IsoDate } from '../contract';
import { addDays, FRI, isoOf, MON, nthWeekday, SAT, SUN, THU, TUE, WED, weekdayOf } from './dates';

/** Guatemala, Decreto 19-2018 (Ley que Promueve el Turismo Interno as amended): a holiday falling on a
 *  Tuesday or Wednesday is enjoyed the Monday before; on Thursday to Sunday, the Monday after. Since the
 *  Corte de Constitucionalidad's ruling of 2020-04-16 only June 30 moves (May 1 and October 20 do not).
 *  Checked: 2022-07-04, 2023-07-03, 2024-07-01 (Mintrab, as reported); 2019-04-29, 07-01, 10-21. */
export function guatemalaTourismMonday(date: IsoDate): IsoDate {
  const w = weekdayOf(date);
  if (w === MON) return date;
  if (w === TUE || w === WED) return addDays(date, MON - w);
  return addDays(date, (8 - w) % 7);
}

/** Every day from `from` to `to` inclusive. */
export function daysBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Honduras, Decreto 78-2015: the holidays of October 3, 12 and 21 are enjoyed together on the
 *  Wednesday, Thursday and Friday of the first week of October, read as the first Wednesday of October
 *  and the two days after (matches 2023: 4-6, 2024: 2-4, 2025: 1-3). */
export function semanaMorazanica(year: number): IsoDate[] {
  const wed = nthWeekday(year, 10, WED, 1);
  return [wed, addDays(wed, 1), addDays(wed, 2)];
}

/** Ecuador, LOSEP Disposición General Cuarta as reformed in December 2016 ('Ley de feriados'): a movable
 *  holiday on Tuesday goes to the Monday before; Wednesday or Thursday to that week's Friday; Saturday to
 *  the Friday before; Sunday to the Monday after. Checked: 2024-05-03, 2025-05-02, 05-23, 08-11, 10-10. */
export function ecuadorMove(date: IsoDate): IsoDate {
  const w = weekdayOf(date);
  if (w === TUE) return addDays(date, -1);
  if (w === WED || w === THU) return addDays(date, FRI - w);
  if (w === SAT) return addDays(date, -1);
  if (w === SUN) return addDays(date, 1);
  return date;
}

/** Ecuador: Día de los Difuntos (November 2) and Independencia de Cuenca (November 3) are moved as a pair.
 *  Only the weekday patterns seen in the Ministry of Tourism calendars are modelled: Wednesday-Thursday ->
 *  Thursday-Friday (2022), Thursday-Friday and Monday-Tuesday stay, Saturday-Sunday -> Friday and Monday
 *  (2024), Sunday-Monday -> Monday-Tuesday (2025). Other patterns (Tuesday-Wednesday, Friday-Saturday)
 *  keep their own dates: unknown, not guessed. */
export function ecuadorNovemberPair(year: number): IsoDate[] {
  const nov2 = isoOf(year, 11, 2);
  const w = weekdayOf(nov2);
  if (w === WED || w === SUN) return [addDays(nov2, 1), addDays(nov2, 2)];
  if (w === SAT) return [addDays(nov2, -1), addDays(nov2, 2)];
  return [nov2, isoOf(year, 11, 3)];
}
