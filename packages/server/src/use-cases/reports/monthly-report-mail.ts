import type { MailMessage } from '../../mail/message.ts';
import type { MonthlyReport } from './get-monthly-report.ts';

type Locale = 'fr' | 'en';

const WORDS = {
  fr: {
    subject: (shop: string, month: string) => `${shop} : votre rapport de ${month}`,
    hello: 'Bonjour,',
    intro: (month: string) => `Voici les chiffres de ${month}, comparés au mois précédent.`,
    revenue: 'Chiffre d’affaires',
    customers: 'Clients venus',
    newCustomers: 'Nouveaux clients',
    loyalCustomers: 'Clients fidèles',
    perCustomer: 'CA par client',
    referred: 'Clients venus par parrainage',
    goals: 'Objectifs',
    noGoal: 'Aucun objectif en cours.',
    followUp: (n: number) =>
      n === 0
        ? 'Personne à rappeler.'
        : n === 1
          ? '1 client à rappeler.'
          : `${n} clients à rappeler.`,
    status: {
      achieved: 'atteint',
      on_track: 'en bonne voie',
      late: 'en retard',
      missed: 'manqué',
      too_early: 'trop tôt pour le dire',
    },
    metric: {
      purchase_frequency: 'Fréquence d’achat',
      member_average_basket: 'Panier moyen des membres',
      churn_rate: 'Taux d’attrition',
      retention_rate: 'Taux de rétention',
      email_subscribers: 'Abonnés e-mail',
      members: 'Membres du programme',
      segment_revenue: 'CA d’un segment',
    },
    link: 'Le rapport complet, à imprimer :',
    before: 'avant',
  },
  en: {
    subject: (shop: string, month: string) => `${shop}: your report for ${month}`,
    hello: 'Hello,',
    intro: (month: string) => `Here are the figures for ${month}, compared with the month before.`,
    revenue: 'Revenue',
    customers: 'Customers who came',
    newCustomers: 'New customers',
    loyalCustomers: 'Loyal customers',
    perCustomer: 'Revenue per customer',
    referred: 'Customers referred',
    goals: 'Goals',
    noGoal: 'No goal under way.',
    followUp: (n: number) =>
      n === 0
        ? 'Nobody to call back.'
        : n === 1
          ? '1 customer to call back.'
          : `${n} customers to call back.`,
    status: {
      achieved: 'achieved',
      on_track: 'on track',
      late: 'late',
      missed: 'missed',
      too_early: 'too early to tell',
    },
    metric: {
      purchase_frequency: 'Purchase frequency',
      member_average_basket: 'Members’ average basket',
      churn_rate: 'Churn rate',
      retention_rate: 'Retention rate',
      email_subscribers: 'Email subscribers',
      members: 'Program members',
      segment_revenue: 'Revenue of a segment',
    },
    link: 'The full report, to print:',
    before: 'before',
  },
} as const;

/**
 * The owner's monthly mail: the month's main figures against the month before, the goals'
 * status and how many customers wait on the follow-up list, with the link to the printable
 * report. Words and numbers in the shop's language.
 */
export function monthlyReportMail(
  report: MonthlyReport,
  input: { to: string; locale: Locale; link: string },
): MailMessage {
  const w = WORDS[input.locale];
  const tag = input.locale === 'fr' ? 'fr-FR' : 'en-GB';
  const [y, m] = report.month.split('-').map(Number) as [number, number];
  const monthName = new Intl.DateTimeFormat(tag, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 1)));
  const money = (cents: number | null) =>
    cents === null
      ? '—'
      : new Intl.NumberFormat(tag, { style: 'currency', currency: report.shop.currency }).format(
          cents / 100,
        );
  const count = (n: number) => new Intl.NumberFormat(tag).format(n);
  const { current, previous } = report;
  // French puts a space before the colon.
  const colon = input.locale === 'fr' ? ' : ' : ': ';
  const line = (label: string, now: string, then: string) =>
    `- ${label}${colon}${now} (${w.before} ${then})`;
  const lines = [
    line(w.revenue, money(current.revenueCents), money(previous.revenueCents)),
    line(w.customers, count(current.activeCustomers), count(previous.activeCustomers)),
    line(w.newCustomers, count(current.newCustomers), count(previous.newCustomers)),
    line(w.loyalCustomers, count(current.loyalCustomers), count(previous.loyalCustomers)),
    line(
      w.perCustomer,
      money(current.revenuePerCustomerCents),
      money(previous.revenuePerCustomerCents),
    ),
    line(w.referred, count(current.referredCustomers), count(previous.referredCustomers)),
  ];
  const goals =
    report.goals.length === 0
      ? [w.noGoal]
      : report.goals.map(
          (g) => `- ${g.name ?? w.metric[g.metric]}${colon}${w.status[g.progress.status]}`,
        );
  const text = [
    w.hello,
    '',
    w.intro(monthName),
    '',
    ...lines,
    '',
    `${w.goals}`,
    ...goals,
    '',
    w.followUp(report.followUp.open),
    '',
    w.link,
    input.link,
  ].join('\n');
  return {
    to: input.to,
    subject: w.subject(report.shop.name, monthName),
    text,
    kind: 'transactional',
    category: 'monthly_report',
  };
}
