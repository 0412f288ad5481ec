import { useState } from 'react';
import { Anchor, Button, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { post } from '../api/client';
import { ErrorNote } from './ErrorNote';
import { LetterView, type LetterLike } from './LetterView';

type Draft = LetterLike & { kind?: string; pdf_url?: string };

function samePath(url: string | undefined): string | null {
  return url && url.startsWith('/') && !url.startsWith('//') ? url : null;
}

/** Letters the API offers for this request now (follow-up, appeal, intent to sue…), drafted on request. */
export function Letters({ requestId, offered }: { requestId: string; offered: { kind: string; url?: string }[] | undefined }) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<Draft | null>(null);
  const make = useMutation({
    mutationFn: (kind: string) => post<Draft>(`/api/v1/requests/${encodeURIComponent(requestId)}/letters`, { kind, language: i18n.language }),
    onSuccess: (d, kind) => setDraft({ ...d, kind: d.kind ?? kind }),
  });
  if (!offered) return <Text size="sm" className="muted">{t('letters.notOffered')}</Text>;
  if (!offered.length) return <Text size="sm">{t('letters.noneNow')}</Text>;
  const pdf = samePath(draft?.pdf_url);
  return (
    <div className="stack">
      <div className="row">
        {offered.map((l) => (
          <Button key={l.kind} size="xs" variant="default" onClick={() => make.mutate(l.kind)} loading={make.isPending && make.variables === l.kind}>
            {t(`letters.kind.${l.kind}`, { defaultValue: l.kind })}
          </Button>
        ))}
      </div>
      {make.isError ? <ErrorNote error={make.error} /> : null}
      {draft ? (
        <section aria-label={t('letters.preview')}>
          <LetterView letter={draft} />
          {pdf ? <Anchor href={pdf} download>{t('letters.downloadPdf')}</Anchor> : null}
        </section>
      ) : null}
    </div>
  );
}
