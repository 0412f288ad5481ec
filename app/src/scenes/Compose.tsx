import { useRef, useState, type FormEvent } from 'react';
import { Button, Checkbox, NativeSelect, Paper, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { patchJson, post } from '../api/client';
import type { Agency } from '../api/types';
import { useJurisdictions } from '../api/hooks';
import { AgencyPicker } from '../components/AgencyPicker';
import { WorkProgress } from '../components/Progress';
import { ErrorNote } from '../components/ErrorNote';
import { LetterView, type LetterLike } from '../components/LetterView';
import { ensureDrafts, sendDrafts, type ComposeInput, type Draft, type DraftApi } from '../lib/composeRequests';

const api: DraftApi = {
  create: (b) => post<{ id: string }>('/api/v1/requests', b),
  update: (id, b) => patchJson(`/api/v1/requests/${encodeURIComponent(id)}`, b),
  send: (id) => post(`/api/v1/requests/${encodeURIComponent(id)}/send`, {}),
};

export default function Compose() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const jurisdictions = useJurisdictions();
  const [jurisdiction, setJurisdiction] = useState('us-federal');
  const [agencies, setAgencies] = useState<Agency[]>([]);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [feeWaiver, setFeeWaiver] = useState(false);
  const [feeReason, setFeeReason] = useState('');
  const [expedited, setExpedited] = useState(false);
  const [expeditedReason, setExpeditedReason] = useState('');
  const [language, setLanguage] = useState('');
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const savedKey = useRef<string | null>(null);
  const [progress, setProgress] = useState<{ label: string; done: number; total: number } | null>(null);
  const [preview, setPreview] = useState<{ agency: Agency; letter: LetterLike; text: string } | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const [results, setResults] = useState<{ drafts: Draft[]; sent: boolean } | null>(null);

  const input: ComposeInput = { title, text, jurisdiction, fee_waiver: feeWaiver, fee_waiver_reason: feeReason, expedited, expedited_reason: expeditedReason };
  const key = JSON.stringify(input);

  const saveDrafts = async (): Promise<Draft[]> => {
    setProgress({ label: t('compose.saving'), done: 0, total: agencies.length });
    const changed = savedKey.current !== null && savedKey.current !== key;
    const next = await ensureDrafts(input, agencies, drafts, changed, api, (done) => setProgress({ label: t('compose.saving'), done, total: agencies.length }));
    savedKey.current = key;
    setDrafts(next);
    setProgress(null);
    await qc.invalidateQueries({ queryKey: ['requests'] });
    return next;
  };

  const showPreview = async () => {
    setPreviewError(null);
    const ds = await saveDrafts();
    const first = ds.find((d) => d.id && !d.error);
    if (!first) {
      setResults({ drafts: ds, sent: false });
      return;
    }
    try {
      const r = await post<{ letter: LetterLike; text: string }>(`/api/v1/requests/${encodeURIComponent(first.id!)}/letters`, {
        kind: 'initial-request', ...(language ? { language } : {}),
      });
      setPreview({ agency: first.agency, letter: r.letter, text: r.text });
    } catch (e) {
      setPreviewError(e);
    }
  };

  const saveOnly = async () => setResults({ drafts: await saveDrafts(), sent: false });

  const send = async (e: FormEvent) => {
    e.preventDefault();
    const ds = await saveDrafts();
    setProgress({ label: t('compose.sending'), done: 0, total: ds.length });
    const sent = await sendDrafts(ds, { ...api, send: (id) => post(`/api/v1/requests/${encodeURIComponent(id)}/send`, language ? { language } : {}) }, (done) =>
      setProgress({ label: t('compose.sending'), done, total: ds.length }));
    setProgress(null);
    setDrafts([]);
    savedKey.current = null;
    setResults({ drafts: sent, sent: true });
    await qc.invalidateQueries({ queryKey: ['requests'] });
    await qc.invalidateQueries({ queryKey: ['dashboard'] });
  };

  const ready = agencies.length > 0 && title.trim() !== '' && text.trim() !== '' && !progress;

  return (
    <>
      <Title order={1} mb="md">{t('compose.title')}</Title>
      <form onSubmit={send} className="compose">
        <Paper withBorder p="md" className="stack">
          <NativeSelect
            label={t('compose.jurisdiction')}
            value={jurisdiction}
            onChange={(e) => setJurisdiction(e.currentTarget.value)}
            data={(jurisdictions.data ?? [{ id: 'us-federal', name: 'United States — federal', verified: true }]).map((j) => ({
              value: j.id,
              label: j.verified ? j.name : `${j.name} — ${t('deadline.notVerified')}`,
            }))}
          />
          {jurisdictions.isError ? <ErrorNote error={jurisdictions.error} /> : null}
          <AgencyPicker jurisdiction={jurisdiction} value={agencies} onChange={setAgencies} />
          {agencies.length > 1 ? <Text size="sm">{t('compose.onePerAgency', { count: agencies.length })}</Text> : null}
          <TextInput label={t('compose.subject')} required value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
          <Textarea label={t('compose.text')} description={t('compose.textHelp')} required autosize minRows={6} value={text} onChange={(e) => setText(e.currentTarget.value)} />
          <Checkbox label={t('compose.feeWaiver')} checked={feeWaiver} onChange={(e) => setFeeWaiver(e.currentTarget.checked)} />
          {feeWaiver ? <Textarea label={t('compose.feeWaiverReason')} value={feeReason} onChange={(e) => setFeeReason(e.currentTarget.value)} autosize minRows={2} /> : null}
          <Checkbox label={t('compose.expedited')} checked={expedited} onChange={(e) => setExpedited(e.currentTarget.checked)} />
          {expedited ? <Textarea label={t('compose.expeditedReason')} value={expeditedReason} onChange={(e) => setExpeditedReason(e.currentTarget.value)} autosize minRows={2} /> : null}
          <NativeSelect
            label={t('letters.language')}
            value={language}
            onChange={(e) => setLanguage(e.currentTarget.value)}
            data={[{ value: '', label: t('letters.languageAuto') }, { value: 'en', label: 'English' }, { value: 'es', label: 'Español' }]}
          />
          <Text size="sm" className="muted">{t('compose.sendHelp')}</Text>
          <div className="row">
            <Button variant="default" onClick={() => void showPreview()} disabled={!ready}>{t('compose.preview')}</Button>
            <Button variant="default" onClick={() => void saveOnly()} disabled={!ready}>{t('compose.saveDraft')}</Button>
            <Button type="submit" disabled={!ready}>{t('compose.send', { count: agencies.length })}</Button>
          </div>
        </Paper>
      </form>
      {progress ? <Paper withBorder p="md" mt="md"><WorkProgress done={progress.done} total={progress.total} label={progress.label} /></Paper> : null}
      {previewError ? <ErrorNote error={previewError} /> : null}
      {preview ? (
        <Paper withBorder p="md" mt="md" component="section" aria-labelledby="preview-title">
          <Title order={2} size="h4" id="preview-title">{t('compose.previewFor', { name: preview.agency.name })}</Title>
          <Text size="sm" className="muted" mb="xs">{t('compose.previewNote')}</Text>
          <LetterView letter={preview.letter} text={preview.text} />
        </Paper>
      ) : null}
      {results ? (
        <Paper withBorder p="md" mt="md" component="section" aria-labelledby="results-title" role="status">
          <Title order={2} size="h4" id="results-title">{t(results.sent ? 'compose.resultsSent' : 'compose.resultsSaved')}</Title>
          <ul>
            {results.drafts.map((d) => (
              <li key={d.agency.id}>
                {d.id ? <Link to={`/requests/${encodeURIComponent(d.id)}`}>{d.agency.name}</Link> : <span>{d.agency.name}</span>}
                {d.error ? <span className="error-text"> — {d.error}</span> : d.sent ? (
                  <span> — {t(`outbox.status.${d.sent.status}`, { defaultValue: d.sent.status })}{d.sent.warnings.length ? ` (${d.sent.warnings.join('; ')})` : ''}</span>
                ) : <span> — {t('compose.savedAsDraft')}</span>}
              </li>
            ))}
          </ul>
        </Paper>
      ) : null}
    </>
  );
}
