import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** server/letters/types.ts `Letter`, or a plain text body for servers that send only text. */
export interface LetterLike {
  subject?: string;
  date?: string;
  recipient?: string;
  salutation?: string;
  paragraphs?: string[];
  closing?: string;
  signature?: string[];
  citations?: string[];
  warnings?: string[];
  text?: string;
  body?: string;
}

/** A letter shown exactly as composed by the server, as text (never as HTML). */
export function LetterView({ letter }: { letter: LetterLike }) {
  const { t } = useTranslation();
  return (
    <div className="letter-text">
      {letter.subject ? <Text fw={600}>{letter.subject}</Text> : null}
      {letter.paragraphs ? (
        <>
          {letter.date ? <p>{letter.date}</p> : null}
          {letter.recipient ? <p className="pre-wrap">{letter.recipient}</p> : null}
          {letter.salutation ? <p>{letter.salutation}</p> : null}
          {letter.paragraphs.map((p, i) => <p key={i} className="pre-wrap">{p}</p>)}
          {letter.closing ? <p>{letter.closing}</p> : null}
          {letter.signature?.length ? <p className="pre-wrap">{letter.signature.join('\n')}</p> : null}
        </>
      ) : (
        <div className="pre-wrap">{letter.text ?? letter.body ?? ''}</div>
      )}
      {letter.warnings?.length ? (
        <div className="letter-warnings" role="note">
          <Text size="sm" fw={600}>{t('letters.leftOut')}</Text>
          <ul className="small">{letter.warnings.map((w, i) => <li key={i}>{w}</li>)}</ul>
        </div>
      ) : null}
    </div>
  );
}
