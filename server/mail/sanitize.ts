// HTML from outside (agency replies, bounces, spam) is hostile until cleaned: nothing runs, nothing
// loads from the network, nothing restyles the page. Call this before any HTML is shown or sent
// to the browser; the raw HTML stays in the stored message for replay only.
import sanitize from 'sanitize-html';

const ALLOWED_TAGS = [
  'p', 'br', 'div', 'span', 'blockquote', 'pre', 'code', 'hr',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'b', 'strong', 'i', 'em', 'u', 's', 'sub', 'sup', 'small',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption',
  'a',
];

export interface SanitizedHtml {
  html: string;
  /** How many remote images were dropped (shown to the user as "n images not loaded"). */
  remoteImagesRemoved: number;
}

export function sanitizeHtml(dirty: string): SanitizedHtml {
  // img is not an allowed tag, so every image goes; counting the remote ones lets the UI say so.
  const remoteImagesRemoved = (dirty.match(/<img\b[^>]*\bsrc\s*=\s*["']?\s*(?:https?:)?\/\//gi) ?? []).length;
  const html = sanitize(dirty, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: { a: ['href', 'title', 'rel', 'target'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesAppliedToAttributes: ['href'],
    allowProtocolRelative: false,
    // script/style/svg contents are dropped entirely, not turned into visible text.
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'svg', 'math', 'head', 'title', 'template', 'iframe', 'object'],
    disallowedTagsMode: 'discard',
    transformTags: {
      a: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, rel: 'noopener noreferrer nofollow', target: '_blank' },
      }),
    },
  });
  return { html, remoteImagesRemoved };
}
