// A handful of EXAMPLE requests, invented to show the product beyond the founding case: Mexican,
// Guatemalan and US state agencies. Visible to the demo organisation only, titled "EXAMPLE", and
// every event says it is invented. Dates fall under the law that applies on them (Mexico: the
// 2025 law, jurisdiction 'mx', for requests received from 2025-03-21; earlier ones are 'mx-2015').
import type { CreateRequestInput, EventInput } from '../features/requests/schema';
import type { DemoRequest } from './founding-case';

const INVENTED = 'EXAMPLE (invented for the demo; not a real request).';

function ev(kind: EventInput['kind'], date: string, note: string, data: Record<string, unknown> = {}): EventInput {
  return { kind, date, note: `${INVENTED} ${note}`.trim(), data: { ...data, example: true, date_precision: 'exact' } };
}

function example(key: string, input: Pick<CreateRequestInput, 'title' | 'text' | 'agency_id' | 'jurisdiction' | 'tags' | 'events'> & { notes?: string }): DemoRequest {
  return {
    key,
    input: {
      fee_waiver: false,
      expedited: false,
      visibility: 'organisation',
      requester: { name: 'Demo organisation', email: null },
      tracking_number: null,
      ...input,
      notes: `${INVENTED} ${input.notes ?? ''}`.trim(),
    },
  };
}

export const EXAMPLES: DemoRequest[] = [
  example('example-mx-inm', {
    title: 'EXAMPLE: INM — agreements with US agencies on migrants\' biometric data',
    text: 'Solicito copia de los convenios, memorandos de entendimiento o acuerdos vigentes entre el Instituto Nacional de Migración y autoridades de los Estados Unidos sobre el intercambio de datos biométricos de personas migrantes.',
    agency_id: 'mx-inm',
    jurisdiction: 'mx',
    tags: ['example', 'biometrics'],
    notes: 'Filed on the Plataforma Nacional de Transparencia in this story.',
    events: [
      ev('filed', '2025-06-02', 'Sent through the Plataforma Nacional de Transparencia.'),
      ev('acknowledged', '2025-06-02', 'Folio assigned.', { tracking_number: 'EXAMPLE-330027325000001' }),
    ],
  }),
  example('example-gt-igm', {
    title: 'EXAMPLE: IGM — biometric data exchanged with the United States',
    text: 'Solicito copia de los acuerdos suscritos por el Instituto Guatemalteco de Migración con el Gobierno de los Estados Unidos sobre intercambio de información biométrica de personas migrantes retornadas.',
    agency_id: 'gt-igm',
    jurisdiction: 'gt',
    tags: ['example', 'biometrics'],
    events: [
      ev('filed', '2025-02-03', 'Sent to the Unidad de Información Pública by e-mail.'),
      ev('adverse-determination', '2025-02-14', 'Refused as confidential on national-security grounds (the kind of refusal Access Now reported in 2023).'),
    ],
  }),
  example('example-us-tx-dps', {
    title: 'EXAMPLE: Texas DPS — data-sharing agreements with federal immigration agencies',
    text: 'Under the Texas Public Information Act, I request copies of agreements between the Department of Public Safety and U.S. Customs and Border Protection or U.S. Immigration and Customs Enforcement on sharing biometric data of people in custody, in force since 1 January 2021.',
    agency_id: 'us-tx-dps',
    jurisdiction: 'us-tx',
    tags: ['example', 'biometrics'],
    events: [ev('filed', '2025-09-02', 'Sent through the agency\'s public-information portal; no answer since.')],
  }),
  example('example-us-az-dps', {
    title: 'EXAMPLE: Arizona DPS — facial recognition searches for federal agencies',
    text: 'Under the Arizona Public Records Law, I request records showing the number of facial recognition searches the Department ran at the request of CBP or ICE in 2024, and the policies that govern them.',
    agency_id: 'us-az-dps',
    jurisdiction: 'us-az',
    tags: ['example', 'facial-recognition'],
    events: [
      ev('filed', '2025-10-06', 'Sent by e-mail to the records unit.'),
      ev('acknowledged', '2025-10-08', 'Acknowledged; the unit said it would answer "as promptly as possible".'),
    ],
  }),
];
