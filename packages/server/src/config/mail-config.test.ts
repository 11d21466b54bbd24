import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('mail settings', () => {
  it('keeps everything on the machine without SMTP_URL, with a sender for the outbox', () => {
    const config = loadConfig({ HABITUE_PUBLIC_URL: 'https://fidelite.boulangerie.fr' });
    expect(config.mail).toEqual({
      smtpUrl: null,
      from: 'Habitué <no-reply@fidelite.boulangerie.fr>',
      ratePerMinute: 60,
      sms: null,
    });
  });

  it('reads a relay with its sender and rate', () => {
    const config = loadConfig({
      SMTP_URL: 'smtps://apikey:s3cret@smtp-relay.brevo.com:465',
      MAIL_FROM: 'Boulangerie des Lilas <bonjour@lilas.fr>',
      MAIL_RATE_PER_MINUTE: '20',
    });
    expect(config.mail).toEqual({
      smtpUrl: 'smtps://apikey:s3cret@smtp-relay.brevo.com:465',
      from: 'Boulangerie des Lilas <bonjour@lilas.fr>',
      ratePerMinute: 20,
      sms: null,
    });
  });

  it('refuses at start-up a relay URL that is not SMTP, or a relay without a sender', () => {
    expect(() => loadConfig({ SMTP_URL: 'https://smtp.example.fr' })).toThrow(
      /SMTP_URL: must be smtp:\/\//,
    );
    expect(() => loadConfig({ SMTP_URL: 'smtp://u:p@smtp.example.fr:587' })).toThrow(ConfigError);
    expect(() => loadConfig({ SMTP_URL: 'smtp://u:p@smtp.example.fr:587' })).toThrow(
      /MAIL_FROM: required with SMTP_URL/,
    );
    expect(() =>
      loadConfig({ SMTP_URL: 'smtp://u:p@smtp.example.fr:587', MAIL_FROM: 'pas une adresse' }),
    ).toThrow(/MAIL_FROM: must be an address/);
  });

  it('reads a text-message provider, or says which setting it lacks', () => {
    const config = loadConfig({
      SMS_PROVIDER: 'brevo',
      SMS_API_KEY: 'xkeysib-abc',
      SMS_SENDER: 'CafeLune',
    });
    expect(config.mail.sms).toEqual({
      provider: 'brevo',
      apiKey: 'xkeysib-abc',
      sender: 'CafeLune',
      url: 'https://api.brevo.com/v3/transactionalSMS/send',
      webhookToken: null,
    });
    const withStop = loadConfig({
      SMS_PROVIDER: 'brevo',
      SMS_API_KEY: 'xkeysib-abc',
      SMS_SENDER: 'CafeLune',
      SMS_WEBHOOK_TOKEN: 'a'.repeat(32),
    });
    expect(withStop.mail.sms?.webhookToken).toBe('a'.repeat(32));
    expect(() =>
      loadConfig({
        SMS_PROVIDER: 'brevo',
        SMS_API_KEY: 'k',
        SMS_SENDER: 'C',
        SMS_WEBHOOK_TOKEN: 'short',
      }),
    ).toThrow(/SMS_WEBHOOK_TOKEN: must be a long random secret/);
    expect(() => loadConfig({ SMS_PROVIDER: 'brevo', SMS_SENDER: 'CafeLune' })).toThrow(
      /SMS_API_KEY: required with SMS_PROVIDER/,
    );
    expect(() => loadConfig({ SMS_API_KEY: 'xkeysib-abc' })).toThrow(/SMS_PROVIDER: required/);
    expect(() =>
      loadConfig({ SMS_PROVIDER: 'brevo', SMS_API_KEY: 'k', SMS_SENDER: 'Café de la Lune' }),
    ).toThrow(/SMS_SENDER: must be the name shown/);
    expect(() => loadConfig({ SMS_PROVIDER: 'ovh' })).toThrow(ConfigError);
  });
});
