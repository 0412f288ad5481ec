import { Alert, Button, Code, CopyButton, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A secret the server returns once (a new API token, an initial password), with a copy button. */
export function ShownOnce({ title, note, secret, label }: { title: string; note: string; secret: string; label: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" title={title} my="sm" role="status">
      <p>{note}</p>
      <Group gap="sm" wrap="nowrap" align="center">
        <Code aria-label={label} data-secret className="secret">{secret}</Code>
        <CopyButton value={secret}>
          {({ copied, copy }) => (
            <Button size="xs" variant={copied ? 'filled' : 'default'} onClick={copy}>
              {copied ? t('settings.copied') : t('settings.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Alert>
  );
}
