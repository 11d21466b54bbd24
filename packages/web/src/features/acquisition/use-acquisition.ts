import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, call } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';
import { useT } from '../../i18n/i18n.tsx';
import { channelLabel } from './channel-label.ts';
import { messages } from './messages.ts';

export type AcquisitionReport = components['schemas']['AcquisitionReport'];

/** The acquisition report over the last `months` months. */
export function useAcquisitionReport(months: number) {
  return useQuery({
    queryKey: ['acquisition', months],
    queryFn: () => call(api.GET('/api/v1/acquisition', { params: { query: { months } } })),
  });
}

/** The shop's answers to "comment nous avez-vous connus ?". */
export function useAcquisitionChannels() {
  return useQuery({
    queryKey: ['acquisition-channels'],
    queryFn: () => call(api.GET('/api/v1/acquisition/channels', {})),
  });
}

/** A channel key in words, in the page's language. */
export function useChannelLabel(names: ReadonlyArray<{ key: string; label: string | null }>) {
  const t = useT(messages);
  return useCallback(
    (key: string) =>
      channelLabel(key, names, {
        referral: t('referral'),
        imported: t('imported'),
        unknown: t('unknown'),
      }),
    [names, t],
  );
}
