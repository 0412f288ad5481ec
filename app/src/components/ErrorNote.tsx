import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** An error said in words, with the API's stable code so a person can report it. */
export function ErrorNote({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  const msg = error instanceof Error ? error.message : String(error);
  const code = error instanceof ApiError ? error.code : null;
  return (
    <Alert color="red" title={title ?? t('common.error')} role="alert" my="sm">
      {msg}
      {code ? <span className="muted"> ({code})</span> : null}
    </Alert>
  );
}
