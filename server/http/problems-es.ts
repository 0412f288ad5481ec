// Problem details in Spanish (decision 0420). The server words its errors in English where they
// are thrown; here each stable `code` gets its Spanish sentence, and each field error made from a
// zod issue is worded again from the issue itself. Parameters are read from the English detail only
// where errors.ts itself writes that detail (not found, limits, retry delay), so a test over the
// real constructors catches any drift. What has no Spanish wording keeps its English text, marked
// "(en inglés: …)": never a vague Spanish sentence that hides what went wrong.
import { errors, type AppError, type FieldError } from '../errors';
import { issueOf, type IssueLike } from '../validation';

export const TITLES_ES: Record<number, string> = {
  400: 'Solicitud incorrecta', 401: 'No autenticado', 403: 'Prohibido', 404: 'No encontrado', 405: 'Método no permitido',
  409: 'Conflicto', 413: 'Contenido demasiado grande', 415: 'Tipo de contenido no admitido', 422: 'Contenido no procesable',
  429: 'Demasiadas solicitudes', 500: 'Error interno del servidor', 503: 'Servicio no disponible',
};

/** Sentences for codes whose English detail carries nothing the Spanish must repeat. */
const FIXED: Record<string, string> = {
  'invalid-credentials': 'El correo electrónico o la contraseña no son correctos.',
  'csrf-token-invalid': 'Este cambio necesita la cabecera x-csrf-token de GET /api/v1/session: recargue la página e inténtelo de nuevo.',
  'malformed-json': 'El cuerpo de la solicitud no es JSON válido.',
  'internal-error': 'Algo salió mal de nuestro lado; quedó registrado.',
  'unsupported-media-type': 'Este tipo de contenido no se acepta aquí.',
  'invalid-content-length': 'La cabecera Content-Length no coincide con el cuerpo.',
  'already-filed': 'Esta solicitud ya fue presentada: envíe un seguimiento en su lugar, o registre `received` para otra fecha de recepción.',
  'already-set-up': 'Esta instancia ya tiene usuarios: inicie sesión.',
  'email-taken': 'Ya existe un usuario con esa dirección de correo electrónico.',
  'no-organisation': 'Elija primero la organización en la que actúa.',
  'no-membership': 'No es miembro de esa organización.',
  'no-adverse-determination': 'Un recurso de revisión necesita una resolución desfavorable en la cronología: regístrela primero.',
  'suggestion-unassigned': 'Asigne primero el mensaje a una solicitud.',
  'suggestion-decided': 'Esta sugerencia ya fue decidida.',
  'message-not-processed': 'El mensaje todavía se está leyendo; inténtelo de nuevo en un momento.',
  'outbox-not-draft': 'Este mensaje ya no es un borrador.',
  'document-processing': 'El documento ya espera ser leído; inténtelo de nuevo cuando esté listo o haya fallado.',
  'empty-upload': 'El cuerpo está vacío: envíe el archivo como cuerpo o como multipart/form-data.',
  'bad-multipart': 'multipart/form-data sin el parámetro boundary.',
  'no-file': 'El cuerpo multipart no tiene ninguna parte con nombre de archivo (campo type="file").',
  'empty-message': 'Envíe el mensaje sin procesar (RFC 822) como cuerpo.',
  'already-member': 'Esa persona ya es miembro de esta organización.',
  'last-owner': 'Es la única persona propietaria de la organización: haga propietario a otro miembro primero.',
};

/** Codes whose English detail is specific to the case: a Spanish lead, then the English detail. */
const LEADS: Record<string, string> = {
  unauthenticated: 'Inicie sesión o envíe un token de API.',
  forbidden: 'No tiene permiso para hacer esto.',
  unavailable: 'El servicio no está disponible en este momento.',
  'no-page-image': 'Este documento no tiene imágenes de página; lea su texto.',
  'agency-import-unreadable': 'No se pudo leer el directorio de organismos importado.',
  'agency-import-rejected': 'Se rechazó el directorio de organismos importado.',
  'job-no-download': 'Esta tarea no tiene ningún archivo para descargar.',
};

/** Codes answered with a Spanish lead and their English detail (the rest are wholly Spanish). */
export const CODES_WITH_ENGLISH_DETAIL = new Set(Object.keys(LEADS));

/** The nouns errors.notFound is called with, and their Spanish (with article). */
const NOUNS: Record<string, string> = {
  Agency: 'el organismo', Request: 'la solicitud', Document: 'el documento', Page: 'la página', Jurisdiction: 'la jurisdicción',
  Message: 'el mensaje', 'Outbox message': 'el mensaje saliente', User: 'el usuario', Suggestion: 'la sugerencia',
  Organisation: 'la organización', Job: 'la tarea', 'API token': 'el token de API', Member: 'el miembro',
};

export const inEnglish = (text: string) => `(en inglés: ${text})`;

function notFoundEs(detail: string): string | null {
  const m = /^(.+?)(?: ("(?:[^"\\]|\\.)*"))? not found\.$/.exec(detail);
  if (!m || !NOUNS[m[1]]) return null;
  return `No se encontró ${NOUNS[m[1]]}${m[2] ? ` ${m[2]}` : ''}.`;
}

const TYPES_ES: Record<string, string> = {
  string: 'texto', number: 'número', int: 'número entero', boolean: 'verdadero o falso', array: 'lista', object: 'objeto', date: 'fecha', null: 'nulo',
};
const typeEs = (t: unknown) => TYPES_ES[String(t)] ?? String(t);

/** A zod issue said again in Spanish: [message, expected], or null for issues we do not word. */
export function issueEs(issue: IssueLike): [string, string | undefined] | null {
  const origin = issue.origin as string | undefined;
  const unit = origin === 'string' ? ' caracteres' : origin === 'array' || origin === 'set' ? ' elementos' : '';
  switch (issue.code) {
    case 'invalid_type':
      if (/received undefined/.test(issue.message)) return ['es obligatorio', typeEs(issue.expected)];
      return [`debe ser de tipo ${typeEs(issue.expected)}`, typeEs(issue.expected)];
    case 'too_small':
      return [`${unit ? 'debe tener' : 'debe ser'} al menos ${String(issue.minimum)}${unit}`, `al menos ${String(issue.minimum)}${unit}`];
    case 'too_big':
      return [`${unit ? 'debe tener' : 'debe ser'} como máximo ${String(issue.maximum)}${unit}`, `como máximo ${String(issue.maximum)}${unit}`];
    case 'invalid_value':
      return Array.isArray(issue.values) ? ['no es uno de los valores admitidos', `uno de ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`] : null;
    case 'invalid_format':
      if (issue.format === 'email') return ['no es una dirección de correo electrónico', 'nombre@dominio'];
      if (issue.format === 'regex') return ['no tiene el formato documentado', 'el formato documentado'];
      return [`no tiene el formato ${String(issue.format)}`, String(issue.format)];
    case 'unrecognized_keys':
      return ['no es un campo admitido', 'solo los campos documentados'];
    default:
      return null;
  }
}

export function fieldErrorEs(fe: FieldError): FieldError {
  const issue = issueOf(fe);
  const worded = issue ? issueEs(issue) : null;
  if (!worded) return { ...fe, message: `no es válido ${inEnglish(fe.message)}` };
  const out: FieldError = { field: fe.field, message: worded[0] };
  if (worded[1] ?? fe.expected) out.expected = worded[1] ?? fe.expected;
  return out;
}

/** The Spanish detail of an AppError (its field errors, if any, worded by fieldErrorEs). */
export function detailEs(e: AppError, fields: FieldError[]): string {
  if (e.code === 'validation-failed' && fields.length) return `Revise estos datos: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}.`;
  const fixed = FIXED[e.code];
  if (fixed) return fixed;
  if (e.code === 'not-found') {
    const nf = notFoundEs(e.detail);
    if (nf) return nf;
  }
  if (e.code === 'route-not-found') {
    const m = /^No endpoint (.+)\.$/.exec(e.detail);
    if (m) return `No existe el punto de acceso ${m[1]}.`;
  }
  if (e.code === 'body-too-large') {
    const m = /limit of (\d+) bytes/.exec(e.detail);
    if (m) return `El cuerpo de la solicitud supera el límite de ${m[1]} bytes.`;
  }
  if (e.code === 'rate-limited') {
    const m = /in (\d+) seconds/.exec(e.detail);
    if (m) return `Demasiados intentos; inténtelo de nuevo en ${m[1]} segundos.`;
  }
  if (e.code === 'unauthenticated' && e.detail === errors.unauthenticated().detail) return 'Inicie sesión o envíe un token de API (Authorization: Bearer <token>).';
  if (e.code.startsWith('timeline-')) return `El motor de plazos no puede leer la cronología con este evento ${inEnglish(e.detail)}`;
  const lead = LEADS[e.code] ?? TITLES_ES[e.status] ?? 'Error';
  return `${lead.endsWith('.') ? lead : `${lead}.`} ${inEnglish(e.detail)}`;
}
