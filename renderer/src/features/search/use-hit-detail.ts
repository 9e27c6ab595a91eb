import { useEffect, useState } from 'react';
import type { SearchKind } from '../../../../shared/search/parse-query';
import { useServices } from '../../app/services';
import { readSearchHitDetail, type SearchHitDetail } from '../../db/search-details';
import { useSearch } from './SearchProvider';

/** Details kept for the rows seen last: typing a word letter by letter shows mostly the same records again. */
const CACHE_SIZE = 300;
const cache = new Map<string, { version: number; detail: SearchHitDetail | undefined }>();

function cached(key: string, version: number): { detail: SearchHitDetail | undefined } | null {
  const entry = cache.get(key);
  return entry && entry.version === version ? entry : null;
}

/**
 * A result's text and place, read once and kept until the data changes, so a row shown again on the next keystroke
 * draws its snippet at once instead of reading its record again.
 */
export function useHitDetail(kind: SearchKind, id: string): SearchHitDetail | undefined {
  const { db } = useServices();
  const { client } = useSearch();
  const key = `${kind}:${id}`;
  const version = client.dataVersion;
  const [state, setState] = useState(() => ({ key, version, detail: cached(key, version)?.detail }));
  const hit = cached(key, version);
  useEffect(() => {
    if (cached(key, version)) return;
    let current = true;
    void readSearchHitDetail(db, kind, id).then((detail) => {
      cache.delete(key);
      cache.set(key, { version, detail });
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
      if (current) setState({ key, version, detail });
    });
    return () => {
      current = false;
    };
  }, [db, kind, id, key, version]);
  if (hit) return hit.detail;
  return state.key === key && state.version === version ? state.detail : undefined;
}
