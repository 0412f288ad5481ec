// Links whose target comes from data (citations' sources, agency websites) are only made clickable
// for http(s) and mailto; anything else (javascript:, data:, vbscript:) is shown as text.
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url, 'http://invalid.local');
    if (u.origin === 'http://invalid.local') return null; // relative or scheme-less: not a real source link
    return u.protocol === 'https:' || u.protocol === 'http:' || u.protocol === 'mailto:' ? u.href : null;
  } catch {
    return null;
  }
}
