import Dexie, { type Table } from 'dexie';
import type { Citation } from '../../../shared/model';
import { SEARCH_KINDS, type SearchKind } from '../../../shared/search/parse-query';
import { SearchIndex, type SearchAnswer, type SearchIndexSnapshot, type SearchLimits } from '../../../shared/search/search-index';
import { annotationDocument, claimDocument, sourceDocument } from '../../../shared/search/search-documents';
import type { FootnoteDatabase } from '../db/database';
import { markedClaimIds, type TableChange } from './search-changes';
import type { SearchRequestFilters, SearchStatus } from './search-protocol';

/** Records read per batch while building, so a large workspace never sits in memory twice. */
const BUILD_BATCH = 500;
/** The stored index is rewritten this long after the last change, so a burst of edits is one write. */
export const PERSIST_DELAY_MS = 1_500;

// How each part is stored, chosen by measurement at 100,000 claims: IndexedDB reads a few long strings far faster
// than 100,000 small objects, so ids and metadata are stored as JSON text and terms as lines; the posting lists are
// typed arrays, which IndexedDB stores as bytes (FlexSearch's own export, 39 M characters of JSON, took longer to
// store and to read, and left its garbage in the worker's heap).
interface StoredKind {
  ids: string;
  columns: string;
  terms: string;
  ends: Uint32Array;
  slots: Uint32Array;
}
interface StoredPart {
  name: string;
  value: unknown;
}

/** The index's own database beside the workspace's: derived data, rebuilt at will, so it never needs a migration. */
class SearchStore extends Dexie {
  parts!: Table<StoredPart, string>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ parts: 'name' });
  }
}

/** The IndexedDB name of a workspace's stored search index. */
export function searchStoreNameFor(dbName: string): string {
  return `${dbName}-search-index`;
}

/**
 * The search worker's work, apart from messaging so tests can drive it: loads the stored index (or builds one),
 * applies the changes the client reports, answers searches and stores the index after changes.
 */
export class SearchService {
  private index = new SearchIndex();
  private store: SearchStore;
  private persistTimer: ReturnType<typeof setTimeout> | null = null;
  private markedDirty = false;
  private queue: Promise<void> = Promise.resolve();
  status: SearchStatus = { state: 'loading', size: { source: 0, annotation: 0, claim: 0 } };

  constructor(
    private db: FootnoteDatabase,
    private onStatus: (status: SearchStatus) => void = () => {},
  ) {
    this.store = new SearchStore(searchStoreNameFor(db.name));
  }

  private setStatus(patch: Partial<SearchStatus>): void {
    this.status = { ...this.status, ...patch, size: this.index.size() };
    this.onStatus(this.status);
  }

  // Changes, rebuilds and loads run one after another: a change applied during a rebuild would otherwise be lost.
  private serial(task: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(task).catch((e: unknown) => this.setStatus({ state: 'failed', error: e instanceof Error ? e.message : String(e) }));
    return this.queue;
  }

  /** Loads the stored index, or builds and stores one when there is none, it is outdated, or its counts disagree. */
  open(): Promise<void> {
    return this.serial(async () => {
      const t0 = performance.now();
      const restored = await this.load();
      if (restored && (await this.countsAgree(restored))) {
        this.index = restored.index;
        this.setStatus({ state: 'ready', origin: 'stored', loadMs: performance.now() - t0, loadReadMs: restored.readMs, storedChars: restored.chars });
        // The first keystroke would otherwise sort every indexed word for its completions.
        this.index.prepare();
        return;
      }
      await this.buildNow();
    });
  }

  /** Drops the index and builds it again from every record. */
  rebuild(): Promise<void> {
    return this.serial(() => this.buildNow());
  }

  private async load(): Promise<{ index: SearchIndex; chars: number; readMs: number } | null> {
    const t0 = performance.now();
    const parts = await this.store.parts.toArray();
    const readMs = performance.now() - t0;
    const byName = new Map(parts.map((p) => [p.name, p.value]));
    const manifest = byName.get('manifest') as (Pick<SearchIndexSnapshot, 'format' | 'version'> & { chars?: number }) | undefined;
    if (!manifest || byName.has('dirty')) return null;
    try {
      const kinds = {} as SearchIndexSnapshot['kinds'];
      for (const kind of SEARCH_KINDS) {
        const stored = byName.get(kind) as StoredKind;
        const postings = { terms: stored.terms.length > 0 ? stored.terms.split('\n') : [], ends: stored.ends, slots: stored.slots };
        kinds[kind] = { ids: JSON.parse(stored.ids) as (string | null)[], columns: JSON.parse(stored.columns) as SearchIndexSnapshot['kinds'][SearchKind]['columns'], postings };
      }
      const lines = byName.get('vocabulary');
      const vocabulary = typeof lines === 'string' && lines.length > 0 ? lines.split('\n') : [];
      const strings = JSON.parse(String(byName.get('strings') ?? '[]')) as string[];
      // restore() checks the format and version and refuses anything else.
      const index = SearchIndex.restore({ format: manifest.format, version: manifest.version, kinds, strings, vocabulary });
      return index ? { index, chars: manifest.chars ?? 0, readMs } : null;
    } catch {
      // A damaged stored index is only a cache: build a new one.
      return null;
    }
  }

  private async countsAgree(restored: { index: SearchIndex }): Promise<boolean> {
    const size = restored.index.size();
    const [sources, annotations, claims] = await Promise.all([this.db.sources.count(), this.db.annotations.count(), this.db.claims.count()]);
    return size.source === sources && size.annotation === annotations && size.claim === claims;
  }

  private async buildNow(): Promise<void> {
    this.setStatus({ state: 'building', persistMs: undefined, storedChars: undefined, storedBytes: undefined });
    const t0 = performance.now();
    const index = new SearchIndex();
    const sourceIds = (await this.db.sources.toCollection().primaryKeys()) as string[];
    for (let i = 0; i < sourceIds.length; i += BUILD_BATCH) {
      const ids = sourceIds.slice(i, i + BUILD_BATCH);
      const [sources, texts] = await Promise.all([this.db.sources.bulkGet(ids), this.db.texts.bulkGet(ids)]);
      sources.forEach((s, k) => {
        if (s) index.upsert(sourceDocument(s, texts[k]));
      });
    }
    for (const a of await this.db.annotations.toArray()) index.upsert(annotationDocument(a));
    const citationsByClaim = new Map<string, Citation[]>();
    await this.db.citations.each((c) => {
      const list = citationsByClaim.get(c.claimId);
      if (list) list.push(c);
      else citationsByClaim.set(c.claimId, [c]);
    });
    await this.db.claims.each((c) => index.upsert(claimDocument(c, citationsByClaim.get(c.id) ?? [])));
    this.index = index;
    this.setStatus({ state: 'ready', origin: 'built', buildMs: performance.now() - t0 });
    index.prepare();
    await this.persistNow();
  }

  /** Applies committed changes: re-reads the changed records and replaces or removes them in the index. */
  applyChanges(changes: TableChange[] | 'all'): Promise<void> {
    return this.serial(async () => {
      // Collections are read per search, and marks cleared in bulk say nothing a cleared claims or citations table doesn't.
      if (changes === 'all' || changes.some((c) => c.keys === 'all' && c.table !== 'collections' && c.table !== 'derivedDirty')) {
        await this.buildNow();
        return;
      }
      // Marked before the change is applied: if the app closes before the index is stored again, the next start
      // sees the stored index is behind and rebuilds it rather than trusting it.
      if (!this.markedDirty) {
        await this.store.parts.put({ name: 'dirty', value: true });
        this.markedDirty = true;
      }
      for (const change of changes) if (change.keys !== 'all') await this.applyTableChange(change.table, change.keys);
      this.setStatus({});
      this.schedulePersist();
    });
  }

  private async applyTableChange(table: string, keys: string[]): Promise<void> {
    switch (table) {
      case 'sources':
      case 'texts': {
        const [sources, texts] = await Promise.all([this.db.sources.bulkGet(keys), this.db.texts.bulkGet(keys)]);
        sources.forEach((s, i) => (s ? this.index.upsert(sourceDocument(s, texts[i])) : this.index.remove('source', keys[i] ?? '')));
        return;
      }
      case 'annotations': {
        const rows = await this.db.annotations.bulkGet(keys);
        rows.forEach((a, i) => (a ? this.index.upsert(annotationDocument(a)) : this.index.remove('annotation', keys[i] ?? '')));
        return;
      }
      case 'claims':
        await this.reindexClaims(keys);
        return;
      case 'citations': {
        // A deleted citation's row is gone, so its claim is found through the claim's mark (below); this covers the
        // claim a citation was added to or changed on, in case the marks table is missing.
        const rows = await this.db.citations.bulkGet(keys);
        await this.refreshClaimCitations([...new Set(rows.flatMap((c) => (c ? [c.claimId] : [])))]);
        return;
      }
      case 'derivedDirty':
        await this.refreshClaimCitations(markedClaimIds(keys));
        return;
    }
  }

  // Citations give a claim its sources and stances, not its words: the claim's filter data is replaced, its text
  // left indexed as it is (removing a record from FlexSearch reads every posting list).
  private async refreshClaimCitations(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const [claims, citations] = await Promise.all([this.db.claims.bulkGet(ids), this.db.citations.where('claimId').anyOf(ids).toArray()]);
    for (const c of claims) if (c) this.index.updateMeta(claimDocument(c, citations.filter((x) => x.claimId === c.id)).meta);
  }

  private async reindexClaims(ids: string[]): Promise<void> {
    const [claims, citations] = await Promise.all([this.db.claims.bulkGet(ids), this.db.citations.where('claimId').anyOf(ids).toArray()]);
    claims.forEach((c, i) => {
      if (!c) this.index.remove('claim', ids[i] ?? '');
      else this.index.upsert(claimDocument(c, citations.filter((x) => x.claimId === c.id)));
    });
  }

  /** Answers a search once earlier changes are in the index; null when `stale` says a newer search replaced it while it waited. */
  async search(query: string, filters: SearchRequestFilters, limits?: SearchLimits, stale: () => boolean = () => false): Promise<SearchAnswer | null> {
    await this.queue;
    if (stale()) return null;
    const { collectionId, ...rest } = filters;
    const collection = collectionId ? await this.db.collections.get(collectionId) : undefined;
    if (stale()) return null;
    const resolved = collectionId ? { ...rest, collection: { sourceIds: collection?.sourceIds ?? [], claimIds: collection?.claimIds ?? [] } } : rest;
    return this.index.search(query, resolved, limits);
  }

  private schedulePersist(): void {
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.persistTimer = setTimeout(() => void this.persist(), PERSIST_DELAY_MS);
  }

  /** Stores the index now (after pending changes). */
  persist(): Promise<void> {
    return this.serial(() => this.persistNow());
  }

  private async persistNow(): Promise<void> {
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.persistTimer = null;
    const t0 = performance.now();
    const snapshot = this.index.snapshot();
    const kinds = SEARCH_KINDS.map((kind): StoredPart => {
      const k = snapshot.kinds[kind];
      // Terms never contain a line break: the tokenizer splits on every non-letter.
      const value: StoredKind = { ids: JSON.stringify(k.ids), columns: JSON.stringify(k.columns), terms: k.postings.terms.join('\n'), ends: k.postings.ends, slots: k.postings.slots };
      return { name: kind, value };
    });
    const vocabulary = snapshot.vocabulary.join('\n');
    const strings = JSON.stringify(snapshot.strings);
    // Counted from the strings written rather than by serializing everything a second time.
    let chars = vocabulary.length + strings.length;
    let bytes = 0;
    for (const { value } of kinds) {
      const v = value as StoredKind;
      chars += v.ids.length + v.columns.length + v.terms.length;
      bytes += v.ends.byteLength + v.slots.byteLength;
    }
    const parts: StoredPart[] = [{ name: 'manifest', value: { format: snapshot.format, version: snapshot.version, chars } }, ...kinds, { name: 'vocabulary', value: vocabulary }, { name: 'strings', value: strings }];
    await this.store.transaction('rw', this.store.parts, async () => {
      await this.store.parts.clear();
      await this.store.parts.bulkPut(parts);
    });
    this.markedDirty = false;
    this.setStatus({ persistMs: performance.now() - t0, storedChars: chars, storedBytes: bytes });
  }

  /** Closes both databases. */
  close(): void {
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.store.close();
  }
}
