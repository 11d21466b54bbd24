import { useId, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { messages } from './messages.ts';

/** The sign-up link, read-only, with a button that copies it. */
export function CopyLink({ url }: { url: string }) {
  const t = useT(messages);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<'copied' | 'copyFailed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      input.current?.select();
      setStatus('copyFailed');
    }
  };
  return (
    <div className="field">
      <label htmlFor={id}>{t('linkLabel')}</label>
      <div className="poster-link">
        <input
          id={id}
          ref={input}
          readOnly
          value={url}
          aria-describedby={`${id}-hint`}
          onFocus={(e) => e.target.select()}
        />
        <button type="button" className="button secondary" onClick={copy}>
          {t('copy')}
        </button>
      </div>
      <span id={`${id}-hint`} className="hint">
        {t('linkHint')}
      </span>
      <span role="status" className="small">
        {status && t(status)}
      </span>
    </div>
  );
}
