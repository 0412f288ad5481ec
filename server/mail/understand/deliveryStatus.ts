// Reading RFC 3464 delivery-status fields, from the message/delivery-status part when mailparser
// found one, or from the raw text when the report was cut off before that part closed (common in
// real bounces: the returned original is truncated and the MIME tree never completes).

export interface RecipientStatus {
  recipient: string | null;
  action: string | null;
  status: string | null;
  diagnostic: string | null;
}

function field(block: string, name: string): string | null {
  const m = new RegExp(`^${name}\\s*:\\s*(.*(?:\\r?\\n[ \\t]+.*)*)`, 'im').exec(block);
  return m ? m[1].replace(/\r?\n[ \t]+/g, ' ').trim() : null;
}

/** Per-recipient blocks of a delivery-status text (blank-line separated, first is per-message). */
export function readDeliveryStatus(text: string): RecipientStatus[] {
  const blocks = text.split(/\r?\n\s*\r?\n/);
  const out: RecipientStatus[] = [];
  for (const block of blocks) {
    const recipient = field(block, 'Final-Recipient') ?? field(block, 'Original-Recipient');
    const action = field(block, 'Action');
    const status = field(block, 'Status');
    if (!recipient && !action && !status) continue;
    out.push({
      recipient: recipient ? recipient.replace(/^[a-z0-9-]+\s*;\s*/i, '').replace(/^<|>$/g, '') : null,
      action: action ? action.toLowerCase().split(/[\s(]/)[0] : null,
      status: status ? (/\d\.\d{1,3}\.\d{1,3}/.exec(status)?.[0] ?? status) : null,
      diagnostic: field(block, 'Diagnostic-Code'),
    });
  }
  return out;
}

export type DsnOutcome = 'failed' | 'delayed' | 'delivered' | 'unknown';

/** What a set of recipient statuses adds up to: one failure makes the whole report a failure. */
export function dsnOutcome(statuses: RecipientStatus[]): DsnOutcome {
  if (statuses.length === 0) return 'unknown';
  const actions = statuses.map((s) => s.action ?? (s.status?.startsWith('5') ? 'failed' : s.status?.startsWith('4') ? 'delayed' : s.status?.startsWith('2') ? 'delivered' : null));
  if (actions.some((a) => a === 'failed')) return 'failed';
  if (actions.some((a) => a === 'delayed')) return 'delayed';
  if (actions.length > 0 && actions.every((a) => a === 'delivered' || a === 'relayed' || a === 'expanded')) return 'delivered';
  if (statuses.some((s) => s.status?.startsWith('5'))) return 'failed';
  return 'unknown';
}
