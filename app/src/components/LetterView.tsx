import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** server/letters/types.ts `Letter` (the parts shown here). */
export interface LetterLike {
  subject?: string;
  paragraphs?: string[];
  citations?: string[];
  warnings?: string[];
}

/** A letter exactly as the server composed it: its subject and the e-mail text, as text (never HTML). */
export function LetterView({ letter, text }: { letter: LetterLike | null; text: string }) {
  const { t } = useTranslation();
  return (
    <div className="letter">
      {letter?.subject ? <Text fw={600}>{t('letters.subject')}: {letter.subject}</Text> : null}
      <div className="pre-wrap letter-text">{text}</div>
      {letter?.warnings?.length ? (
        <div className="letter-warnings" role="note">
          <Text size="sm" fw={600}>{t('letters.leftOut')}</Text>
          <ul className="small">{letter.warnings.map((w, i) => <li key={i}>{w}</li>)}</ul>
        </div>
      ) : null}
    </div>
  );
}
