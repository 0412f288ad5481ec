// What the list's `q` filter searches: title, text and tracking number, lower-cased.
export function searchText(r: { title: string; text: string; tracking_number?: string | null }): string {
  return [r.title, r.text, r.tracking_number ?? ''].join('\n').toLowerCase();
}
