import type { LocalizedText } from '@habitue/loyalty';
import type { PublicCard } from '../../use-cases/public/get-public-card.ts';

type Locale = 'fr' | 'en';
type Program = PublicCard['programs'][number];

/** A pass field whose label and value are keys of the pass's `pass.strings`, one per language. */
export type PassField = {
  key: string;
  label: string;
  value: string;
  /** A date Wallet writes in the phone's language and time zone. */
  dateStyle?: 'PKDateStyleLong';
};

export type PassContent = {
  primary: PassField[];
  secondary: PassField[];
  auxiliary: PassField[];
  back: PassField[];
  /** `pass.strings` of each language: Wallet shows the phone's language, French otherwise. */
  strings: Record<Locale, Record<string, string>>;
};

const LABELS: Record<string, LocalizedText> = {
  stamps: { fr: 'Tampons', en: 'Stamps' },
  points: { fr: 'Points', en: 'Points' },
  next: { fr: 'Prochaine récompense', en: 'Next reward' },
  vouchers: { fr: 'Bons à utiliser', en: 'Vouchers to use' },
  link: { fr: 'Votre carte en ligne', en: 'Your card online' },
  expires: { fr: 'Vos points expirent le', en: 'Your points expire on' },
};

const unit = (kind: Program['kind'], n: number, locale: Locale) =>
  ({
    stamps: { fr: n > 1 ? 'tampons' : 'tampon', en: n === 1 ? 'stamp' : 'stamps' },
    points: { fr: n > 1 ? 'points' : 'point', en: n === 1 ? 'point' : 'points' },
  })[kind][locale];

/**
 * What a customer's pass says: the balance and progress of their first program on the front
 * with the next reward, the other programs and the vouchers beside it, and on the back every
 * program, every voucher code and the link to the card page. Pure: the same card gives the same
 * pass, so a pass changes exactly when the card does.
 * @example
 * passContent(card, 'https://habitue.example/c/abc').primary[0] // { key: 'balance0', … }
 */
export function passContent(card: PublicCard, cardUrl: string): PassContent {
  const strings: PassContent['strings'] = { fr: {}, en: {} };
  const text = (key: string, value: (locale: Locale) => string) => {
    strings.fr[key] = value('fr');
    strings.en[key] = value('en');
    return key;
  };
  const label = (name: keyof typeof LABELS) =>
    text(`label.${name}`, (l) => LABELS[name]?.[l] ?? name);
  const field = (key: string, labelKey: string, value: (locale: Locale) => string): PassField => ({
    key,
    label: labelKey,
    value: text(`value.${key}`, value),
  });

  const [first, ...others] = card.programs;
  const primary: PassField[] = [];
  const secondary: PassField[] = [];
  const auxiliary: PassField[] = [];
  const back: PassField[] = [];
  card.programs.forEach((program, i) => {
    const balance = field(`balance${i}`, label(program.kind), (l) => balanceText(program, l));
    const next = field(`next${i}`, label('next'), (l) => nextRewardText(program, l));
    if (program === first) {
      primary.push(balance);
      secondary.push(next);
    } else if (auxiliary.length < 2) {
      auxiliary.push(balance);
    }
    back.push(
      field(
        `program${i}`,
        text(`label.program${i}`, (l) => name(program.name, l)),
        (l) => [balanceText(program, l), nextRewardText(program, l)].join('\n'),
      ),
    );
    if (program.expiresAt) {
      back.push({
        key: `expires${i}`,
        label: label('expires'),
        value: program.expiresAt,
        dateStyle: 'PKDateStyleLong',
      });
    }
  });
  const vouchers = card.programs.flatMap((p) => p.vouchers);
  if (vouchers.length > 0) {
    const count = field('vouchers', label('vouchers'), () => String(vouchers.length));
    if (others.length === 0) secondary.push(count);
    else auxiliary.push(count);
    back.push(
      field('voucherCodes', label('vouchers'), (l) =>
        vouchers.map((v) => `${v.code} · ${v.reward ? name(v.reward, l) : ''}`).join('\n'),
      ),
    );
  }
  back.push({ key: 'link', label: label('link'), value: cardUrl });
  return { primary, secondary, auxiliary, back, strings };
}

function balanceText(program: Program, locale: Locale): string {
  const p = program.progress;
  if (program.kind === 'stamps' && p) {
    return `${p.current} / ${p.target} ${unit('stamps', p.target, locale)}`;
  }
  return `${program.balance} ${unit(program.kind, program.balance, locale)}`;
}

function nextRewardText(program: Program, locale: Locale): string {
  const ready = program.redeemable[0];
  if (ready?.name) {
    return locale === 'fr'
      ? `${name(ready.name, locale)} : disponible`
      : `${name(ready.name, locale)}: available now`;
  }
  const p = program.progress;
  if (!p?.reward) return '—';
  const missing = Math.max(0, p.target - p.current);
  const more = `${missing} ${unit(program.kind, missing, locale)}`;
  return locale === 'fr'
    ? `${name(p.reward, locale)} dans ${more}`
    : `${name(p.reward, locale)} in ${missing} more ${unit(program.kind, missing, locale)}`;
}

function name(text: LocalizedText, locale: Locale): string {
  return text[locale] || text.fr;
}
