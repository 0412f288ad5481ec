import { useState, type FormEvent } from 'react';
import { Button, Paper, PasswordInput, TextInput, Title, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { post, setCsrfToken } from '../api/client';
import type { Session } from '../api/types';
import { SESSION_KEY } from '../session/useSession';
import { ErrorNote } from '../components/ErrorNote';
import { LanguageSwitch } from '../components/LanguageSwitch';

/** First run: create the organisation and its first administrator. */
export function Setup() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [organisation, setOrganisation] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const run = useMutation({
    mutationFn: () => post<Session | { ok: true }>('/api/v1/setup', { organisation_name: organisation, name, email, password }),
    onSuccess: async (s) => {
      if (s && 'csrf_token' in s) {
        setCsrfToken(s.csrf_token);
        qc.setQueryData(SESSION_KEY, s);
      } else {
        await qc.invalidateQueries({ queryKey: ['setup'] });
      }
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run.mutate();
  };
  return (
    <main className="center-page">
      <Paper component="form" onSubmit={submit} withBorder p="xl" className="narrow-card" aria-labelledby="setup-title">
        <div className="row-between">
          <Title order={1} id="setup-title" size="h2">{t('setup.title')}</Title>
          <LanguageSwitch />
        </div>
        <Text c="dimmed" mb="md">{t('setup.intro')}</Text>
        <TextInput label={t('setup.organisation')} required value={organisation} onChange={(e) => setOrganisation(e.currentTarget.value)} mb="sm" />
        <TextInput label={t('setup.name')} autoComplete="name" required value={name} onChange={(e) => setName(e.currentTarget.value)} mb="sm" />
        <TextInput label={t('signin.email')} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} mb="sm" />
        <PasswordInput label={t('signin.password')} description={t('setup.passwordHint')} autoComplete="new-password" required minLength={10} value={password} onChange={(e) => setPassword(e.currentTarget.value)} mb="md" />
        {run.isError ? <ErrorNote error={run.error} /> : null}
        <Button type="submit" fullWidth loading={run.isPending}>{t('setup.submit')}</Button>
      </Paper>
    </main>
  );
}
