import { describe, expect, it } from 'vitest';
import { formFromSettings, settingsFromForm } from './bonus-form.ts';

const none = { welcome: null, birthday: null, referral: null };

describe('the bonus form', () => {
  it('round-trips saved settings', () => {
    const settings = {
      welcome: {
        programId: 'p1',
        amount: 50,
        firstDays: { days: 7, extraPercent: 100 },
        firstPurchasePercentOff: null,
      },
      birthday: { programId: 'p1', rewardId: 'r1', windowDays: 3 },
      referral: { programId: 'p1', referrerAmount: 30, refereeAmount: 20 },
    };
    expect(settingsFromForm(formFromSettings(settings, 'p0'))).toEqual({ ok: true, settings });
  });

  it('starts from the launch plan defaults with everything off', () => {
    const form = formFromSettings(none, 'p0');
    expect(form).toMatchObject({ welcomeOn: false, firstDays: '7', extraPercent: '100' });
    expect(settingsFromForm(form)).toEqual({ ok: true, settings: none });
  });

  it('names the setting at fault as the server would', () => {
    const form = { ...formFromSettings(none, 'p0'), welcomeOn: true, welcomeAmount: '2,5' };
    expect(settingsFromForm(form)).toEqual({
      ok: false,
      problem: { field: 'welcome.amount', code: 'whole_number' },
    });
    const gift = { ...formFromSettings(none, 'p0'), birthdayOn: true };
    expect(settingsFromForm(gift)).toEqual({
      ok: false,
      problem: { field: 'birthday.rewardId', code: 'required' },
    });
  });
});
