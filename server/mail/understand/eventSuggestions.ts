// Words in a reply that suggest a timeline event (acknowledgement, extension, fee notice,
// clarification, determination), in English and Spanish. These are suggestions only: the user
// confirms each one; nothing here changes the legal timeline.
import { findDates } from './datesMentioned';
import { sentences } from './text';

export type SuggestedEventKind =
  | 'acknowledged'
  | 'unusual-circumstances'
  | 'fee-notice'
  | 'clarification-requested'
  | 'adverse-determination'
  | 'determination'
  | 'appeal-received'
  | 'appeal-decided';

export interface EventSuggestion {
  kind: SuggestedEventKind;
  /** The sentence the suggestion comes from, as written. */
  sentence: string;
  /** The words that triggered it. */
  phrase: string;
  language: 'en' | 'es';
  /** A date mentioned in the same sentence, if any (the user decides which date the event has). */
  mentionedDate: string | null;
}

type Rule = { kind: SuggestedEventKind; language: 'en' | 'es'; re: RegExp };

const r = (kind: SuggestedEventKind, language: 'en' | 'es', ...parts: string[]): Rule => ({ kind, language, re: new RegExp(parts.join('|'), 'i') });

// Order matters only for display; a sentence may yield several kinds.
const RULES: Rule[] = [
  r('acknowledged', 'en',
    '(?:we|this office|the agency|our office) (?:have |has )?received your (?:foia |freedom of information act |public records |open records |records |information )?request',
    'acknowledg(?:e|es|ing|ement of) (?:the )?receipt',
    'this (?:letter|e-?mail|message|is to) (?:serves? to )?acknowledges?',
    '(?:has|have) been (?:assigned|given) (?:the )?(?:following )?(?:foia |request |tracking |reference |control |case )?(?:number|no\\.)',
    'your request (?:has been|was) (?:received|logged|assigned|entered|perfected)'),
  r('acknowledged', 'es',
    '(?:hemos )?recib(?:ido|imos) su solicitud',
    'acus(?:e|amos) (?:de )?recib(?:o|ido)',
    'se (?:le )?(?:ha )?asign(?:ado|ó) (?:el )?(?:n[uú]mero de )?(?:folio|expediente)',
    'su solicitud (?:ha sido|fue|qued[oó]) (?:recibida|registrada|admitida)'),
  r('unusual-circumstances', 'en',
    'unusual circumstances',
    '(?:extend|extending|extension of) (?:the )?(?:time|deadline|response (?:time|period|date)|time limit)',
    'additional (?:10|ten|\\d+) (?:working|business) days',
    'will (?:need|require|take) (?:an )?(?:additional|extension)'),
  r('unusual-circumstances', 'es',
    'ampliaci[oó]n (?:del|de) (?:plazo|t[eé]rmino)',
    'pr[oó]rroga',
    'ampli(?:ar|a|amos|[oó]) el (?:plazo|t[eé]rmino)',
    'se ampl[ií]a el (?:plazo|t[eé]rmino)'),
  r('fee-notice', 'en',
    'estimated (?:fees?|costs?|charges?)',
    'fee estimate',
    '(?:fees?|charges?|costs?) (?:of|will be|totaling|totalling|in the amount of|amount to)\\s+\\$?\\s?\\d',
    '\\$\\s?\\d[\\d,]*(?:\\.\\d{2})? (?:in )?(?:fees|search|duplication|review|processing)',
    'advance payment',
    '(?:agree|willingness) to pay',
    'fee waiver (?:request )?(?:is|has been|was) (?:denied|not granted)'),
  r('fee-notice', 'es',
    'costos? de (?:reproducci[oó]n|env[ií]o|certificaci[oó]n)',
    'pago de derechos',
    'monto (?:a pagar|de)\\s',
    'cubrir el (?:costo|pago)',
    'ficha de pago',
    'cuota de acceso'),
  r('clarification-requested', 'en',
    'clarif(?:y|ication|ies)',
    '(?:please |kindly )?(?:provide|need|require) (?:additional|more|further) (?:information|details|specificity)',
    'narrow (?:the scope|your request)',
    'reasonably describe',
    '(?:unable|not able) to (?:process|identify|locate) (?:your request |the records )?(?:as written |without)',
    'does not reasonably describe'),
  r('clarification-requested', 'es',
    'aclar(?:e|ar|aci[oó]n)',
    'precis(?:e|ar|i[oó]n)',
    'prevenci[oó]n',
    'requerimiento de informaci[oó]n adicional',
    '(?:complementar|corregir|completar) su solicitud',
    'informaci[oó]n adicional'),
  r('adverse-determination', 'en',
    '(?:denied|deny|denying) (?:your request|in (?:full|part)|the request)',
    'withh(?:e|o)ld(?:ing)? (?:in (?:full|part)|pursuant|under)',
    'exemptions? \\(b\\)\\(\\d\\)',
    'no (?:responsive )?records (?:were|could be) (?:found|located)',
    '(?:could|did) not locate any (?:responsive )?records',
    'partial(?:ly)? (?:grant|release|denial|denied)',
    'you (?:have the right to|may) (?:file an? )?appeal'),
  r('adverse-determination', 'es',
    '(?:se )?(?:niega|neg[oó]|deniega|deneg[oó]|denegada|negativa)',
    'clasificad[ao] como (?:reservada|confidencial)',
    'inexistencia',
    'reserva de la informaci[oó]n',
    'recurso de revisi[oó]n'),
  r('determination', 'en',
    '(?:are|is|being|will be) released? (?:in full|to you)',
    '(?:we are|is being) releasing',
    'granted in full',
    'final (?:response|determination)',
    'enclosed (?:please find|are|is) .{0,60}records'),
  r('determination', 'es',
    'se (?:le )?(?:entrega|proporciona|anexa|adjunta|remite) la informaci[oó]n',
    'respuesta (?:final )?a su solicitud',
    'se (?:otorga|concede) el acceso'),
  r('appeal-received', 'en', '(?:we have |has )?received your (?:administrative )?appeal', 'your appeal (?:has been|was) (?:received|assigned|docketed)'),
  r('appeal-received', 'es', '(?:hemos )?recibido su recurso', 'se admite (?:a tr[aá]mite )?el recurso'),
  r('appeal-decided', 'en', '(?:we are |i am )?(?:affirming|remanding|reversing)', 'your appeal (?:is|has been) (?:granted|denied|closed|remanded)'),
  r('appeal-decided', 'es', 'resoluci[oó]n del recurso', 'se (?:confirma|revoca|modifica) la respuesta'),
];

export function suggestEvents(text: string, language: 'en' | 'es'): EventSuggestion[] {
  const out: EventSuggestion[] = [];
  const seen = new Set<string>();
  for (const sentence of sentences(text)) {
    for (const rule of RULES) {
      const m = rule.re.exec(sentence);
      if (!m) continue;
      // One suggestion per kind and message: the first sentence that says it.
      if (seen.has(rule.kind)) continue;
      seen.add(rule.kind);
      out.push({
        kind: rule.kind,
        sentence,
        phrase: m[0],
        language: rule.language,
        mentionedDate: findDates(sentence, language)[0]?.date ?? null,
      });
    }
  }
  return out;
}
