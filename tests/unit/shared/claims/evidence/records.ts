import type { Citation, Claim, Source } from '../../../../../shared/model';

// Small builders for the pure evidence tests: each fills the required fields so a test states only what it is about.

/** A claim with the given fields. */
export function claimRecord(fields: Partial<Claim> & { id: string }): Claim {
  return { text: `Claim ${fields.id}`, status: 'draft', tags: [], note: '', order: 0, quantities: [], createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', ...fields };
}

/** A citation with the given fields: supporting, unresolved, with no place unless given. */
export function citationRecord(fields: Partial<Citation> & { id: string; claimId: string; sourceId: string }): Citation {
  return { locator: {}, stance: 'supports', resolved: false, createdAt: '2025-01-01T00:00:00.000Z', ...fields };
}

/** A source with the given fields. */
export function sourceRecord(fields: Partial<Source> & { id: string }): Source {
  return {
    title: `Source ${fields.id}`,
    lang: 'en',
    authors: [],
    kind: 'html',
    contentHash: `hash-${fields.id}`,
    importedAt: '2025-01-01T00:00:00.000Z',
    importedFrom: { method: 'file' },
    tags: [],
    ...fields,
  };
}

/** Sources by id. */
export function sourceMapOf(...sources: Source[]): Map<string, Source> {
  return new Map(sources.map((s) => [s.id, s]));
}
