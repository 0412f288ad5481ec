// The explanation language of an HTTP request: `?lang=` wins (an unsupported value is a 400 on
// query.lang, never a silent English answer), else Accept-Language, else English. The response
// says which language it chose and that it varies with the header.
import { z } from 'zod';
import { LANGUAGES, LawInputError, pickLanguage, type Language } from '../../../law/index';
import { errors } from '../../errors';

export const langParam = z.string().max(35).optional().describe(`explanation language (${LANGUAGES.join(', ')}); default from Accept-Language, else en`);

/** Query schema of routes that only take a language (request detail, its deadlines). */
export const langQuery = z.object({ lang: langParam });

interface LangRequest { query: unknown; headers: { 'accept-language'?: string | string[] } }
interface LangReply { header(name: string, value: string): unknown }

export function explanationLanguage(req: LangRequest, reply: LangReply): Language {
  const explicit = (req.query as { lang?: string } | undefined)?.lang;
  let language: Language;
  try {
    language = pickLanguage({ explicit, acceptLanguage: req.headers['accept-language'] });
  } catch (e) {
    if (e instanceof LawInputError) throw errors.validation([{ field: 'query.lang', message: e.message, expected: `one of ${LANGUAGES.join(', ')}` }]);
    throw e;
  }
  reply.header('vary', 'Accept-Language');
  reply.header('content-language', language);
  return language;
}
