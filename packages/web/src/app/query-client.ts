import { QueryClient } from '@tanstack/react-query';

/** Every app's cache of API answers: one retry for a read, none for a write, no refetch on focus. */
export const createQueryClient = () =>
  new QueryClient({
    defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false }, mutations: { retry: 0 } },
  });
