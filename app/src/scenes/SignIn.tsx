import { useState, type FormEvent } from 'react';
import { Button, Paper, PasswordInput, TextInput, Title, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { post, setCsrfToken } from '../api/client';
import type { Session } from '../api/types';
import { SESSION_KEY } from '../session/useSession';
import { ErrorNote } from '../components/ErrorNote';
import { LanguageSwitch } from '../components/LanguageSwitch';

export function SignIn() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: () => post<Session>('/api/v1/session', { email, password }),
    onSuccess: (s) => {
      setCsrfToken(s.csrf_token);
      qc.setQueryData(SESSION_KEY, s);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate();
  };
  return (
    <main className="center-page">
      <Paper component="form" onSubmit={submit} withBorder p="xl" className="narrow-card" aria-labelledby="signin-title">
        <div className="row-between">
          <Title order={1} id="signin-title" size="h2">Acceso</Title>
          <LanguageSwitch />
        </div>
        <Text c="dimmed" mb="md">{t('signin.tagline')}</Text>
        <TextInput label={t('signin.email')} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} mb="sm" />
        <PasswordInput label={t('signin.password')} autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} mb="md" />
        {login.isError ? <ErrorNote error={login.error} title={t('signin.failed')} /> : null}
        <Button type="submit" fullWidth loading={login.isPending}>{t('signin.submit')}</Button>
      </Paper>
    </main>
  );
}
