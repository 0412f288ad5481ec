// Shared helpers for the engine's tests.
import { computeDeadlines, type DeadlineInput, type DeadlineKind, type DeadlineSet, type LegalEvent, type LegalEventKind } from '../index';

export function deadline(set: DeadlineSet, kind: DeadlineKind) {
  return set.deadlines.find((d) => d.kind === kind);
}

export function due(set: DeadlineSet, kind: DeadlineKind): string | null | undefined {
  return deadline(set, kind)?.due;
}

export function ev(kind: LegalEventKind, date: string): LegalEvent {
  return { kind, date };
}

export function federal(received: string, events: LegalEvent[] = [], extra: Partial<DeadlineInput> = {}): DeadlineSet {
  return computeDeadlines({ jurisdiction: 'us-federal', received, events, ...extra });
}
