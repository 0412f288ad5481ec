// Everything we read out of one parsed message, as stored in the message's summary.
import type { ParsedMessage } from '../parse/types';
import { classifyMessage, type Classification } from './classify';
import { findDates, type MentionedDate } from './datesMentioned';
import { suggestEvents, type EventSuggestion } from './eventSuggestions';
import { guessLanguage, newReplyText } from './text';
import { findTrackingNumbers, type TrackingNumber } from './trackingNumbers';

export interface Understanding {
  classification: Classification;
  language: 'en' | 'es';
  trackingNumbers: TrackingNumber[];
  dates: MentionedDate[];
  suggestions: EventSuggestion[];
}

export function understandMessage(parsed: ParsedMessage, raw: Buffer): Understanding {
  const classification = classifyMessage(parsed, raw);
  // A bounce's text is the mail system's notice plus our own request: nothing in it is the agency's.
  if (classification.kind === 'bounce') {
    return { classification, language: 'en', trackingNumbers: [], dates: [], suggestions: [] };
  }
  const text = newReplyText(parsed.text);
  const language = guessLanguage(text);
  return {
    classification,
    language,
    trackingNumbers: findTrackingNumbers(`${parsed.subject ?? ''}.\n\n${text}`),
    dates: findDates(text, language),
    suggestions: suggestEvents(text, language),
  };
}
