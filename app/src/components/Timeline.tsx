import { useState } from 'react';
import { Badge, Button, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Message, OutboxItem, Suggestion, TimelineEvent } from '../api/types';
import { formatDate } from '../lib/dates';
import { MessageText } from './MessageText';

export type Entry =
  | { type: 'event'; at: string; event: TimelineEvent }
  | { type: 'message'; at: string; message: Message }
  | { type: 'outbox'; at: string; outbox: OutboxItem };

export function mergeTimeline(events: TimelineEvent[], messages: Message[], outbox: OutboxItem[] = []): Entry[] {
  const out: Entry[] = [
    ...events.map((e) => ({ type: 'event' as const, at: e.date, event: e })),
    ...messages.map((m) => ({ type: 'message' as const, at: (m.received_at ?? m.sent_at ?? '').slice(0, 10), message: m })),
    ...outbox.map((o) => ({ type: 'outbox' as const, at: (o.sent_at ?? o.created_at).slice(0, 10), outbox: o })),
  ];
  // Oldest first, as a chronology reads; on one day, events before the messages that caused them.
  const rank = { event: 0, outbox: 1, message: 2 } as const;
  return out.sort((a, b) => a.at.localeCompare(b.at) || rank[a.type] - rank[b.type]);
}

export interface SuggestionActions {
  accept: (s: Suggestion) => void;
  dismiss: (s: Suggestion) => void;
  busy: string | null;
  canWrite: boolean;
}

function SuggestionRow({ s, actions }: { s: Suggestion; actions: SuggestionActions }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="suggestion" data-suggestion={s.id}>
      <div className="row">
        <Badge color="yellow" variant="light">{t('request.suggested')}</Badge>
        <Text size="sm" fw={600}>{t(`events.${s.kind}`, { defaultValue: s.kind })} · {formatDate(s.date, i18n.language)}</Text>
      </div>
      <Text size="sm" className="pre-wrap">“{s.sentence}”</Text>
      {actions.canWrite && s.status === 'open' ? (
        <div className="row">
          <Button size="xs" onClick={() => actions.accept(s)} loading={actions.busy === s.id}>{t('request.confirm')}</Button>
          <Button size="xs" variant="default" onClick={() => actions.dismiss(s)} disabled={actions.busy === s.id}>{t('request.dismiss')}</Button>
        </div>
      ) : (
        <Text size="xs" className="muted">{t(`request.suggestion.${s.status}`, { defaultValue: s.status })}</Text>
      )}
    </div>
  );
}

function MessageEntry({ m, actions }: { m: Message; actions: SuggestionActions }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const sender = [m.from_name, m.from && `<${m.from}>`].filter(Boolean).join(' ');
  return (
    <>
      <div className="tl-date">{formatDate(m.received_at, i18n.language)}</div>
      <div className="tl-body">
        <Text fw={600}>
          {t(`messageKind.${m.kind}`, { defaultValue: m.kind })}: <span className="subject">{m.subject || t('request.noSubject')}</span>
        </Text>
        <Text size="sm" className="muted">{t('request.from', { from: sender })}</Text>
        <Button size="xs" variant="default" my={4} aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {open ? t('request.hideMessage') : t('request.showMessage')}
        </Button>
        {open ? <MessageText id={m.id} /> : null}
        {m.attachments?.length ? (
          <ul className="attachments" aria-label={t('request.attachments')}>
            {m.attachments.map((a, i) => (
              <li key={a.id ?? i}>
                {a.document_id ? <Link to={`/records/${encodeURIComponent(a.document_id)}`}>{a.filename}</Link> : <span>{a.filename}</span>}
              </li>
            ))}
          </ul>
        ) : null}
        {(m.suggestions ?? []).map((s) => <SuggestionRow key={s.id} s={s} actions={actions} />)}
      </div>
    </>
  );
}

/**
 * The request's chronology: events, mail sent and received, and suggested events waiting for a
 * person. Everything from outside (subjects, sender names, bodies, file names) is React text.
 */
export function Timeline({ events, messages, outbox = [], actions }: {
  events: TimelineEvent[];
  messages: Message[];
  outbox?: OutboxItem[];
  actions: SuggestionActions;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const entries = mergeTimeline(events, messages, outbox);
  if (!entries.length) return <Text>{t('request.timelineEmpty')}</Text>;
  return (
    <ol className="timeline">
      {entries.map((en) => {
        if (en.type === 'message') {
          const open = (en.message.suggestions ?? []).some((s) => s.status === 'open');
          return (
            <li key={`m-${en.message.id}`} className={open ? 'tl-item message suggested' : 'tl-item message'}>
              <MessageEntry m={en.message} actions={actions} />
            </li>
          );
        }
        if (en.type === 'outbox') {
          const o = en.outbox;
          return (
            <li key={`o-${o.id}`} className="tl-item outbox">
              <div className="tl-date">{formatDate(o.sent_at ?? o.created_at, lang)}</div>
              <div className="tl-body">
                <Text fw={600}>{t(`letters.kindName.${o.letter_kind}`, { defaultValue: o.letter_kind })}: <span className="subject">{o.subject}</span></Text>
                <Text size="sm" className="muted">
                  {o.to.length ? t('request.to', { to: o.to.join(', ') }) : t('outbox.noRecipient')} · <Badge size="sm" variant="light" color={o.status === 'failed' ? 'red' : o.status === 'sent' ? 'green' : 'gray'}>{t(`outbox.status.${o.status}`, { defaultValue: o.status })}</Badge>
                </Text>
                {o.last_error ? <Text size="sm" className="error-text">{o.last_error}</Text> : null}
              </div>
            </li>
          );
        }
        const e = en.event;
        return (
          <li key={`e-${e.id}`} className="tl-item" data-kind={e.kind}>
            <div className="tl-date">{formatDate(e.date, lang)}</div>
            <div className="tl-body">
              <Text fw={600}>{t(`events.${e.kind}`, { defaultValue: e.kind })}</Text>
              {e.note ? <Text size="sm" className="pre-wrap">{e.note}</Text> : null}
              {e.source && e.source !== 'user' ? <Text size="xs" className="muted">{t('request.source', { source: e.source })}</Text> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
