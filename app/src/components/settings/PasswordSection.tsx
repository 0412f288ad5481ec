import { useState, type FormEvent } from 'react';
import { Button, Group, PasswordInput, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useChangePassword } from '../../api/accounts';
import { ErrorNote } from '../ErrorNote';

/** Change your own password (e.g. the initial one an owner handed over). */
export function PasswordSection() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.mutate({ current_password: current, new_password: next }, { onSuccess: () => { setCurrent(''); setNext(''); } });
  };
  return (
    <section aria-labelledby="settings-password" className="stack">
      <Title order={2} id="settings-password">{t('settings.password')}</Title>
      <form onSubmit={submit}>
        <Group align="flex-end" gap="sm">
          <PasswordInput label={t('settings.currentPassword')} autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.currentTarget.value)} />
          <PasswordInput label={t('settings.newPassword')} description={t('setup.passwordHint')} autoComplete="new-password" required minLength={10}
            value={next} onChange={(e) => setNext(e.currentTarget.value)} />
          <Button type="submit" loading={change.isPending} disabled={!current || next.length < 10}>{t('settings.changePassword')}</Button>
        </Group>
        {change.isError ? <ErrorNote error={change.error} /> : null}
        {change.isSuccess ? <Text role="status" mt="xs">{t('settings.passwordChanged')}</Text> : null}
      </form>
    </section>
  );
}
