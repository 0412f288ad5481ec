// Dates a reply mentions, in English and Spanish ("January 5, 2024", "5 de enero de 2024",
// "2024-01-05", "01/05/2024"). A numeric date that reads two ways is marked ambiguous and read in
// the message's language (M/D in English, D/M in Spanish), never silently.

export interface MentionedDate {
  date: string; // YYYY-MM-DD
  text: string;
  ambiguous: boolean;
}

const EN_MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const ES_MONTHS: Record<string, number> = {
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
};
const EN_MONTH = Object.keys(EN_MONTHS).sort((a, b) => b.length - a.length).join('|');
const ES_MONTH = Object.keys(ES_MONTHS).join('|');

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return dt.toISOString().slice(0, 10);
}

export function findDates(text: string, language: 'en' | 'es'): MentionedDate[] {
  const out: { at: number; d: MentionedDate }[] = [];
  const taken: [number, number][] = [];
  const push = (at: number, len: number, date: string | null, raw: string, ambiguous = false) => {
    if (!date || taken.some(([s, e]) => at < e && at + len > s)) return;
    taken.push([at, at + len]);
    out.push({ at, d: { date, text: raw, ambiguous } });
  };
  for (const m of text.matchAll(new RegExp(`\\b(${EN_MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'))) {
    push(m.index!, m[0].length, iso(+m[3], EN_MONTHS[m[1].toLowerCase()], +m[2]), m[0]);
  }
  for (const m of text.matchAll(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${EN_MONTH})\\.?,?\\s+(\\d{4})\\b`, 'gi'))) {
    push(m.index!, m[0].length, iso(+m[3], EN_MONTHS[m[2].toLowerCase()], +m[1]), m[0]);
  }
  for (const m of text.matchAll(new RegExp(`\\b(\\d{1,2})\\s+de\\s+(${ES_MONTH})\\s+(?:de|del)\\s+(\\d{4})\\b`, 'gi'))) {
    push(m.index!, m[0].length, iso(+m[3], ES_MONTHS[m[2].toLowerCase()], +m[1]), m[0]);
  }
  for (const m of text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) {
    push(m.index!, m[0].length, iso(+m[1], +m[2], +m[3]), m[0]);
  }
  for (const m of text.matchAll(/\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g)) {
    const a = +m[1];
    const b = +m[2];
    const y = +m[3];
    if (a > 12 && b <= 12) push(m.index!, m[0].length, iso(y, b, a), m[0]);
    else if (b > 12 && a <= 12) push(m.index!, m[0].length, iso(y, a, b), m[0]);
    else if (a === b) push(m.index!, m[0].length, iso(y, a, b), m[0]);
    else push(m.index!, m[0].length, language === 'es' ? iso(y, b, a) : iso(y, a, b), m[0], true);
  }
  return out.sort((x, y) => x.at - y.at).map((o) => o.d);
}
