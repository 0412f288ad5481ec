// Spanish letter wording (Latin American access-to-information laws, and Spanish versions of US
// letters). Sentences that need a fact the data does not carry are left out (facts.ts).
import { citationCollector, FEDERAL_FOIA, type LetterFacts } from '../facts';
import type { LetterInput } from '../types';
import type { Wording } from './en';

const MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
export function dateEs(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} de ${MESES[m - 1]} de ${y}`;
}

function ref(input: LetterInput): string {
  const r = input.request;
  return r.trackingNumber ? `la solicitud con folio ${r.trackingNumber}` : r.filedOn ? `mi solicitud del ${dateEs(r.filedOn)}` : 'mi solicitud';
}

function feeAndExpedited(input: LetterInput, cites: string[], warnings: string[]): string[] {
  const out: string[] = [];
  const federal = input.jurisdiction.family === 'us-federal';
  const r = input.request;
  if (r.feeWaiver) {
    if (federal) {
      cites.push(FEDERAL_FOIA.feeWaiver);
      out.push(`Solicito la exención de todos los costos conforme a ${FEDERAL_FOIA.feeWaiver}, ya que la divulgación es de interés público y no persigue fines comerciales.${r.feeWaiverReason ? ` ${r.feeWaiverReason}` : ''}`);
    } else {
      out.push(`Solicito que la información se entregue sin costo o con el menor costo posible, por tratarse de información de interés público.${r.feeWaiverReason ? ` ${r.feeWaiverReason}` : ''}`);
      warnings.push('Los datos de la jurisdicción no contienen una disposición sobre exención de costos; el párrafo no cita ninguna norma.');
    }
    out.push('Si hubiera algún costo, le pido que me informe el monto antes de generarlo.');
  }
  if (r.expedited) {
    if (federal) {
      cites.push(FEDERAL_FOIA.expedited);
      out.push(`Solicito el trámite acelerado conforme a ${FEDERAL_FOIA.expedited}.${r.expeditedReason ? ` ${r.expeditedReason}` : ''} Certifico que lo anterior es verdadero y correcto a mi leal saber y entender.`);
    } else {
      out.push(`Le pido que esta solicitud se atienda con la mayor prontitud posible.${r.expeditedReason ? ` ${r.expeditedReason}` : ''}`);
      warnings.push('Los datos de la jurisdicción no contienen una disposición sobre trámite urgente; el párrafo no cita ninguna norma.');
    }
  }
  return out;
}

export function wordingEs(input: LetterInput, f: LetterFacts): Wording {
  const { cites, use } = citationCollector();
  const warnings: string[] = [];
  const r = input.request;
  const ley = `la ${f.lawName}${use(f.lawCitation)}`;
  const dias = f.responseDays?.replace('working', 'hábiles').replace('calendar', 'naturales');
  const responder = r.replyAddress ? ` Le pido enviar su respuesta a ${r.replyAddress}.` : '';
  const plazo = dias ? ` Quedo en espera de su respuesta dentro del plazo de ${dias.replace(/^(\d+) (\S+)$/, '$1 días $2')} que establece la ley${use(f.responseCitation)}.` : '';
  const saludo = 'Estimada Unidad de Transparencia:';
  switch (input.kind) {
    case 'initial-request':
      return {
        subject: `Solicitud de acceso a la información: ${r.title}`,
        salutation: saludo,
        paragraphs: [
          `Con fundamento en ${ley}, solicito acceso a la siguiente información:`,
          r.text.trim(),
          ...feeAndExpedited(input, cites, warnings),
          `Prefiero recibir la información en formato electrónico. Si alguna parte se reserva o clasifica, le pido entregar la versión pública del resto y fundar y motivar cada clasificación.${plazo}${responder}`,
        ],
        closing: 'Agradezco de antemano su atención.',
        citations: cites,
        warnings,
      };
    case 'follow-up': {
      const n = input.followUpNumber ?? 1;
      const vencido =
        f.responseDue && f.daysOverdue !== null
          ? ` El plazo de respuesta venció el ${dateEs(f.responseDue)}${use(f.responseCitation)}; han pasado ${f.daysOverdue} ${f.daysOverdue === 1 ? 'día' : 'días'} desde entonces.`
          : f.responseDue
            ? ` El plazo de respuesta vence el ${dateEs(f.responseDue)}${use(f.responseCitation)}.`
            : '';
      return {
        subject: `Seguimiento${n > 1 ? ` ${n}` : ''}: ${r.title}${r.trackingNumber ? ` (folio ${r.trackingNumber})` : ''}`,
        salutation: saludo,
        paragraphs: [
          `Le escribo para dar seguimiento a ${ref(input)}, presentada con fundamento en ${ley}${r.filedOn ? ` el ${dateEs(r.filedOn)}` : ''}.${vencido}`,
          `Le agradeceré informarme el estado de la solicitud y la fecha en que puedo esperar una respuesta.${responder}`,
        ],
        closing: 'Atentamente,',
        citations: cites,
        warnings,
      };
    }
    case 'appeal': {
      const det = input.determination;
      const via = f.appealRoute ? ` Este escrito constituye el medio de impugnación previsto: ${f.appealRoute}${use(f.appealCitation)}.` : '';
      if (!f.appealRoute) warnings.push('Los datos de la jurisdicción no indican la vía de impugnación; la carta no la nombra.');
      const dentro = f.appealDue ? ` Se presenta dentro del plazo, que vence el ${dateEs(f.appealDue)}.` : '';
      return {
        subject: `Recurso: ${r.title}${r.trackingNumber ? ` (folio ${r.trackingNumber})` : ''}`,
        salutation: 'A quien corresponda:',
        paragraphs: [
          `Impugno la respuesta ${det ? `del ${dateEs(det.date)} ` : ''}a ${ref(input)}, presentada con fundamento en ${ley}.${via}${dentro}`,
          ...(det?.summary ? [`La respuesta impugnada: ${det.summary}`] : []),
          'La información solicitada es pública, o lo es al menos en parte, y debe entregarse la versión pública de lo que no esté debidamente clasificado. Solicito que se revoque o modifique la respuesta y se entregue la información.',
          `Pido que el recurso se resuelva dentro del plazo legal.${responder}`,
        ],
        closing: 'Atentamente,',
        citations: cites,
        warnings,
      };
    }
    case 'intent-to-sue': {
      const via = f.courtRoute ? ` mediante ${f.courtRoute}${use(f.courtCitation)}` : '';
      if (!f.courtRoute) warnings.push('Los datos de la jurisdicción no indican la vía judicial; la carta no la nombra.');
      const vencido = f.responseDue && f.daysOverdue !== null ? ` El plazo de respuesta venció el ${dateEs(f.responseDue)}; han pasado ${f.daysOverdue} días.` : '';
      return {
        subject: `Aviso de acción legal: ${r.title}${r.trackingNumber ? ` (folio ${r.trackingNumber})` : ''}`,
        salutation: saludo,
        paragraphs: [
          `Le escribo en relación con ${ref(input)}, presentada con fundamento en ${ley}.${vencido}`,
          `Si no recibo una respuesta y la información dentro de los 10 días siguientes a esta carta, acudiré a la vía judicial${via}.`,
          `Preferiría resolver este asunto sin litigio.${responder}`,
        ],
        closing: 'Atentamente,',
        citations: cites,
        warnings,
      };
    }
    case 'thank-you':
      return {
        subject: `Agradecimiento: ${r.title}${r.trackingNumber ? ` (folio ${r.trackingNumber})` : ''}`,
        salutation: saludo,
        paragraphs: [`Le agradezco su respuesta a ${ref(input)} y el tiempo que su oficina dedicó a atenderla.`],
        closing: 'Con agradecimiento,',
        citations: cites,
        warnings,
      };
  }
}
