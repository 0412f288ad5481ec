import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Deadline } from '../api/types';

/** Says plainly whether a deadline rests on the law, a default, or an unknown rule, and whether it is verified. */
export function BasisBadges({ deadline }: { deadline: Deadline }) {
  const { t } = useTranslation();
  return (
    <span className="badges">
      {deadline.basis === 'default' ? <Badge color="orange" variant="outline">{t('deadline.basis.default')}</Badge> : null}
      {deadline.basis === 'unknown' ? <Badge color="red" variant="outline">{t('deadline.basis.unknown')}</Badge> : null}
      {!deadline.verified ? <Badge color="gray" variant="outline">{t('deadline.notVerified')}</Badge> : null}
    </span>
  );
}
