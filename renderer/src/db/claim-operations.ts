// Named operations on claims, each one transaction that records what it changed in `history`. Every input is checked
// before anything is written, and a bad one is refused with a message the analyst can act on. A change of one record
// stores that record before and after; a change of several (create with citation, split, merge, link) stores record
// sets `{ claims, citations, sources, briefings }` before and after, so undo deletes what only `after` holds and puts
// back everything in `before`.
import { describeRange } from '../../../shared/anchoring/describe-range';
import { checkLocator, hasPlace } from '../../../shared/claims/edit/check-locator';
import { checkConfidence, checkStance, checkStatus, cleanClaimText, cleanTag, cleanTags } from '../../../shared/claims/edit/claim-fields';
import { correctQuantityFields, keepCorrections, quantitiesForClaim, type QuantityPatch } from '../../../shared/claims/edit/claim-quantities';
import type { ClaimSuggestion } from '../../../shared/claims/suggest-claims';
import type { z } from 'zod';
import { CitationSchema, ClaimSchema, type Citation, type Claim, type ClaimStatus, type Selector, type Source, type SourceText, type Stance } from '../../../shared/model';
import type { FootnoteDatabase } from './database';
import { claimOf, defined } from './claim-measure-keys';
import { newId, nowIso } from './identity';

/** The passage a claim was selected from, which becomes its first citation. */
export interface SelectionCitation {
  sourceId: string;
  /** A TextQuoteSelector and a TextPositionSelector of the selection (see describeRange). */
  selectors: readonly Selector[];
  paragraph?: number;
  page?: number;
  /** Supports unless said otherwise. */
  stance?: Stance;
}

/** A marker a summary's sentence cites its original with, e.g. `[8]`; unresolved until the summary is linked. */
export interface MarkerCitation {
  marker: string;
  markerNumber: number;
}

/** A claim typed by hand, made from a selection, or read from a summary's marked sentence on import. */
export interface NewClaim {
  text: string;
  status?: ClaimStatus;
  confidence?: number;
  tags?: readonly string[];
  note?: string;
  /** The source it was recorded from; the selection's source when not given. */
  originSourceId?: string;
  /** The heading it stands under; for a selection, the heading before it when not given. */
  section?: string;
  citation?: SelectionCitation;
  /** The markers its sentence carries in its origin source (a summary), in the order written. */
  markers?: readonly MarkerCitation[];
}

/** A created claim, its selection's citation when it had one, and every citation it was created with. */
export interface CreatedClaim {
  claim: Claim;
  citation?: Citation;
  citations: Citation[];
}

/** Creates a claim (with its quantities read from its text, and its selection as first citation), in one transaction. */
export async function createClaim(db: FootnoteDatabase, input: NewClaim): Promise<CreatedClaim> {
  const [created] = await createClaims(db, [input]);
  if (!created) throw new Error('The claim could not be created.');
  return created;
}

/**
 * The one operation that creates claims, whoever asks (a typed claim, a selection, accepted suggestions, an import's
 * marked sentences): all of them or none, in one transaction, or inside the caller's when it has one with these
 * tables. Every claim is checked against the schema, takes the next place among its origin source's claims, and is
 * recorded in history as `{ claims: [claim], citations }`: as a `create` the analyst can undo, or, for the claims an
 * import makes, as part of that `import` (undone only by removing the source, never one claim at a time by Ctrl+Z).
 */
export async function createClaims(db: FootnoteDatabase, inputs: readonly NewClaim[], recordAs: 'create' | 'import' = 'create'): Promise<CreatedClaim[]> {
  // Text is cleaned and figures read before the transaction: pure work that need not hold it open.
  const checked = inputs.map((input) => {
    const clean = checkNewClaim(input);
    return { input: clean, origin: clean.originSourceId ?? clean.citation?.sourceId, quantities: quantitiesForClaim(clean.text) };
  });
  return db.transaction('rw', [db.claims, db.citations, db.sources, db.texts, db.history], async () => {
    // Everything the batch needs is read first, each source once; the records are then built without waiting, and
    // written in bulk. (An import's summary makes hundreds of claims of one source.)
    const selected = new Map<string, [Source, SourceText | undefined]>();
    for (const id of new Set(checked.flatMap((c) => (c.input.citation ? [c.input.citation.sourceId] : [])))) selected.set(id, await sourceWithText(db, id));
    const nextOrder = new Map<string, number>();
    for (const origin of new Set(checked.flatMap((c) => (c.origin === undefined ? [] : [c.origin])))) {
      if (!selected.has(origin) && !(await db.sources.get(origin))) throw new Error('The source this claim comes from is no longer in the workspace.');
      nextOrder.set(origin, await firstFreeOrder(db, origin));
    }
    const now = nowIso();
    const out = checked.map(({ input, origin, quantities }) => buildClaim(input, origin, quantities, selected, nextOrder, now));
    await db.claims.bulkAdd(out.map((c) => c.claim));
    await db.citations.bulkAdd(out.flatMap((c) => c.citations));
    await db.history.bulkAdd(out.map(({ claim, citations }) => ({ entity: 'claim', entityId: claim.id, op: recordAs, at: now, after: { claims: [claim], citations } })));
    return out;
  });
}

function buildClaim(
  input: NewClaim,
  origin: string | undefined,
  quantities: Claim['quantities'],
  selected: ReadonlyMap<string, [Source, SourceText | undefined]>,
  nextOrder: Map<string, number>,
  now: string,
): CreatedClaim {
  const selection = input.citation;
  const [source, sourceText] = selection ? (selected.get(selection.sourceId) ?? [undefined, undefined]) : [undefined, undefined];
  const claimId = newId();
  const draft: Claim = { id: claimId, text: input.text, status: input.status ?? 'draft', tags: [...(input.tags ?? [])], note: input.note ?? '', order: 0, quantities, createdAt: now, updatedAt: now };
  if (origin !== undefined) {
    // New claims from a source go after the ones already recorded from it, in the order they are created.
    const order = nextOrder.get(origin) ?? 0;
    nextOrder.set(origin, order + 1);
    draft.order = order;
    draft.originSourceId = origin;
  }
  if (input.confidence !== undefined) draft.confidence = input.confidence;
  const section = input.section ?? (selection && sourceText ? headingBefore(sourceText, selection.selectors) : undefined);
  if (section !== undefined) draft.section = section;
  const claim = checkRecord(ClaimSchema, draft, 'claim');
  const citations: Citation[] = [];
  let citation: Citation | undefined;
  if (selection && source) {
    const locator = checkLocator({ selectors: [...selection.selectors], paragraph: selection.paragraph, page: selection.page }, sourceText);
    if (!hasPlace(locator)) throw new Error('A claim made from a selection needs the selected passage.');
    // The passage is in the source itself, so the citation is resolved from the start.
    citation = checkRecord(CitationSchema, { id: newId(), claimId, sourceId: source.id, locator, stance: selection.stance ?? 'supports', resolved: true, createdAt: now }, 'citation');
    citations.push(citation);
  }
  for (const m of input.markers ?? []) {
    if (origin === undefined) throw new Error('A claim with markers needs the source it was written in.');
    // A marker names a place in the original, which is not linked yet: unresolved until it is.
    citations.push(checkRecord(CitationSchema, { id: newId(), claimId, sourceId: origin, locator: { marker: m.marker, markerNumber: m.markerNumber }, stance: 'supports', resolved: false, createdAt: now }, 'citation'));
  }
  return citation ? { claim, citation, citations } : { claim, citations };
}

// A record built here that fails its schema is refused before anything is written. The record itself is stored,
// not zod's copy: the copy orders keys by the schema, and later comparisons of serialized quantities would see a change.
function checkRecord<T>(schema: z.ZodType<T>, value: T, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`This ${what} could not be stored: ${parsed.error.issues[0]?.path.join('.') || what} ${parsed.error.issues[0]?.message ?? 'is not valid'}.`);
  return value;
}

function checkNewClaim(input: NewClaim): NewClaim {
  const out: NewClaim = { ...input, text: cleanClaimText(input.text) };
  if (input.status !== undefined) out.status = checkStatus(input.status);
  if (input.confidence !== undefined) out.confidence = checkConfidence(input.confidence);
  if (input.tags !== undefined) out.tags = cleanTags(input.tags);
  if (input.note !== undefined) out.note = input.note.trim();
  if (input.section !== undefined) out.section = input.section.trim();
  if (input.citation?.stance !== undefined) out.citation = { ...input.citation, stance: checkStance(input.citation.stance) };
  return out;
}

/** The source and its text; throws when the source is gone. */
export async function sourceWithText(db: FootnoteDatabase, sourceId: string): Promise<[Source, SourceText | undefined]> {
  const source = await db.sources.get(sourceId);
  if (!source) throw new Error('That source is no longer in the workspace.');
  return [source, await db.texts.get(sourceId)];
}

// The first place after every claim already recorded from the source.
async function firstFreeOrder(db: FootnoteDatabase, originSourceId: string): Promise<number> {
  const existing = await db.claims.where('originSourceId').equals(originSourceId).toArray();
  return existing.reduce((max, c) => Math.max(max, c.order + 1), 0);
}

function headingBefore(sourceText: SourceText, selectors: readonly Selector[]): string | undefined {
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  if (!position) return undefined;
  const heading = sourceText.blocks.filter((b) => b.kind === 'heading' && b.end <= position.start).at(-1);
  return heading ? sourceText.text.slice(heading.start, heading.end).trim() : undefined;
}

/** What the analyst may change on a claim; `confidence: null` clears it. */
export interface ClaimPatch {
  text?: string;
  status?: ClaimStatus;
  confidence?: number | null;
  tags?: readonly string[];
  note?: string;
}

/** Edits a claim; a new text re-reads its quantities, keeping every field the analyst corrected. */
export async function updateClaim(db: FootnoteDatabase, claimId: string, patch: ClaimPatch): Promise<Claim> {
  const text = patch.text === undefined ? undefined : cleanClaimText(patch.text);
  const status = patch.status === undefined ? undefined : checkStatus(patch.status);
  const confidence = patch.confidence === undefined || patch.confidence === null ? patch.confidence : checkConfidence(patch.confidence);
  const tags = patch.tags === undefined ? undefined : cleanTags(patch.tags);
  return changeClaim(db, claimId, (before) => {
    const after: Claim = { ...before };
    if (text !== undefined && text !== before.text) {
      after.text = text;
      after.quantities = keepCorrections(before.quantities, quantitiesForClaim(text));
    }
    if (status !== undefined) after.status = status;
    if (confidence === null) delete after.confidence;
    else if (confidence !== undefined) after.confidence = confidence;
    if (tags !== undefined) after.tags = tags;
    if (patch.note !== undefined) after.note = patch.note.trim();
    return after;
  });
}

/** Corrects fields of the claim's quantity at `index`; corrected fields are kept over later extractions. */
export async function correctQuantity(db: FootnoteDatabase, claimId: string, index: number, patch: QuantityPatch): Promise<Claim> {
  return changeClaim(db, claimId, (before) => {
    const quantity = before.quantities[index];
    if (!quantity) throw new Error('That figure is no longer part of the claim.');
    const quantities = [...before.quantities];
    quantities[index] = correctQuantityFields(quantity, patch);
    return { ...before, quantities };
  });
}

/** Removes a figure the extractor misread (or a correction the text no longer holds) from a claim. */
export async function removeQuantity(db: FootnoteDatabase, claimId: string, index: number): Promise<Claim> {
  return changeClaim(db, claimId, (before) => {
    if (!before.quantities[index]) throw new Error('That figure is no longer part of the claim.');
    return { ...before, quantities: before.quantities.filter((_, i) => i !== index) };
  });
}

/** Re-reads the quantities of the given claims (all when none are named) from their texts, keeping corrections; returns how many changed. For claims stored before extraction ran on import. */
export async function refreshClaimQuantities(db: FootnoteDatabase, claimIds?: readonly string[]): Promise<number> {
  return db.transaction('rw', [db.claims, db.history], async () => {
    const claims = claimIds ? defined(await db.claims.bulkGet([...claimIds])) : await db.claims.toArray();
    const at = nowIso();
    let changed = 0;
    for (const before of claims) {
      const quantities = keepCorrections(before.quantities, quantitiesForClaim(before.text));
      if (JSON.stringify(quantities) === JSON.stringify(before.quantities)) continue;
      const after: Claim = { ...claimOf(before), quantities, updatedAt: at };
      await db.claims.put(after);
      await db.history.add({ entity: 'claim', entityId: after.id, op: 'update', at, before: claimOf(before), after });
      changed++;
    }
    return changed;
  });
}

/** Adds a tag to every named claim that lacks it; returns how many changed. */
export async function bulkTag(db: FootnoteDatabase, claimIds: readonly string[], tag: string): Promise<number> {
  const cleaned = cleanTag(tag);
  const key = cleaned.toLocaleLowerCase();
  return changeClaims(db, claimIds, (c) => (c.tags.some((t) => t.toLocaleLowerCase() === key) ? undefined : { ...c, tags: [...c.tags, cleaned] }));
}

/** Removes a tag (case aside) from every named claim that has it; returns how many changed. */
export async function bulkUntag(db: FootnoteDatabase, claimIds: readonly string[], tag: string): Promise<number> {
  const key = cleanTag(tag).toLocaleLowerCase();
  return changeClaims(db, claimIds, (c) => (c.tags.some((t) => t.toLocaleLowerCase() === key) ? { ...c, tags: c.tags.filter((t) => t.toLocaleLowerCase() !== key) } : undefined));
}

/** Sets the status of every named claim; returns how many changed. */
export async function bulkSetStatus(db: FootnoteDatabase, claimIds: readonly string[], status: ClaimStatus): Promise<number> {
  const checked = checkStatus(status);
  return changeClaims(db, claimIds, (c) => (c.status === checked ? undefined : { ...c, status: checked }));
}

async function changeClaim(db: FootnoteDatabase, claimId: string, change: (before: Claim) => Claim): Promise<Claim> {
  return db.transaction('rw', [db.claims, db.history], async () => {
    const stored = await db.claims.get(claimId);
    if (!stored) throw new Error('That claim no longer exists.');
    const before = claimOf(stored);
    const after: Claim = { ...change(before), updatedAt: nowIso() };
    await db.claims.put(after);
    await db.history.add({ entity: 'claim', entityId: claimId, op: 'update', at: after.updatedAt, before, after });
    return after;
  });
}

async function changeClaims(db: FootnoteDatabase, claimIds: readonly string[], change: (before: Claim) => Claim | undefined): Promise<number> {
  if (claimIds.length === 0) throw new Error('Choose at least one claim.');
  return db.transaction('rw', [db.claims, db.history], async () => {
    const stored = await db.claims.bulkGet([...new Set(claimIds)]);
    if (stored.some((c) => c === undefined)) throw new Error('Some of the chosen claims no longer exist; refresh the list and try again.');
    const at = nowIso();
    let changed = 0;
    for (const row of defined(stored)) {
      const before = claimOf(row);
      const next = change(before);
      if (!next) continue;
      const after: Claim = { ...next, updatedAt: at };
      await db.claims.put(after);
      await db.history.add({ entity: 'claim', entityId: after.id, op: 'update', at, before, after });
      changed++;
    }
    return changed;
  });
}

/** Describes a range of a source's text as the selectors a selection citation stores. */
export function selectionSelectors(source: Source, sourceText: SourceText, start: number, end: number): Selector[] {
  const range = describeRange(sourceText.text, start, end, { sourceHash: source.contentHash });
  return [range.quote, range.position];
}

/** Accepts suggested sentences of a source as claims, each cited by its sentence, all in one transaction. */
export async function acceptSuggestions(
  db: FootnoteDatabase,
  sourceId: string,
  suggestions: readonly Pick<ClaimSuggestion, 'text' | 'start' | 'end' | 'section'>[],
): Promise<Claim[]> {
  if (suggestions.length === 0) throw new Error('Choose at least one suggestion to accept.');
  const [source, sourceText] = await sourceWithText(db, sourceId);
  if (!sourceText) throw new Error('This source has no text to take claims from.');
  const inputs = suggestions.map((s): NewClaim => {
    const input: NewClaim = { text: s.text, citation: { sourceId, selectors: selectionSelectors(source, sourceText, s.start, s.end) } };
    if (s.section !== undefined) input.section = s.section;
    return input;
  });
  return (await createClaims(db, inputs)).map((c) => c.claim);
}
