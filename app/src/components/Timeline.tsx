import { Badge, Button, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Communication, TimelineEvent } from '../api/types';
import { formatDate } from '../lib/dates';

type Entry =
  | { type: 'event'; at: string; event: TimelineEvent }
  | { type: 'message'; at: string; message: Communication };

export function mergeTimeline(events: TimelineEvent[], messages: Communication[]): Entry[] {
  const out: Entry[] = [
    ...events.map((e) => ({ type: 'event' as const, at: e.date, event: e })),
    ...messages.map((m) => ({ type: 'message' as const, at: (m.received_at ?? m.sent_at ?? '').slice(0, 10), message: m })),
  ];
  // Oldest first, as a chronology reads; ties keep events before the message that caused them.
  return out.sort((a, b) => a.at.localeCompare(b.at) || (a.type === b.type ? 0 : a.type === 'event' ? -1 : 1));
}

/**
 * The request's chronology. Everything from outside (subjects, sender names, bodies, file names)
 * is rendered as text: React escapes it, and bodies are the plain-text part only.
 */
export function Timeline({ events, messages, onConfirm, confirming }: {
  events: TimelineEvent[];
  messages: Communication[];
  onConfirm: (e: TimelineEvent) => void;
  confirming: string | null;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const entries = mergeTimeline(events, messages);
  if (!entries.length) return <Text>{t('request.timelineEmpty')}</Text>;
  return (
    <ol className="timeline">
      {entries.map((en) =>
        en.type === 'event' ? (
          <li key={`e-${en.event.id}`} className={en.event.status === 'suggested' ? 'tl-item suggested' : 'tl-item'} data-kind={en.event.kind}>
            <div className="tl-date">{formatDate(en.event.date, lang)}</div>
            <div className="tl-body">
              <Text fw={600}>{t(`events.${en.event.kind}`, { defaultValue: en.event.kind })}</Text>
              {en.event.note ? <Text size="sm" className="pre-wrap">{en.event.note}</Text> : null}
              {en.event.source ? <Text size="xs" className="muted">{t('request.source', { source: en.event.source })}</Text> : null}
              {en.event.status === 'suggested' ? (
                <div className="row">
                  <Badge color="yellow" variant="light">{t('request.suggested')}</Badge>
                  <Button size="xs" onClick={() => onConfirm(en.event)} loading={confirming === en.event.id}>
                    {t('request.confirm')}
                  </Button>
                </div>
              ) : null}
            </div>
          </li>
        ) : (
          <li key={`m-${en.message.id}`} className="tl-item message" data-direction={en.message.direction ?? 'in'}>
            <div className="tl-date">{formatDate(en.message.received_at ?? en.message.sent_at ?? null, lang)}</div>
            <div className="tl-body">
              <Text fw={600}>
                {en.message.direction === 'out' ? t('request.sent') : t(`messageKind.${en.message.kind ?? 'reply'}`, { defaultValue: en.message.kind ?? '' })}
                {': '}
                <span className="subject">{en.message.subject || t('request.noSubject')}</span>
              </Text>
              <Text size="sm" className="muted">
                {en.message.direction === 'out' ? t('request.to', { to: en.message.to ?? '' }) : t('request.from', { from: [en.message.from_name, en.message.from && `<${en.message.from}>`].filter(Boolean).join(' ') })}
              </Text>
              {en.message.text ? (
                <details>
                  <summary>{t('request.showMessage')}</summary>
                  <div className="message-text pre-wrap">{en.message.text}</div>
                </details>
              ) : null}
              {en.message.attachments?.length ? (
                <ul className="attachments" aria-label={t('request.attachments')}>
                  {en.message.attachments.map((a, i) => (
                    <li key={i}>
                      {a.document_id ? <Link to={`/records/${a.document_id}`}>{a.filename}</Link> : <span>{a.filename}</span>}
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          </li>
        ),
      )}
    </ol>
  );
}
