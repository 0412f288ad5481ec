import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A destructive action in two steps without a modal: the first press asks, the second does it.
 * The confirming button takes focus, so keyboard users answer where they are; Cancel goes back.
 */
export function ConfirmButton(props: { label: string; confirmLabel: string; accessibleName: string; onConfirm: () => void; loading?: boolean; disabled?: boolean }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button size="xs" variant="default" aria-label={props.accessibleName} disabled={props.disabled} onClick={() => setAsking(true)}>
        {props.label}
      </Button>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap">
      <Button size="xs" color="red" autoFocus loading={props.loading} onClick={() => { props.onConfirm(); setAsking(false); }}>
        {props.confirmLabel}
      </Button>
      <Button size="xs" variant="subtle" onClick={() => setAsking(false)}>{t('settings.cancel')}</Button>
    </Group>
  );
}
