import { useState, type FormEvent } from 'react';
import { Button, NativeSelect, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { post } from '../api/client';
import { EVENT_KINDS } from '../lib/eventKinds';
import { todayIso } from '../lib/dates';
import { ErrorNote } from './ErrorNote';

export function AddEventForm({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [kind, setKind] = useState<string>('acknowledged');
  const [date, setDate] = useState(todayIso());
  const [note, setNote] = useState('');
  const add = useMutation({
    mutationFn: () => post(`/api/v1/requests/${encodeURIComponent(requestId)}/events`, { kind, date, note: note || undefined }),
    onSuccess: async () => {
      setNote('');
      await qc.invalidateQueries({ queryKey: ['request', requestId] });
      await qc.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  return (
    <form onSubmit={submit} aria-labelledby="add-event-title" className="stack">
      <h3 id="add-event-title" className="h4">{t('request.addEvent')}</h3>
      <NativeSelect
        label={t('request.eventKind')}
        value={kind}
        onChange={(e) => setKind(e.currentTarget.value)}
        data={EVENT_KINDS.map((k) => ({ value: k, label: t(`events.${k}`) }))}
      />
      <TextInput label={t('request.eventDate')} type="date" required value={date} onChange={(e) => setDate(e.currentTarget.value)} />
      <Textarea label={t('request.eventNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} />
      {add.isError ? <ErrorNote error={add.error} /> : null}
      {add.isSuccess ? <p role="status" className="small">{t('request.eventAdded')}</p> : null}
      <Button type="submit" loading={add.isPending}>{t('request.addEventSubmit')}</Button>
    </form>
  );
}
