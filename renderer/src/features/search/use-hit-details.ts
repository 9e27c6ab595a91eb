import { useEffect, useState } from 'react';
import type { SearchMeta } from '../../../../shared/search/search-document';
import { useServices } from '../../app/services';
import { readSearchHitDetail, type SearchHitDetail } from '../../db/search-details';
import { useSearchControls } from './SearchProvider';
import { afterNextPaint } from '../../ui/after-next-paint';

/** Details kept for the rows seen last: typing a word letter by letter shows mostly the same records again. */
const CACHE_SIZE = 300;
const cache = new Map<string, { version: number; detail: SearchHitDetail | undefined }>();
const keyOf = (hit: SearchMeta) => `${hit.kind}:${hit.id}`;

/** A drawn result's text and place, when it has been read since the data last changed. */
export type DetailOf = (hit: SearchMeta) => SearchHitDetail | undefined;

/**
 * The texts and places of the results drawn, read once and kept until the data changes, so a row shown again on the
 * next keystroke draws its snippet at once. The rows drawn are read together and shown in one render, rather than
 * each row reading its record and drawing again when its read ends. The reads start once the results' frame has been
 * painted: started with the answer, their transactions and the render of their snippets landed in the same frame and
 * held up the first paint of the results a keystroke asked for.
 */
export function useHitDetails(drawn: readonly SearchMeta[]): DetailOf {
  const { db } = useServices();
  const { client } = useSearchControls();
  const version = client.dataVersion;
  const [, setRead] = useState(0);
  const missing = drawn.filter((hit) => cache.get(keyOf(hit))?.version !== version);
  const wanted = missing.map(keyOf).join('\n');
  useEffect(() => {
    if (missing.length === 0) return;
    let current = true;
    const cancel = afterNextPaint(() => {
      void Promise.all(missing.map((hit) => readSearchHitDetail(db, hit.kind, hit.id).then((detail) => ({ key: keyOf(hit), detail })))).then((read) => {
        for (const { key, detail } of read) {
          cache.delete(key);
          cache.set(key, { version, detail });
        }
        while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
        if (current) setRead((n) => n + 1);
      });
    });
    return () => {
      current = false;
      cancel();
    };
    // `wanted` names the records `missing` holds; the array itself is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, version, wanted]);
  // A row keeps the snippet it had while its record is read again after a change, rather than going blank for a
  // frame or two; opening a result reads the record afresh, so the place it goes to is never the old one.
  return (hit) => cache.get(keyOf(hit))?.detail;
}
