// Timeline event kinds a person can record by hand: the server's vocabulary
// (server/features/requests/kinds.ts) minus the message events the mail feature writes itself.
export const EVENT_KINDS = [
  'filed',
  'received',
  'acknowledged',
  'clarification-requested',
  'clarification-answered',
  'fee-notice',
  'fee-resolved',
  'unusual-circumstances',
  'expedited-requested',
  'released',
  'determination',
  'adverse-determination',
  'appeal-received',
  'appeal-decided',
  'suit-filed',
  'withdrawn',
  'note',
] as const;

/** Kinds only the system writes; they still need a label on the timeline. */
export const SYSTEM_EVENT_KINDS = ['message-sent', 'message-received'] as const;

/** Which event starts the count of each deadline, for drawing the calendar. */
export const DEADLINE_START: Record<string, string[]> = {
  response: ['received', 'filed'],
  'expedited-decision': ['expedited-requested', 'filed'],
  'appeal-filing': ['adverse-determination'],
  'appeal-decision': ['appeal-received'],
};

/** The statuses the server derives (law/engine/status.ts plus draft, withdrawn, unknown). */
export const STATUSES = [
  'draft', 'awaiting-response', 'clock-stopped', 'overdue', 'may-sue', 'appeal-window-open', 'in-appeal', 'appeal-overdue',
  'in-litigation', 'closed', 'withdrawn', 'unknown',
] as const;
