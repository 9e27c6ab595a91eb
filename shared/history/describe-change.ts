// A history entry in words, for the history list and the notice after an undo: what was changed, and which record,
// short enough for one line ("delete claim “Prices rose…”", "edit claim “…”: status, tags").
import { AnnotationSchema, BriefingSchema, CitationSchema, ClaimSchema, CollectionSchema, HistoryRecordSetSchema, SourceImportRecordSchema, SourceSchema, type HistoryEntry } from '../model';

/** How long a quoted name may be before it is cut with an ellipsis. */
const NAME_LENGTH = 48;

// Fields every edit changes; naming them would tell the reader nothing.
const BOOKKEEPING = new Set(['updatedAt', 'measureKeys']);

/** One line saying what a recorded change did, e.g. `delete claim “Prices rose”`. */
export function describeChange(entry: Pick<HistoryEntry, 'entity' | 'op' | 'before' | 'after' | 'entityId'>): string {
  const subject = subjectOf(entry);
  const verb = VERBS[entry.op];
  const fields = entry.op === 'update' ? changedFields(mainRecord(entry, entry.before), mainRecord(entry, entry.after)) : [];
  const detail = detailOf(entry);
  return `${verb} ${subject}${detail ? ` (${detail})` : fields.length > 0 ? `: ${fields.join(', ')}` : ''}`;
}

const VERBS: Record<HistoryEntry['op'], string> = { create: 'create', update: 'edit', delete: 'delete', import: 'import' };

function subjectOf(entry: Pick<HistoryEntry, 'entity' | 'op' | 'before' | 'after' | 'entityId'>): string {
  // A source deletion's `after` holds only what it relinked; what it deleted is in `before`.
  const payload = entry.op === 'delete' ? (entry.before ?? entry.after) : (entry.after ?? entry.before);
  switch (entry.entity) {
    case 'claim': {
      const claim = ClaimSchema.safeParse(payload);
      if (claim.success) return `claim ${quoted(claim.data.text)}`;
      const set = HistoryRecordSetSchema.safeParse(payload);
      const legacy = typeof payload === 'object' && payload !== null && 'claim' in payload ? ClaimSchema.safeParse((payload as { claim: unknown }).claim) : undefined;
      const first = (set.success ? set.data.claims?.find((c) => c.id === entry.entityId) ?? set.data.claims?.[0] : undefined) ?? (legacy?.success ? legacy.data : undefined);
      return first ? `claim ${quoted(first.text)}` : 'claim';
    }
    case 'citation': {
      const citation = CitationSchema.safeParse(payload);
      const quote = citation.success ? citation.data.locator.selectors?.find((s) => s.type === 'TextQuoteSelector') : undefined;
      return quote && 'exact' in quote ? `citation ${quoted(quote.exact)}` : citation.success && citation.data.locator.marker ? `citation ${citation.data.locator.marker}` : 'citation';
    }
    case 'annotation': {
      const annotation = AnnotationSchema.safeParse(payload);
      const quote = annotation.success ? annotation.data.selectors.find((s) => s.type === 'TextQuoteSelector') : undefined;
      return quote && 'exact' in quote ? `note on ${quoted(quote.exact)}` : 'note';
    }
    case 'briefing': {
      const briefing = BriefingSchema.safeParse(payload);
      const imported = typeof payload === 'object' && payload !== null && 'briefing' in payload ? BriefingSchema.safeParse((payload as { briefing: unknown }).briefing) : undefined;
      const title = briefing.success ? briefing.data.title : imported?.success ? imported.data.title : undefined;
      return title !== undefined ? `briefing ${quoted(title)}` : 'briefing';
    }
    case 'source': {
      const imported = SourceImportRecordSchema.safeParse(payload);
      if (imported.success) return `source ${quoted(imported.data.title)}`;
      const set = HistoryRecordSetSchema.safeParse(payload);
      const source = set.success ? (set.data.sources ?? []).map((s) => SourceSchema.safeParse(s)).find((s) => s.success)?.data : undefined;
      return source ? `source ${quoted(source.title)}` : 'source';
    }
    case 'collection': {
      const collection = CollectionSchema.safeParse(payload);
      return collection.success ? `collection ${quoted(collection.data.name)}` : 'collection';
    }
    case 'tag':
      return `tag ${quoted(entry.entityId)}`;
    case 'workspace':
      return entry.entityId.startsWith('setting:') ? `setting “${entry.entityId.slice('setting:'.length)}”` : `workspace ${quoted(entry.entityId)}`;
  }
}

// What a change of several records did beyond its main record, where that is what the analyst will recognise.
function detailOf(entry: Pick<HistoryEntry, 'entity' | 'op' | 'before' | 'after'>): string | undefined {
  if (entry.entity === 'tag') return tagDetail(entry.after);
  if (entry.op !== 'update') return undefined;
  const before = HistoryRecordSetSchema.safeParse(entry.before);
  const after = HistoryRecordSetSchema.safeParse(entry.after);
  if (!before.success || !after.success) return undefined;
  if (entry.entity === 'source' && 'reading' in after.data) return 'linked to its original';
  if (entry.entity === 'source' && before.data.sources?.[0]?.originalSourceId !== undefined && after.data.sources?.[0]?.originalSourceId === undefined) return 'unlinked from its original';
  if (entry.entity === 'source' && 'carried' in after.data) return 'new version';
  if (entry.entity === 'claim') {
    const claimsBefore = before.data.claims?.length ?? 0;
    const claimsAfter = after.data.claims?.length ?? 0;
    if ('duplicates' in after.data || claimsAfter < claimsBefore) return `merged ${claimsBefore} claims`;
    if (claimsAfter > claimsBefore) return `split into ${claimsAfter - claimsBefore + 1} claims`;
  }
  return undefined;
}

const ENTITY_TABLE: Partial<Record<HistoryEntry['entity'], 'sources' | 'claims'>> = { source: 'sources', claim: 'claims' };

// The record an entry is about: the payload itself, or its own row in a record set (a source edit records
// `{ sources: [source] }`).
function mainRecord(entry: Pick<HistoryEntry, 'entity' | 'entityId'>, payload: unknown): unknown {
  const table = ENTITY_TABLE[entry.entity];
  if (!table || typeof payload !== 'object' || payload === null || !(table in payload)) return payload;
  const rows = (payload as Record<string, unknown>)[table];
  return Array.isArray(rows) ? rows.find((r: unknown) => typeof r === 'object' && r !== null && (r as { id?: unknown }).id === entry.entityId) : payload;
}

// A tag change says where the tag went and how many records carried it.
function tagDetail(after: unknown): string | undefined {
  const set = HistoryRecordSetSchema.safeParse(after);
  if (!set.success) return undefined;
  const records = (set.data.sources?.length ?? 0) + (set.data.claims?.length ?? 0) + (set.data.annotations?.length ?? 0);
  const to = 'renamedTo' in set.data && typeof set.data.renamedTo === 'string' ? set.data.renamedTo : undefined;
  const where = `${records} record${records === 1 ? '' : 's'}`;
  return to === undefined ? `removed from ${where}` : `now ${quoted(to)} on ${where}`;
}

/** The fields an edit of one record changed, by name, leaving out bookkeeping. */
export function changedFields(before: unknown, after: unknown): string[] {
  if (!isPlainRecord(before) || !isPlainRecord(after)) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => !BOOKKEEPING.has(k) && JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  // A record set (`{ claims: [...] }`) is not one record: its fields are tables.
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'id' in value;
}

function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > NAME_LENGTH ? `${flat.slice(0, NAME_LENGTH - 1)}…` : flat}”`;
}
