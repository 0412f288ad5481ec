// Explicaciones y advertencias en español, para personas que litigan o asesoran en América Latina.
// Los hechos no se traducen: citas, nombres de leyes y de feriados (tal como los da el calendario),
// fechas ISO. El texto propio de las fichas de reglas (notas, rutas, palabras de la ley), que está
// en el idioma de su fuente, se cita entre comillas latinas «…» tal cual (docs/decisions/0106).
// Los términos de EE. UU. se explican, no se calcan: "may sue" es "puede demandar ante un tribunal
// (agotamiento implícito de la vía administrativa)"; "tolling" es "suspensión del plazo".
import { formatIso, weekday } from '../day-number';
import type { DeadlineKind } from '../../contract';
import type { Messages, QuestionKind } from './types';

const DIAS = ['dom', 'lun', 'mar', 'mié', 'jue', 'vie', 'sáb'];
const DIAS_LARGOS = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'];
const q = (s: string) => `«${s}»`;
const cita = (c: string) => c || 'sin cita registrada';
const fuente = (s: string | undefined) => s ?? 'el texto de la ley';
const n1 = (n: number, uno: string, varios: string) => `${n} ${n === 1 ? uno : varios}`;
const dias = (n: number, business: boolean) => n1(n, business ? 'día hábil' : 'día natural', business ? 'días hábiles' : 'días naturales');
const pregunta = (k: QuestionKind) => (k === 'fee' ? 'aviso de costos' : 'requerimiento de aclaración al solicitante');
const respondida = (k: QuestionKind) => (k === 'fee' ? 'costos resueltos' : 'aclaración respondida');

/** Nombre del plazo (etiqueta) y su forma dentro de una oración. */
const PLAZO: Record<DeadlineKind, { label: string; frase: string }> = {
  response: { label: 'plazo de respuesta', frase: 'la respuesta' },
  'expedited-decision': { label: 'decisión sobre la tramitación urgente (expedited processing)', frase: 'la decisión sobre la tramitación urgente' },
  'appeal-filing': { label: 'plazo para interponer el recurso administrativo', frase: 'la interposición del recurso administrativo' },
  'appeal-decision': { label: 'plazo para resolver el recurso', frase: 'la resolución del recurso' },
  'may-sue': { label: 'acción judicial', frase: 'la acción judicial' },
};
const EVENTO = {
  'clarification-requested': 'requerimiento de aclaración al solicitante',
  'fee-notice': 'aviso de costos',
  'extension-notice': 'aviso de prórroga',
} as const;
const REANUDA = {
  'clarification-answered': 'aclaración respondida',
  'fees-resolved': 'costos resueltos',
  'determination-while-stopped': 'resolución emitida mientras el plazo estaba suspendido',
} as const;
const SUPLETORIO = {
  'toll-unknown-clarification': 'no se sabe si un requerimiento de aclaración suspende el plazo',
  'toll-unknown-fee': 'no se sabe si un aviso de costos suspende el plazo',
  'late-extension-validity-unknown': 'no se sabe si un aviso de prórroga tardío es válido',
} as const;
const CUENTA = { '': '', remaining: ' restantes', more: ' adicionales' } as const;
const porQueNoMas = (r: false | 'unknown') => (r === false ? 'la ley permite una sola prórroga' : 'no se sabe si la ley permite más de una');

export const OGLESBY_ES =
  'Oglesby v. U.S. Dep’t of the Army, 920 F.2d 57 (D.C. Cir. 1990): si la resolución se emite después del vencimiento del plazo pero antes de presentada la demanda, el solicitante debe recurrirla en vía administrativa antes de demandar';

export const es: Messages = {
  language: 'es',
  day: (d) => `${DIAS[weekday(d)]} ${formatIso(d)}`,
  weekdayName: (d) => DIAS_LARGOS[weekday(d)],
  tolledDayName: (k) =>
    k === 'determination' ? 'plazo suspendido hasta la resolución' : `plazo suspendido: en espera del solicitante (${pregunta(k)})`,

  closureEntry: (day, name, kind) =>
    `${day} ${name}${kind === 'executive-closure' ? ' (cierre por orden ejecutiva, excluido por decisión de la organización: CONVENTIONS.md 8)' : kind === 'custom' ? ' (cierre propio de la organización)' : ''}`,
  skipped(weekend, closures, notSkipped) {
    let s = `se excluyeron ${n1(weekend, 'día de fin de semana', 'días de fin de semana')}`;
    s += closures.length ? ` y ${n1(closures.length, 'día inhábil', 'días inhábiles')}: ${closures.join('; ')}` : ' y ningún día inhábil';
    if (notSkipped.length) {
      s += `. Se computaron como días hábiles: ${notSkipped.join('; ')} (los cierres por orden ejecutiva no son feriados legales, CONVENTIONS.md 8)`;
    }
    return s;
  },
  countedWorking: (n, label, first, end, skipped) =>
    `Se computaron ${dias(n, true)}${CUENTA[label]}: del ${first} (día 1) al ${end} (día ${n}); ${skipped}.`,
  countedCalendar(n, label, day0, rawEnd, end) {
    const s = `Se computaron ${dias(n, false)}${CUENTA[label]} a partir del ${day0}: el día ${n} es el ${rawEnd}`;
    if (end.kind === 'working') return s + ', día hábil.';
    if (end.kind === 'no-roll') return s + '; la regla no traslada el vencimiento, por lo que se mantiene aunque no sea día hábil.';
    return s + `, día inhábil; el vencimiento se traslada al siguiente día hábil, ${end.to} (CONVENTIONS.md 5): ${end.skipped}.`;
  },
  dayZero(day0, what, nw) {
    const s = `Día 0: ${day0}, ${what} (CONVENTIONS.md 2).`;
    return nw ? s + ` No es día hábil (${nw.closureName ?? 'fin de semana'}), por lo que el primer día hábil siguiente, ${nw.first}, es el día 1.` : s;
  },
  rule(kind, r) {
    let s = `Regla: ${PLAZO[kind].label}: ${dias(r.days, r.business)} (${cita(r.citation)}`;
    if (r.source) s += `; fuente: ${r.source}`;
    s += ')';
    if (r.note) s += `. Nota de la ficha de reglas: ${q(r.note.replace(/[.]$/, ''))}`;
    if (r.isDefault) s += `. Se aplica una REGLA SUPLETORIA: ${r.defaultReason ? q(r.defaultReason) : 'no se conoce regla alguna'}`;
    if (!r.verified) s += '. Sin verificar: confirme la fuente antes de basarse en ella.';
    return s;
  },
  due: (due, next) => `Vencimiento: ${due}, al término de ese día; incumplido a partir del ${next} (CONVENTIONS.md 4).`,
  noFixedPeriod: (kind, words, citation, source) =>
    `La ley no fija un número de días para ${PLAZO[kind].frase}: ${q(words)} (${cita(citation)}). No puede calcularse una fecha; consulte ${fuente(source)}.`,
  unknownPeriod: (kind, citation, note, source) =>
    `No se conoce el plazo para ${PLAZO[kind].frase}: consulte ${fuente(source)}${citation ? ` (${citation})` : ''}.${note ? ` Nota de la ficha de reglas: ${q(note)}.` : ''} No se calcula ninguna fecha para no conjeturar.`,

  day0Received: (words) => `fecha de recepción de la solicitud (${q(words)})`,
  day0Expedited: () => 'fecha de recepción de la solicitud de tramitación urgente',
  day0AdverseDetermination: (from) => `${q(from)} (resolución desfavorable)`,
  day0AppealReceived: () => 'fecha de recepción del recurso administrativo',
  calendarNotVerified: (id, source) => `El calendario '${id}' no está verificado contra una lista oficial: ${q(source)}.`,

  afterDetermination: (day, ev, det) => `${day}: ${EVENTO[ev]} posterior a la resolución del ${det}; no modifica el plazo de respuesta.`,
  questionTollUnknown: (day, k, source, citation) =>
    `${day}: ${pregunta(k)}. No se sabe si suspende el plazo; consulte ${fuente(source)} (${cita(citation)}). La fecha indicada no lo suspende (criterio SUPLETORIO, no una regla legal).`,
  questionNoTolling: (day, k, citation) => `${day}: ${pregunta(k)}. La ley no prevé la suspensión del plazo en este caso (${citation}); el plazo sigue corriendo.`,
  secondQuestion: (day, k, citation) =>
    `${day}: un segundo ${pregunta(k)} no suspende el plazo: solo uno puede suspenderlo (${citation}, CONVENTIONS.md 12).`,
  secondQuestionWarning: (day, k, citation) => `El segundo ${pregunta(k)}, del ${day}, no suspendió el plazo (solo uno puede hacerlo, ${citation}).`,
  questionWhileStopped: (day, k) =>
    `${day}: ${pregunta(k)} mientras el plazo ya está suspendido; la suspensión continúa hasta que se responda toda consulta pendiente.`,
  questionAfterDeadline: (day, k, due) =>
    `${day}: ${pregunta(k)} en la fecha de vencimiento o después (${due}); no puede suspender un plazo ya vencido.`,
  questionStops: (day, k, citation, remaining, business) =>
    `${day}: ${pregunta(k)}; el plazo se suspende a partir del día siguiente (${citation}). Quedan ${dias(remaining, business)}.`,
  answerNotTolled: (day, k) => `${day}: ${respondida(k)} (esa consulta no había suspendido el plazo).`,
  answerStillStopped: (day, k) => `${day}: ${respondida(k)}; queda otra consulta pendiente, por lo que el plazo sigue suspendido.`,
  resumed: (day, cause, from, to, tolled, business) =>
    `${day}: ${REANUDA[cause]}. Suspensión del plazo: del ${from} al ${to} (${dias(tolled, business)} C < d <= D no computados); el cómputo se reanuda al día siguiente.`,
  extensionNone: (day, citation) => `${day}: aviso de prórroga. La ley no prevé prórroga (${cita(citation)}); el aviso no modifica nada.`,
  extensionNoneWarning: (day, citation) => `Aviso de prórroga del ${day}: la ley no prevé prórroga (${cita(citation)}).`,
  extensionLengthUnknown: (day, source, citation) =>
    `${day}: aviso de prórroga. No se sabe cuánto puede durar la prórroga; consulte ${fuente(source)} (${cita(citation)}). Por ello no se conoce el vencimiento del plazo de respuesta.`,
  extensionFurther: (day, r, citation) => `${day}: un nuevo aviso de prórroga no prorroga nada: ${porQueNoMas(r)} (${cita(citation)}).`,
  extensionFurtherWarning: (day, r, citation) => `El nuevo aviso de prórroga del ${day} no prorroga nada (${porQueNoMas(r)}, ${cita(citation)}).`,
  extensionLate: (day, due, citation) =>
    `${day}: aviso de prórroga dado después del vencimiento del ${due}: no prorroga el plazo (${cita(citation)}; CONVENTIONS.md 13).`,
  extensionLateWarning: (day, due) => `El aviso de prórroga del ${day} llegó después del vencimiento del plazo de respuesta (${due}) y no lo prorroga.`,
  extensionWhileStopped: (day, n, business, citation) =>
    `${day}: aviso de prórroga mientras el plazo está suspendido: se sumarán ${dias(n, business)} cuando se reanude el cómputo (${cita(citation)}).`,
  extensionOnTime: (day, words, citation, counted) => `${day}: aviso de prórroga antes del vencimiento (${q(words)}; ${cita(citation)}). ${counted}`,
  determinedOnTime: (day, due) => `${day}: resolución emitida en tiempo (vencimiento: ${due}).`,
  determinedLate: (day, late, business, due) => `${day}: resolución emitida ${dias(late, business)} después del vencimiento del ${due}.`,
  stoppedNoDue: (since, remaining, business) =>
    `El plazo está suspendido desde el ${since} en espera del solicitante; quedarán ${dias(remaining, business)} después de su respuesta, por lo que todavía no hay fecha de vencimiento.`,
  defaultUsed: (reasons) => `CRITERIO SUPLETORIO: ${reasons.map((r) => SUPLETORIO[r]).join('; ')}.`,

  appliesOnly: (lawName, note, received) => `${lawName} solo se aplica a ${q(note)}; esta solicitud se recibió el ${received}.`,
  noDate: (why, source) => `Sin fecha: ${why}. Consulte ${fuente(source)}.`,
  noExpeditedPeriod: () => 'las fuentes de que disponemos no prevén para esta jurisdicción un plazo propio para decidir sobre una solicitud de tramitación urgente',
  noAdministrativeAppeal: (route, courtRoute) => `no existe recurso administrativo (${q(route)}); vía judicial: ${q(courtRoute)}`,
  defaultBecause: (noAgency, reason) =>
    `REGLA SUPLETORIA porque ${noAgency ? 'no se indicó ningún organismo, de modo que se aplica: ' : ''}${reason ? q(reason) : 'no se conoce regla alguna'}.`,
  agencyInherits: (id, name, parent) => `Organismo: ${id} (${name})${parent ? `, dependencia de ${parent}, cuya regla hereda` : ''}.`,
  agencyNoRule: (id, name) => `Organismo: ${id} (${name}); no hay regla registrada sobre el recurso administrativo para él ni para el organismo del que depende.`,
  appealExistenceUnknown: (route) => `No está confirmado que exista un recurso administrativo (${q(route)}).`,
  appealFiledLate: (received, closed) => `El recurso se recibió el ${received}, después de cerrado el plazo para interponerlo (${closed}).`,
  appealDecidedOn: (day) => `El recurso se resolvió el ${day}.`,

  maySueAfterAppealDecision: (decided, route, citation) =>
    `El recurso se resolvió el ${decided}. Si se denegó en todo o en parte, el solicitante puede demandar ante un tribunal desde esa fecha (${q(route)}; ${citation}; CONVENTIONS.md 17).`,
  appealDecisionPeriodUnknown: () => 'No se conoce el plazo para resolver el recurso, por lo que no puede darse una fecha',
  noAppealDecisionBy: (due) => `Sin resolución del recurso al vencer su plazo (${due})`,
  noDeterminationBy: (due) => `Sin resolución al vencer el plazo de respuesta (${due})`,
  maySueAfterMissedAppeal: (what, from, citation) =>
    `${what}: el silencio de la autoridad permite al solicitante demandar ante un tribunal a partir del día siguiente, ${from} (${citation}; CONVENTIONS.md 17).`,
  maySueAfterMissedResponse: (what, from, citation) =>
    `${what}: ante el silencio de la autoridad, se considera agotada la vía administrativa (agotamiento implícito, "constructive exhaustion") y el solicitante puede demandar ante un tribunal a partir del día siguiente, ${from} (${citation}; CONVENTIONS.md 17).`,
  suitRightUnknown: (what, source, route) =>
    `${what}; no se sabe si ello permite al solicitante acudir a la vía judicial; consulte ${fuente(source)} (${q(route)}).`,
  maySueNoDate: (noFixed, route, citation, source) =>
    `El plazo de respuesta no es una fecha (${noFixed ? q(noFixed) : 'se desconoce'}), por lo que no puede calcularse el primer día en que el solicitante puede acudir a la vía judicial; vía judicial: ${q(route)} (${cita(citation)}). Consulte ${fuente(source)}.`,
  oglesbyWarning: (det, due) =>
    `La resolución del ${det} se emitió después del vencimiento del plazo de respuesta (${due}) pero antes de cualquier demanda: en esa situación, los tribunales del Circuito de D.C. exigen interponer el recurso administrativo antes de demandar (${OGLESBY_ES}).`,
  oglesbyLine: (det) => `Advertencia: la resolución del ${det} fue tardía pero anterior a la demanda; rige ${OGLESBY_ES}.`,
  determinedLateNote: (det) => `Se emitió una resolución tardía, el ${det}.`,
  suitBeforeLateDetermination: (suit, det) => `La demanda se presentó el ${suit}, antes de la resolución tardía del ${det}.`,

  versionApplied: (chosen, lawName, id, received, covers) =>
    `Se aplican las reglas de ${chosen} (${lawName}) en lugar de ${id}: esta solicitud se recibió el ${received}, y ${id} rige para ${q(covers)}.`,
};
