import { useState, type FormEvent } from 'react';
import { Button, FileInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { uploadWithProgress } from '../api/client';
import { ErrorNote } from './ErrorNote';
import { WorkProgress } from './Progress';

/** Upload released records to a request, one file after another, with progress; reading follows in the background. */
export function DocumentUpload({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<{ file: number; total: number; sent: number; size: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    for (let i = 0; i < files.length; i++) {
      const f = files[i];
      setProgress({ file: i, total: files.length, sent: 0, size: f.size });
      try {
        await uploadWithProgress(`/api/v1/requests/${encodeURIComponent(requestId)}/documents?filename=${encodeURIComponent(f.name)}`, f, (sent, size) =>
          setProgress({ file: i, total: files.length, sent, size }));
      } catch (err) {
        setError(err);
        break;
      }
    }
    setProgress(null);
    setFiles([]);
    await qc.invalidateQueries({ queryKey: ['request', requestId] });
  };
  return (
    <form onSubmit={submit} className="stack">
      <FileInput label={t('records.upload')} multiple value={files} onChange={setFiles} clearable placeholder={t('records.chooseFiles')} />
      {progress ? (
        <WorkProgress
          done={Math.round(((progress.file + (progress.size ? progress.sent / progress.size : 1)) / progress.total) * 100)}
          total={100}
          percent
          label={t('records.uploading', { n: progress.file + 1, total: progress.total })}
        />
      ) : null}
      {error ? <ErrorNote error={error} /> : null}
      <Button type="submit" variant="default" size="xs" disabled={!files.length || !!progress}>{t('records.uploadSubmit')}</Button>
    </form>
  );
}
