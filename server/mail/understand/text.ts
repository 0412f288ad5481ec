// Preparing a reply's text for reading: only what the agency wrote counts, not the quoted copy of
// our own request (which mentions fees, expedited processing and dates of its own), and the text
// is cut into sentences so every suggestion can show the sentence it came from.

const QUOTE_MARKERS = [
  /^On .{1,250}(?:\r?\n.{0,120})? wrote:\s*$/m,
  /^El .{1,250}(?:\r?\n.{0,120})? escribi[oó]:\s*$/m,
  /^-{2,}\s*(?:Original Message|Mensaje original|Forwarded message|Mensaje reenviado)\s*-{2,}/im,
  /^_{10,}\s*$/m,
  /^(?:From|De):\s.*\r?\n(?:(?:Sent|Date|Enviado|Fecha|To|Para):\s.*\r?\n?){1,3}/m,
];

/** The part of a reply its author wrote: quoted lines and the quoted original are removed. */
export function newReplyText(text: string): string {
  let cut = text.length;
  for (const re of QUOTE_MARKERS) {
    const m = re.exec(text);
    if (m && m.index < cut && m.index > 0) cut = m.index;
  }
  return text
    .slice(0, cut)
    .split(/\r?\n/)
    .filter((line) => !/^\s*>/.test(line))
    .join('\n')
    .trim();
}

// Words after which a full stop does not end a sentence ("Request No. 2023-…", "5 U.S.C. § 552").
const ABBREVIATIONS = /(?:^|\s)(?:no|nos|núm|num|nro|art|arts|mr|mrs|ms|dr|sr|sra|srta|lic|ing|st|vs|etc|inc|ltd|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|ene|abr|ago|dic|[a-z]|u\.s|u\.s\.c|c\.f\.r|fed|reg|sec|secs|p|pp|e\.g|i\.e)\.$/i;

/** Sentences of a text: paragraphs joined into lines, then cut after . ! ? unless an abbreviation. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const para of text.split(/\r?\n\s*\r?\n/)) {
    const flat = para.replace(/\s+/g, ' ').trim();
    if (!flat) continue;
    let start = 0;
    const re = /[.!?](?=\s+["“¿¡(]?[A-ZÁÉÍÓÚÑ0-9])/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(flat))) {
      const candidate = flat.slice(start, m.index + 1);
      if (ABBREVIATIONS.test(candidate)) continue;
      out.push(candidate.trim());
      start = m.index + 1;
    }
    const rest = flat.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out;
}

const SPANISH_WORDS = /\b(?:el|la|los|las|de|del|que|su|por|para|con|una|solicitud|informaci[oó]n|plazo|usted)\b/gi;
const ENGLISH_WORDS = /\b(?:the|of|and|to|your|for|with|this|that|request|information|records|you)\b/gi;

/** 'es' or 'en', by counting common words; used to read numeric dates (D/M vs M/D). */
export function guessLanguage(text: string): 'en' | 'es' {
  const sample = text.slice(0, 20_000);
  const es = sample.match(SPANISH_WORDS)?.length ?? 0;
  const en = sample.match(ENGLISH_WORDS)?.length ?? 0;
  return es > en ? 'es' : 'en';
}
