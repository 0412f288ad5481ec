// Query keys and fetchers shared by scenes. Every list is fetched as the API pages it.
import { useQuery } from '@tanstack/react-query';
import { get, qs } from './client';
import type { Agency, Jurisdiction, Page } from './types';

export function useJurisdictions() {
  return useQuery({
    queryKey: ['jurisdictions'],
    queryFn: async () => {
      const r = await get<Jurisdiction[] | Page<Jurisdiction>>('/api/v1/jurisdictions');
      return Array.isArray(r) ? r : r.items;
    },
    staleTime: Infinity,
  });
}

export function useAgencySearch(q: string, jurisdiction?: string | null) {
  return useQuery({
    queryKey: ['agencies', q, jurisdiction ?? null],
    queryFn: async ({ signal }) => {
      const r = await get<Agency[] | Page<Agency>>(`/api/v1/agencies${qs({ q, jurisdiction })}`, signal);
      return Array.isArray(r) ? r : r.items;
    },
    placeholderData: (prev) => prev,
  });
}
