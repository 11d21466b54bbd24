import type { components } from '../../api/schema.d.ts';
import { useLang, useT } from '../../i18n/i18n.tsx';
import { brandColours } from '../card/brand.ts';
import { QrCode } from '../card/QrCode.tsx';
import { programSentence } from '../join/program-sentence.ts';
import { messages, POSTER_TEXT } from './messages.ts';

export type PaperSize = 'A4' | 'A5';
type SignupPage = components['schemas']['SignupPage'];

/** The poster itself, at paper size: business, offer, QR code, and the link spelled out. */
export function PosterSheet({
  size,
  page,
  signupUrl,
}: {
  size: PaperSize;
  page: SignupPage;
  signupUrl: string;
}) {
  const t = useT(messages);
  const { lang } = useLang();
  const english = lang === 'en';
  const colours = brandColours(page.business.brandColor);
  const shortUrl = signupUrl.replace(/^https?:\/\//, '');
  const fr = POSTER_TEXT.fr;
  const en = POSTER_TEXT.en;
  return (
    <div
      className={`poster-sheet ${size.toLowerCase()}`}
      lang="fr"
      style={
        { '--brand-bg': colours.background, '--brand-text': colours.text } as React.CSSProperties
      }
    >
      <div className="poster-band">
        <p className="business">{page.business.name}</p>
        <p className="headline">
          {fr.headline}
          {english && <span lang="en"> · {en.headline}</span>}
        </p>
      </div>
      <div className="poster-body">
        {page.programs.map((p) => (
          <p className="poster-offer" key={programSentence(p, 'fr')}>
            {programSentence(p, 'fr')}
            {english && (
              <span className="en" lang="en">
                {programSentence(p, 'en')}
              </span>
            )}
          </p>
        ))}
        <QrCode value={signupUrl} label={t('qrLabel')} size="var(--qr)" />
        <p className="poster-scan">
          {fr.scan}
          {english && (
            <span className="en" lang="en">
              {en.scan}
            </span>
          )}
        </p>
        <p className="poster-free">
          {fr.free}
          {english && <span lang="en"> — {en.free}</span>}
        </p>
        <p className="poster-url">
          {fr.orVisit}
          {english && <span lang="en"> · {en.orVisit}</span>}
          <code>{shortUrl}</code>
        </p>
      </div>
    </div>
  );
}
