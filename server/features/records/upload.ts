// Reading an uploaded file out of an HTTP body: multipart/form-data (the first part with a file
// name), or the raw bytes with the name in ?filename=, X-Filename or Content-Disposition.
import { errors } from '../../errors';

export interface UploadedFile { filename: string; mediaType: string | null; data: Buffer }

export function fileFromBody(body: unknown, headers: Record<string, string | string[] | undefined>, query: { filename?: string }): UploadedFile {
  if (!Buffer.isBuffer(body) || body.length === 0) throw errors.badRequest('empty-upload', 'The request body is empty: send the file as the body, or as multipart/form-data.');
  const type = String(headers['content-type'] ?? '');
  if (type.startsWith('multipart/form-data')) return fromMultipart(body, type);
  const disposition = String(headers['content-disposition'] ?? '');
  const named = query.filename ?? (headers['x-filename'] ? decodeURIComponent(String(headers['x-filename'])) : undefined) ?? dispositionName(disposition);
  if (!named) throw errors.validation([{ field: 'filename', message: 'the file needs a name', expected: '?filename=, an X-Filename header, or Content-Disposition: attachment; filename=…' }]);
  return { filename: named, mediaType: type ? type.split(';')[0].trim() : null, data: body };
}

function dispositionName(value: string): string | undefined {
  const star = value.match(/filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i);
  if (star) return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
  return value.match(/filename\s*=\s*"([^"]*)"/i)?.[1] ?? value.match(/filename\s*=\s*([^;]+)/i)?.[1]?.trim();
}

function fromMultipart(body: Buffer, type: string): UploadedFile {
  const boundary = type.match(/boundary=(?:"([^"]+)"|([^;]+))/i);
  if (!boundary) throw errors.badRequest('bad-multipart', 'multipart/form-data without a boundary parameter.');
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2].trim()}`);
  let pos = body.indexOf(delimiter);
  while (pos !== -1) {
    const start = pos + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    const part = body.subarray(start + 2, next - 2); // skip CRLF after the delimiter and before the next
    const split = part.indexOf('\r\n\r\n');
    if (split !== -1) {
      const head = part.subarray(0, split).toString('utf8');
      const disposition = head.match(/content-disposition:([^\r\n]*)/i)?.[1] ?? '';
      const filename = dispositionName(disposition);
      if (filename) {
        const partType = head.match(/content-type:\s*([^\r\n;]+)/i)?.[1]?.trim() ?? null;
        return { filename, mediaType: partType, data: Buffer.from(part.subarray(split + 4)) };
      }
    }
    pos = next;
  }
  throw errors.badRequest('no-file', 'The multipart body has no part with a file name (field type="file").');
}
