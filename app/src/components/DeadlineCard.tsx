import { useId, useState } from 'react';
import { Anchor, Button, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Deadline } from '../api/types';
import { BasisBadges } from './DeadlineBadge';
import { MonthCalendar } from './MonthCalendar';
import { countedDays } from '../lib/countedDays';
import { formatDate, todayIso } from '../lib/dates';
import { safeHref } from '../lib/safeHref';

/**
 * One legal deadline with its explanation a click away: the engine's lines, the days counted on
 * a small calendar with skipped days named, the citation linked to its source. A deadline whose
 * number of days is unknown stays visibly unknown (no date is drawn).
 */
export function DeadlineCard({ deadline, start, defaultOpen = false }: { deadline: Deadline; start: string | null; defaultOpen?: boolean }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  const lang = i18n.language;
  const today = todayIso();
  const past = deadline.due != null && deadline.due < today;
  const href = safeHref(deadline.source);
  const days = open ? countedDays(deadline, start) : null;
  const kindLabel = t(`deadline.kind.${deadline.kind}`, { defaultValue: deadline.kind });
  return (
    <Paper withBorder p="sm" mb="sm" className="deadline" data-kind={deadline.kind}>
      <div className="row-between">
        <div>
          <Text fw={700}>{kindLabel}</Text>
          <Text className={deadline.due ? (past && deadline.kind !== 'may-sue' ? 'due overdue' : 'due') : 'due unknown'}>
            {deadline.due
              ? deadline.kind === 'may-sue'
                ? t(past || deadline.due === today ? 'deadline.maySueSince' : 'deadline.maySueFrom', { date: formatDate(deadline.due, lang, { dateStyle: 'long' }) })
                : t(past ? 'deadline.wasDue' : 'deadline.due', { date: formatDate(deadline.due, lang, { dateStyle: 'long' }) })
              : t('deadline.noDate')}
          </Text>
          <BasisBadges deadline={deadline} />
        </div>
        <Button size="xs" variant="default" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
          {open ? t('deadline.hide') : t('deadline.explain')}
        </Button>
      </div>
      {open ? (
        <div id={id} className="explanation">
          <Text size="sm" fw={600} mt="xs">{t('deadline.howCounted')}</Text>
          <ol className="explanation-lines">
            {deadline.explanation.map((line, i) => <li key={i}>{line}</li>)}
          </ol>
          {deadline.basis === 'unknown' ? <Text size="sm" c="red.9" fw={600}>{t('deadline.unknownHelp')}</Text> : null}
          {deadline.basis === 'default' ? <Text size="sm" c="orange.9">{t('deadline.defaultHelp')}</Text> : null}
          {!deadline.verified ? <Text size="sm">{t('deadline.unverifiedHelp')}</Text> : null}
          <Text size="sm" mt="xs">
            <strong>{t('deadline.citation')}:</strong>{' '}
            {deadline.citation ? deadline.citation : <em>{t('deadline.noCitation')}</em>}
            {href ? (
              <>
                {' · '}
                <Anchor href={href} target="_blank" rel="noopener noreferrer">{t('deadline.source')}</Anchor>
              </>
            ) : deadline.source ? (
              <span className="muted"> · {t('deadline.source')}: {deadline.source}</span>
            ) : null}
          </Text>
          {days ? (
            <>
              <MonthCalendar marks={days.marks} label={t('calendar.label', { kind: kindLabel })} />
              {days.derived ? <Text size="xs" className="muted">{t('calendar.derivedNote')}</Text> : null}
            </>
          ) : null}
        </div>
      ) : null}
    </Paper>
  );
}
