// ACCESO_BLOB_URL: where blobs live when not in the data directory.
//   s3://ACCESS_KEY:SECRET@HOST[:PORT]/BUCKET[/PREFIX/]?region=REGION&forcePathStyle=true&tls=true
// - key and secret are percent-encoded (a "/" in a secret is %2F); omit both to use the AWS
//   SDK's default credential chain (environment, instance profile).
// - HOST is the S3 endpoint (s3.amazonaws.com, a MinIO host, 127.0.0.1 in tests).
// - tls: https unless `tls=false`; loopback hosts (127.0.0.1, ::1, localhost) default to http.
// - region defaults to us-east-1 (what MinIO and most S3-compatible servers expect).
// - forcePathStyle defaults to true (bucket in the path), which every S3-compatible server serves.
export interface S3Location {
  endpoint: string;
  region: string;
  bucket: string;
  prefix: string;
  forcePathStyle: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

export function parseBlobUrl(raw: string): S3Location {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error('ACCESO_BLOB_URL is not a URL; expected s3://KEY:SECRET@HOST[:PORT]/BUCKET[/PREFIX]?region=...');
  }
  if (url.protocol !== 's3:') throw new Error(`ACCESO_BLOB_URL must start with s3:// (got ${url.protocol}//)`);
  if (!url.hostname) throw new Error('ACCESO_BLOB_URL has no host (the S3 endpoint).');
  const [bucket, ...rest] = url.pathname.replace(/^\/+/, '').split('/');
  if (!bucket) throw new Error('ACCESO_BLOB_URL has no bucket: s3://KEY:SECRET@HOST/BUCKET');
  const params = url.searchParams;
  for (const k of params.keys()) {
    if (!['region', 'forcePathStyle', 'tls'].includes(k)) throw new Error(`ACCESO_BLOB_URL: unknown parameter "${k}" (known: region, forcePathStyle, tls)`);
  }
  const bool = (name: string, dflt: boolean) => {
    const v = params.get(name);
    if (v === null) return dflt;
    if (v === 'true' || v === 'false') return v === 'true';
    throw new Error(`ACCESO_BLOB_URL: ${name} must be true or false (got "${v}")`);
  };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const loopback = host === '127.0.0.1' || host === '::1' || host === 'localhost';
  const tls = bool('tls', !loopback);
  const prefixPath = rest.filter(Boolean).join('/');
  const user = decodeURIComponent(url.username);
  const pass = decodeURIComponent(url.password);
  if ((user === '') !== (pass === '')) throw new Error('ACCESO_BLOB_URL: give both key and secret (KEY:SECRET@) or neither.');
  return {
    endpoint: `${tls ? 'https' : 'http'}://${url.host}`,
    region: params.get('region') || 'us-east-1',
    bucket,
    prefix: prefixPath ? `${prefixPath}/` : '',
    forcePathStyle: bool('forcePathStyle', true),
    credentials: user ? { accessKeyId: user, secretAccessKey: pass } : undefined,
  };
}
