import { describe, expect, it } from 'vitest';
import { invoiceStatus, localToday, spacedCompanyNumber } from './invoice-status.ts';

describe('invoiceStatus', () => {
  it('says paid on time, paid late, overdue or due', () => {
    const today = '2026-12-06';
    expect(invoiceStatus({ dueOn: '2026-10-31', paidOn: '2026-10-31' }, today)).toEqual({
      kind: 'paid_on_time',
    });
    expect(invoiceStatus({ dueOn: '2026-10-31', paidOn: '2026-11-30' }, today)).toEqual({
      kind: 'paid_late',
      days: 30,
    });
    expect(invoiceStatus({ dueOn: '2026-12-01', paidOn: null }, today)).toEqual({
      kind: 'overdue',
      days: 5,
    });
    expect(invoiceStatus({ dueOn: '2026-12-06', paidOn: null }, today)).toEqual({ kind: 'due' });
  });
});

describe('spacedCompanyNumber', () => {
  it('groups a SIREN by three and a SIRET with its NIC apart', () => {
    expect(spacedCompanyNumber('732829320')).toBe('732 829 320');
    expect(spacedCompanyNumber('73282932000074')).toBe('732 829 320 00074');
  });
});

describe('localToday', () => {
  it('is a calendar day', () => {
    expect(localToday()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
