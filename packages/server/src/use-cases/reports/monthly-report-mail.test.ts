import { describe, expect, it } from 'vitest';
import type { MonthlyReport } from './get-monthly-report.ts';
import { monthlyReportMail } from './monthly-report-mail.ts';

const month = (revenueCents: number, activeCustomers: number) => ({
  month: '2026-11',
  activeCustomers,
  newCustomers: 2,
  loyalCustomers: 1,
  purchases: 10,
  revenueCents,
  averageBasketCents: Math.round(revenueCents / 10),
  revenuePerCustomerCents: Math.round(revenueCents / activeCustomers),
  referredCustomers: 0,
  referredNewCustomers: 0,
});

const report = {
  shop: { name: 'Boulangerie Lilas', locale: 'fr', currency: 'EUR' },
  month: '2026-11',
  complete: true,
  current: month(123_450, 5),
  previous: { ...month(100_000, 4), month: '2026-10' },
  goals: [{ name: null, metric: 'churn_rate', progress: { status: 'late' } }],
  followUp: { open: 1, items: [] },
} as unknown as MonthlyReport;

describe('the monthly report mail', () => {
  it('writes the figures, the goals and the follow-up in French, money the French way', () => {
    const mail = monthlyReportMail(report, {
      to: 'marie@example.org',
      locale: 'fr',
      link: 'https://habitue.test/reports/monthly?month=2026-11',
    });
    expect(mail.subject).toBe('Boulangerie Lilas : votre rapport de novembre 2026');
    expect(mail.text).toContain(
      '- Chiffre d’affaires : 1\u202f234,50\u00a0€ (avant 1\u202f000,00\u00a0€)',
    );
    expect(mail.text).toContain('- Taux d’attrition : en retard');
    expect(mail.text).toContain('1 client à rappeler.');
    expect(mail).toMatchObject({ kind: 'transactional', category: 'monthly_report' });
  });

  it('writes it in English for an English-speaking shop', () => {
    const mail = monthlyReportMail(
      { ...report, followUp: { open: 3, items: [] } },
      { to: 'marie@example.org', locale: 'en', link: 'https://habitue.test/r' },
    );
    expect(mail.subject).toBe('Boulangerie Lilas: your report for November 2026');
    expect(mail.text).toContain('- Revenue: €1,234.50 (before €1,000.00)');
    expect(mail.text).toContain('- Churn rate: late');
    expect(mail.text).toContain('3 customers to call back.');
  });
});
