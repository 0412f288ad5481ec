import { describe, expect, it } from 'vitest';
import { findDates } from './datesMentioned';
import { suggestEvents } from './eventSuggestions';
import { guessLanguage, newReplyText, sentences } from './text';
import { findTrackingNumbers } from './trackingNumbers';
import { parseMessage } from '../parse/parseMessage';
import { understandMessage } from './understand';

describe('tracking numbers', () => {
  it('finds agency shapes and labelled numbers in English', () => {
    const text = `Your request has been assigned CBP-2023-012345. The DHS Privacy Office logged it as 2023-ICFO-12345.
      Please refer to FOIA Request No. 24-00871-F in all correspondence. Our case number is DOJ-OIP-2024-001122.`;
    const values = findTrackingNumbers(text).map((t) => t.value);
    expect(values).toEqual(expect.arrayContaining(['CBP-2023-012345', '2023-ICFO-12345', '24-00871-F', 'DOJ-OIP-2024-001122']));
  });
  it('finds Spanish folios and solicitud numbers with their sentence', () => {
    const found = findTrackingNumbers('Le informamos que su solicitud quedó registrada con el número de folio 330026524000123. La solicitud No. UT/2024/0456 será atendida.');
    expect(found.map((t) => t.value)).toEqual(['330026524000123', 'UT/2024/0456']);
    expect(found[0].sentence).toMatch(/^Le informamos que su solicitud/);
    expect(found[0].how).toBe('labelled');
  });
  it('does not take a year or a date for a number', () => {
    expect(findTrackingNumbers('Request No. 2024 was received on 01/05/2024.')).toEqual([]);
  });
});

describe('dates mentioned', () => {
  it('reads English and Spanish written dates and ISO dates', () => {
    const d = findDates('We received it on January 5, 2024 and will answer by 3 February 2024 (2024-02-03).', 'en');
    expect(d.map((x) => x.date)).toEqual(['2024-01-05', '2024-02-03', '2024-02-03']);
    expect(findDates('recibida el 15 de marzo de 2024 y vence el 1 de abril del 2024', 'es').map((x) => x.date)).toEqual(['2024-03-15', '2024-04-01']);
  });
  it('marks a numeric date that reads two ways as ambiguous and reads it by language', () => {
    expect(findDates('on 03/04/2024', 'en')[0]).toEqual({ date: '2024-03-04', text: '03/04/2024', ambiguous: true });
    expect(findDates('el 03/04/2024', 'es')[0]).toEqual({ date: '2024-04-03', text: '03/04/2024', ambiguous: true });
    expect(findDates('on 25/04/2024', 'en')[0]).toEqual({ date: '2024-04-25', text: '25/04/2024', ambiguous: false });
    expect(findDates('on 02/30/2024', 'en')).toEqual([]);
  });
});

describe('event suggestions', () => {
  it('finds each kind in English with its sentence', () => {
    const text = `This letter acknowledges receipt of your FOIA request dated January 2, 2024. Due to unusual circumstances, we are extending the time to respond by an additional 10 working days.
      The estimated fees are $125.00 for search and duplication. Please clarify the date range you are seeking.
      After review, records are withheld in part pursuant to exemption (b)(6).`;
    const kinds = suggestEvents(text, 'en').map((s) => s.kind);
    expect(kinds).toEqual(['acknowledged', 'unusual-circumstances', 'fee-notice', 'clarification-requested', 'adverse-determination']);
    expect(suggestEvents(text, 'en')[0]).toMatchObject({ mentionedDate: '2024-01-02', sentence: expect.stringMatching(/^This letter acknowledges receipt/) });
  });
  it('finds each kind in Spanish', () => {
    const text = `Hemos recibido su solicitud de acceso a la información. Se notifica la ampliación del plazo para dar respuesta.
      El costo de reproducción asciende a 50 pesos. Le solicitamos aclarar qué periodo le interesa.
      La información fue clasificada como reservada. Se le entrega la información en el archivo adjunto.`;
    expect(suggestEvents(text, 'es').map((s) => s.kind)).toEqual([
      'acknowledged', 'unusual-circumstances', 'fee-notice', 'clarification-requested', 'adverse-determination', 'determination',
    ]);
  });
  it('ignores the quoted copy of our own request', async () => {
    const raw = Buffer.from(
      'From: foia@cbp.example.gov\r\nTo: r-x@acceso.localhost\r\nSubject: Re: FOIA request\r\n\r\n' +
        'Thank you. Your request has been assigned CBP-2024-000111.\r\n\r\nOn Mon, Jan 1, 2024 at 9:00 AM Jane <jane@example.org> wrote:\r\n' +
        '> I request a waiver of all fees and expedited processing. Please clarify nothing.\r\n',
    );
    const u = understandMessage(await parseMessage(raw), raw);
    expect(u.classification.kind).toBe('reply');
    expect(u.trackingNumbers.map((t) => t.value)).toEqual(['CBP-2024-000111']);
    expect(u.suggestions.map((s) => s.kind)).toEqual(['acknowledged']);
  });
});

describe('text helpers', () => {
  it('keeps "Request No." inside one sentence and cuts quoted originals', () => {
    expect(sentences('See Request No. 123. It was received.')).toEqual(['See Request No. 123.', 'It was received.']);
    expect(newReplyText('Answer here.\n-----Original Message-----\nFrom: me\nour request')).toBe('Answer here.');
    expect(guessLanguage('Le informamos que su solicitud de información fue recibida')).toBe('es');
  });
});

describe('auto-replies', () => {
  it('classifies English and Spanish out-of-office replies', async () => {
    for (const [subject, body] of [
      ['Out of Office: FOIA request', 'I am out of the office until Monday.'],
      ['Respuesta automática: Solicitud', 'Me encuentro fuera de la oficina hasta el lunes.'],
      ['Re: Solicitud', 'Estaré fuera de la oficina hasta el 5 de enero de 2025. Responderé a mi regreso.'],
    ]) {
      const raw = Buffer.from(`From: a@agency.example\r\nSubject: ${subject}\r\n\r\n${body}\r\n`);
      expect(understandMessage(await parseMessage(raw), raw).classification.kind, subject).toBe('auto-reply');
    }
    const hdr = Buffer.from('From: a@agency.example\r\nX-Autoreply: yes\r\nSubject: Re: x\r\n\r\nThanks\r\n');
    expect(understandMessage(await parseMessage(hdr), hdr).classification.reasons[0]).toMatch(/x-autoreply/);
  });
});
