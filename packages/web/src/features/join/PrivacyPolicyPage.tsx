import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api, call } from '../../api/client.ts';
import { ApiProblem } from '../../api/problem.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { PublicFrame } from '../card/PublicFrame.tsx';
import { PrivacyText } from './PrivacyNotice.tsx';
import { privacyMessages } from './privacy-messages.ts';

/** The shop's privacy page (`/p/<shop>/confidentialite`), generated from its settings. */
export function PrivacyPolicyPage() {
  const t = useT(privacyMessages);
  const { slug = '' } = useParams();
  const page = useQuery({
    queryKey: ['public-privacy', slug],
    queryFn: () => call(api.GET('/api/v1/public/privacy/{slug}', { params: { path: { slug } } })),
  });
  if (!page.data) {
    return (
      <PublicFrame businessName="" brandColor={null}>
        {page.isPending ? (
          <p>{t('loading')}</p>
        ) : page.error instanceof ApiProblem && page.error.status === 404 ? (
          <div className="alert error" role="alert">
            {t('notFound')}
          </div>
        ) : (
          <ProblemAlert error={page.error} />
        )}
      </PublicFrame>
    );
  }
  const { name } = page.data.controller;
  return (
    <PublicFrame businessName={name} brandColor={null}>
      <article className="card stack" aria-labelledby="policy-title">
        <h1 id="policy-title">{t('policyTitle', { name })}</h1>
        <p>{t('policyIntro', { name })}</p>
        <PrivacyText privacy={page.data} full />
      </article>
    </PublicFrame>
  );
}
