import { useState } from 'react';
import { Anchor, Button, NativeSelect, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { post, qs } from '../api/client';
import type { OutboxItem } from '../api/types';
import { ErrorNote } from './ErrorNote';
import { LetterView, type LetterLike } from './LetterView';

export const LETTER_KINDS = ['follow-up', 'appeal', 'intent-to-sue', 'thank-you'] as const;

interface Drafted { letter: LetterLike; text: string; outbox: OutboxItem | null }

/**
 * Letters written from the timeline by the server (POST /requests/:id/letters): shown as the text
 * that would be sent, kept as an outbox draft on request, or downloaded as a PDF.
 */
export function Letters({ requestId, canWrite }: { requestId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [kind, setKind] = useState<string>('follow-up');
  const [language, setLanguage] = useState<string>('');
  const [draft, setDraft] = useState<Drafted | null>(null);
  const write = useMutation({
    mutationFn: (save: boolean) => post<Drafted>(`/api/v1/requests/${encodeURIComponent(requestId)}/letters`, { kind, save, ...(language ? { language } : {}) }),
    onSuccess: async (d) => {
      setDraft(d);
      if (d.outbox) await qc.invalidateQueries({ queryKey: ['outbox', requestId] });
    },
  });
  const pdf = `/api/v1/requests/${encodeURIComponent(requestId)}/letter.pdf${qs({ kind, language })}`;
  return (
    <div className="stack">
      <div className="row">
        <NativeSelect
          size="xs"
          label={t('letters.kindLabel')}
          value={kind}
          onChange={(e) => { setKind(e.currentTarget.value); setDraft(null); }}
          data={LETTER_KINDS.map((k) => ({ value: k, label: t(`letters.kindName.${k}`) }))}
        />
        <NativeSelect
          size="xs"
          label={t('letters.language')}
          value={language}
          onChange={(e) => { setLanguage(e.currentTarget.value); setDraft(null); }}
          data={[{ value: '', label: t('letters.languageAuto') }, { value: 'en', label: 'English' }, { value: 'es', label: 'Español' }]}
        />
      </div>
      <div className="row">
        <Button size="xs" variant="default" onClick={() => write.mutate(false)} loading={write.isPending && write.variables === false}>{t('letters.draft')}</Button>
        {canWrite ? (
          <Button size="xs" variant="default" onClick={() => write.mutate(true)} loading={write.isPending && write.variables === true}>{t('letters.saveDraft')}</Button>
        ) : null}
        <Anchor href={pdf} target="_blank" rel="noopener" size="sm">{t('letters.downloadPdf')}</Anchor>
      </div>
      {write.isError ? <ErrorNote error={write.error} /> : null}
      {draft ? (
        <section aria-label={t('letters.preview')}>
          {draft.outbox ? <Text size="sm" role="status">{t('letters.saved')}</Text> : null}
          <LetterView letter={draft.letter} text={draft.text} />
        </section>
      ) : null}
    </div>
  );
}
