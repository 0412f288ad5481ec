// Prints a plain value as a TypeScript literal (identifier keys unquoted, 2-space indent).
const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function toTs(value: unknown, indent = ''): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + toTs(v, inner)).join(',\n')},\n${indent}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, v]) => `${inner}${IDENT.test(k) ? k : JSON.stringify(k)}: ${toTs(v, inner)}`).join(',\n')},\n${indent}}`;
  }
  throw new Error(`cannot print ${typeof value}`);
}
