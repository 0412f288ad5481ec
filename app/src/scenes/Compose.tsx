import { useRef, useState, type FormEvent } from 'react';
import { Button, Checkbox, NativeSelect, Paper, Radio, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { get, patchJson, post, qs } from '../api/client';
import type { Agency } from '../api/types';
import { useJurisdictions } from '../api/hooks';
import { AgencyPicker } from '../components/AgencyPicker';
import { WorkProgress } from '../components/Progress';
import { ErrorNote } from '../components/ErrorNote';
import { LetterView, type LetterLike } from '../components/LetterView';
import { ensureDrafts, sendDrafts, type ComposeInput, type Draft, type DraftApi } from '../lib/composeRequests';

/** GET /api/v1/letter-templates (server/features/correspondence/letter-templates.ts). */
interface LetterTemplates {
  family: string;
  law_name: string;
  law_citation: string | null;
  default_language: 'en' | 'es';
  jurisdiction_language: string;
  fee_waiver_citation: string | null;
  expedited_citation: string | null;
  items: { kind: string; family: string; use: 'new-request' | 'after-filing' | 'after-adverse-determination'; languages: string[]; citations: string[] }[];
}

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', es: 'Español' };

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
  const [kind, setKind] = useState('initial-request');
  const templates = useQuery({
    queryKey: ['letter-templates', jurisdiction],
    queryFn: () => get<LetterTemplates>(`/api/v1/letter-templates${qs({ jurisdiction })}`),
    staleTime: Infinity,
  });
  const template = templates.data?.items.find((i) => i.kind === kind);
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const savedKey = useRef<string | null>(null);
  const [progress, setProgress] = useState<{ label: string; done: number; total: number } | null>(null);
  const [preview, setPreview] = useState<{ agency: Agency; letter: LetterLike; text: string; key: string } | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const [results, setResults] = useState<{ drafts: Draft[]; sent: boolean } | null>(null);

  const input: ComposeInput = { title, text, jurisdiction, fee_waiver: feeWaiver, fee_waiver_reason: feeReason, expedited, expedited_reason: expeditedReason };
  const key = JSON.stringify(input);
  // What the letter depends on: a preview of other inputs is said to be out of date, never shown as current.
  const letterKey = `${key}|${agencies.map((a) => a.id).join(',')}|${kind}|${language}`;

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

  /** The letter to one agency (the first by default) as the server writes it for sending. */
  const showPreview = async (agencyId?: string) => {
    setPreviewError(null);
    const ds = await saveDrafts();
    const first = ds.find((d) => d.id && !d.error && (!agencyId || d.agency.id === agencyId));
    if (!first) {
      setResults({ drafts: ds, sent: false });
      return;
    }
    try {
      const r = await post<{ letter: LetterLike; text: string }>(`/api/v1/requests/${encodeURIComponent(first.id!)}/letters`, {
        kind, ...(language ? { language } : {}),
      });
      setPreview({ agency: first.agency, letter: r.letter, text: r.text, key: letterKey });
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

  // Only a template for a new request can be sent from here; the others are written on the request page.
  const ready = agencies.length > 0 && title.trim() !== '' && text.trim() !== '' && !progress && template?.use === 'new-request';
  const lawLanguage = LANGUAGE_NAMES[templates.data?.default_language ?? ''] ?? t('common.unknown');
  const statute = (citation: string | null | undefined) =>
    citation ? t('composeLetter.cites', { citations: citation }) : t('composeLetter.noStatute');

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
          <Radio.Group label={t('composeLetter.template')} description={t('composeLetter.templateHelp')} value={kind} onChange={setKind}>
            <div className="stack template-choices">
              {(templates.data?.items ?? []).map((tp) => (
                <Radio
                  key={tp.kind}
                  value={tp.kind}
                  disabled={tp.use !== 'new-request'}
                  label={`${t(`letters.kindName.${tp.kind}`)} — ${t(`composeLetter.family.${tp.family}`, { defaultValue: tp.family })}`}
                  // The fee-waiver and expedited provisions are named beside their own boxes below.
                  description={tp.use === 'new-request'
                    ? statute(tp.citations.filter((c) => c !== templates.data?.fee_waiver_citation && c !== templates.data?.expedited_citation).join('; '))
                    : t(`composeLetter.use.${tp.use}`)}
                />
              ))}
            </div>
          </Radio.Group>
          {templates.isPending ? <Text size="sm">{t('common.loading')}</Text> : null}
          {templates.isError ? <ErrorNote error={templates.error} /> : null}
          <Checkbox label={t('compose.feeWaiver')} description={statute(templates.data?.fee_waiver_citation)} checked={feeWaiver} onChange={(e) => setFeeWaiver(e.currentTarget.checked)} />
          {feeWaiver ? <Textarea label={t('compose.feeWaiverReason')} value={feeReason} onChange={(e) => setFeeReason(e.currentTarget.value)} autosize minRows={2} /> : null}
          <Checkbox label={t('compose.expedited')} description={statute(templates.data?.expedited_citation)} checked={expedited} onChange={(e) => setExpedited(e.currentTarget.checked)} />
          {expedited ? <Textarea label={t('compose.expeditedReason')} value={expeditedReason} onChange={(e) => setExpeditedReason(e.currentTarget.value)} autosize minRows={2} /> : null}
          <NativeSelect
            label={t('letters.language')}
            value={language}
            onChange={(e) => setLanguage(e.currentTarget.value)}
            data={[
              {
                value: '',
                // Brazil works in Portuguese, which no template is worded in: say so rather than call English the law's language.
                label: templates.data && !(template?.languages ?? []).includes(templates.data.jurisdiction_language)
                  ? t('composeLetter.languageNoTemplate', { language: lawLanguage, code: templates.data.jurisdiction_language })
                  : t('composeLetter.languageDefault', { language: lawLanguage }),
              },
              ...(template?.languages ?? ['en', 'es']).map((l) => ({ value: l, label: LANGUAGE_NAMES[l] ?? l })),
            ]}
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
          {preview.key !== letterKey ? <Text size="sm" role="status" className="error-text" mb="xs">{t('composeLetter.previewStale')}</Text> : null}
          {drafts.filter((d) => d.id && !d.error).length > 1 ? (
            <NativeSelect
              mb="xs"
              label={t('composeLetter.previewAgency')}
              value={preview.agency.id}
              onChange={(e) => void showPreview(e.currentTarget.value)}
              data={drafts.filter((d) => d.id && !d.error).map((d) => ({ value: d.agency.id, label: d.agency.name }))}
            />
          ) : null}
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
