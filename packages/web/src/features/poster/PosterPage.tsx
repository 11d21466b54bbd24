import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useCan, useSession } from '../../auth/session.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { CopyLink } from './CopyLink.tsx';
import { messages } from './messages.ts';
import { type PaperSize, PosterSheet } from './PosterSheet.tsx';
import './poster.css';

/** "/join/<slug>/<token>" from the owner's sign-up link. */
function linkParts(signupUrl: string) {
  const [, , slug = '', token = ''] = new URL(signupUrl, location.origin).pathname.split('/');
  return { slug, token };
}

/** The printable poster of the sign-up link (A4 or A5), with the link to copy. */
export function PosterPage() {
  const t = useT(messages);
  const { me } = useSession();
  const can = useCan();
  const [size, setSize] = useState<PaperSize>('A4');
  const signupUrl = me?.merchant.signupUrl ?? '';
  const page = useQuery({
    queryKey: ['signup-page', signupUrl],
    enabled: Boolean(signupUrl) && can('programs:write'),
    queryFn: () =>
      call(
        api.GET('/api/v1/public/join/{slug}/{token}', {
          params: { path: linkParts(signupUrl) },
        }),
      ),
  });
  if (!can('programs:write')) {
    return (
      <div className="alert warn" role="alert">
        {t('forbidden')}
      </div>
    );
  }
  return (
    <div className="poster-page">
      {/* Paper size for the print dialog; inline because it follows the choice below. */}
      <style>{`@page { size: ${size} portrait; margin: 0; }`}</style>
      <div className="poster-toolbar no-print stack">
        <h1>{t('title')}</h1>
        <p className="muted" style={{ margin: 0 }}>
          {t('intro')}
        </p>
        <div className="row">
          <fieldset className="poster-formats">
            <legend>{t('format')}</legend>
            {(['A4', 'A5'] as const).map((s) => (
              <label key={s}>
                <input
                  type="radio"
                  name="poster-size"
                  value={s}
                  checked={size === s}
                  onChange={() => setSize(s)}
                />
                {s}
              </label>
            ))}
          </fieldset>
          <button type="button" className="button" onClick={() => window.print()}>
            {t('print')}
          </button>
        </div>
        <CopyLink url={signupUrl} />
        <ProblemAlert error={page.error} />
      </div>
      {page.data ? (
        <section className="poster-preview" aria-label={t('preview')}>
          <PosterSheet size={size} page={page.data} signupUrl={signupUrl} />
        </section>
      ) : (
        page.isPending && <p className="muted">{t('loading')}</p>
      )}
    </div>
  );
}
