import type { Briefing, BriefingSection, Claim } from '../../../shared/model';
import type { FootnoteDatabase } from './database';
import { newId, nowIso } from './identity';

/** The citation style a new briefing starts with, until styles are chosen per briefing. */
export const DEFAULT_CITATION_STYLE = 'footnote-notes';

/** Creates a briefing from chosen claims, grouped under their sections in the order given, in one transaction. */
export async function createBriefingFromClaims(
  db: FootnoteDatabase,
  input: { title: string; audience?: string; claimIds: readonly string[] },
): Promise<Briefing> {
  const title = input.title.trim();
  if (title === '') throw new Error('A briefing needs a title.');
  if (input.claimIds.length === 0) throw new Error('Choose at least one claim for the briefing.');
  return db.transaction('rw', [db.briefings, db.claims, db.history], async () => {
    const claims = (await db.claims.bulkGet([...input.claimIds])).filter((c): c is Claim => c !== undefined);
    if (claims.length === 0) throw new Error('The chosen claims no longer exist.');
    const now = nowIso();
    const briefing: Briefing = {
      id: newId(),
      title,
      audience: input.audience?.trim() ?? '',
      summary: '',
      citationStyle: DEFAULT_CITATION_STYLE,
      sections: groupIntoSections(claims),
      createdAt: now,
      updatedAt: now,
    };
    await db.briefings.add(briefing);
    await db.history.add({ entity: 'briefing', entityId: briefing.id, op: 'create', at: now, after: briefing });
    return briefing;
  });
}

function groupIntoSections(claims: readonly Claim[]): BriefingSection[] {
  const sections: BriefingSection[] = [];
  for (const claim of claims) {
    const heading = claim.section ?? '';
    let section = sections.find((s) => s.heading === heading);
    if (!section) {
      section = { id: newId(), heading, items: [] };
      sections.push(section);
    }
    section.items.push({ kind: 'claim', id: newId(), claimId: claim.id });
  }
  return sections;
}

/** Deletes a briefing (its claims stay), recording it for undo. */
export async function deleteBriefing(db: FootnoteDatabase, briefingId: string): Promise<void> {
  await db.transaction('rw', [db.briefings, db.history], async () => {
    const before = await db.briefings.get(briefingId);
    if (!before) return;
    await db.briefings.delete(briefingId);
    await db.history.add({ entity: 'briefing', entityId: briefingId, op: 'delete', at: nowIso(), before });
  });
}

/** A file name for an export: the title with characters no file system accepts removed. */
export function exportFileName(title: string, extension: string): string {
  const safe = title.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 120) || 'briefing';
  return `${safe}.${extension}`;
}

/** The meta fields the composer edits. */
export type BriefingMetaPatch = Partial<Pick<Briefing, 'title' | 'audience' | 'summary' | 'date' | 'citationStyle' | 'footnoteContent' | 'lang'>>;

/** Where an item sits: its section and its index there. */
export interface ItemPlace {
  sectionId: string;
  index: number;
}

// Every composer edit reads the briefing, changes a copy and writes it back with its before and after in history,
// all in one transaction, so an undo restores exactly what was there and two quick edits never interleave.
async function changeBriefing(db: FootnoteDatabase, briefingId: string, change: (draft: Briefing) => void): Promise<Briefing> {
  return db.transaction('rw', [db.briefings, db.history], async () => {
    const before = await db.briefings.get(briefingId);
    if (!before) throw new Error('That briefing no longer exists.');
    const draft = structuredClone(before);
    change(draft);
    draft.updatedAt = nowIso();
    await db.briefings.put(draft);
    await db.history.add({ entity: 'briefing', entityId: briefingId, op: 'update', at: draft.updatedAt, before, after: draft });
    return draft;
  });
}

function sectionOf(briefing: Briefing, sectionId: string): BriefingSection {
  const section = briefing.sections.find((s) => s.id === sectionId);
  if (!section) throw new Error('That section is no longer in the briefing.');
  return section;
}

/** Changes the title, audience, date, summary, style, footnote content or language; an empty title is refused. */
export function updateBriefingMeta(db: FootnoteDatabase, briefingId: string, patch: BriefingMetaPatch): Promise<Briefing> {
  if (patch.title !== undefined && patch.title.trim() === '') return Promise.reject(new Error('A briefing needs a title.'));
  return changeBriefing(db, briefingId, (draft) => {
    for (const [key, value] of Object.entries(patch) as [keyof BriefingMetaPatch, unknown][]) {
      // `undefined` clears an optional field (a language back to automatic, a date back to today).
      if (value === undefined) delete draft[key];
      else Object.assign(draft, { [key]: value });
    }
  });
}

/** Appends an empty section under the given heading; resolves with its id. */
export async function addSection(db: FootnoteDatabase, briefingId: string, heading: string): Promise<string> {
  const id = newId();
  await changeBriefing(db, briefingId, (draft) => {
    draft.sections.push({ id, heading: heading.trim(), items: [] });
  });
  return id;
}

/** Renames a section (an empty heading is allowed: the section then prints without one). */
export async function renameSection(db: FootnoteDatabase, briefingId: string, sectionId: string, heading: string): Promise<void> {
  await changeBriefing(db, briefingId, (draft) => {
    sectionOf(draft, sectionId).heading = heading.trim();
  });
}

/** Removes a section with its items (the claims themselves stay in the workspace). */
export async function removeSection(db: FootnoteDatabase, briefingId: string, sectionId: string): Promise<void> {
  await changeBriefing(db, briefingId, (draft) => {
    sectionOf(draft, sectionId);
    draft.sections = draft.sections.filter((s) => s.id !== sectionId);
  });
}

/** Adds claims to the end of a section (a new untitled one when the briefing has none), skipping claims already in the briefing or gone. */
export async function addClaimItems(db: FootnoteDatabase, briefingId: string, sectionId: string | null, claimIds: readonly string[]): Promise<number> {
  let added = 0;
  await db.transaction('rw', [db.briefings, db.claims, db.history], async () => {
    const existing = new Set((await db.claims.bulkGet([...claimIds])).flatMap((c) => (c ? [c.id] : [])));
    await changeBriefing(db, briefingId, (draft) => {
      const present = new Set(draft.sections.flatMap((s) => s.items.flatMap((i) => (i.kind === 'claim' ? [i.claimId] : []))));
      let section = sectionId ? sectionOf(draft, sectionId) : draft.sections[draft.sections.length - 1];
      if (!section) {
        section = { id: newId(), heading: '', items: [] };
        draft.sections.push(section);
      }
      for (const claimId of claimIds) {
        if (present.has(claimId) || !existing.has(claimId)) continue;
        present.add(claimId);
        section.items.push({ kind: 'claim', id: newId(), claimId });
        added += 1;
      }
    });
  });
  return added;
}

/** Inserts a prose paragraph into a section at `index` (the end when omitted); resolves with the item's id. */
export async function addProse(db: FootnoteDatabase, briefingId: string, sectionId: string, text: string, index?: number): Promise<string> {
  const id = newId();
  await changeBriefing(db, briefingId, (draft) => {
    const items = sectionOf(draft, sectionId).items;
    items.splice(clamp(index ?? items.length, 0, items.length), 0, { kind: 'prose', id, text });
  });
  return id;
}

/** Replaces the text of a prose paragraph. */
export async function updateProse(db: FootnoteDatabase, briefingId: string, itemId: string, text: string): Promise<void> {
  await changeBriefing(db, briefingId, (draft) => {
    const item = draft.sections.flatMap((s) => s.items).find((i) => i.id === itemId);
    if (!item || item.kind !== 'prose') throw new Error('That paragraph is no longer in the briefing.');
    item.text = text;
  });
}

/** Moves an item to a place in the same or another section; the index counts positions after the item is taken out. */
export async function moveItem(db: FootnoteDatabase, briefingId: string, itemId: string, to: ItemPlace): Promise<void> {
  await changeBriefing(db, briefingId, (draft) => {
    const from = draft.sections.find((s) => s.items.some((i) => i.id === itemId));
    if (!from) throw new Error('That item is no longer in the briefing.');
    const target = sectionOf(draft, to.sectionId);
    const index = from.items.findIndex((i) => i.id === itemId);
    const [item] = from.items.splice(index, 1);
    if (item) target.items.splice(clamp(to.index, 0, target.items.length), 0, item);
  });
}

/** Moves an item one place up or down, across a section's edge into the neighbouring one; worked out inside the transaction so quick repeated moves each take effect. */
export async function moveItemStep(db: FootnoteDatabase, briefingId: string, itemId: string, direction: -1 | 1): Promise<void> {
  await changeBriefing(db, briefingId, (draft) => {
    const to = neighbourPlace(draft.sections, itemId, direction);
    if (!to) return;
    const from = draft.sections.find((s) => s.items.some((i) => i.id === itemId));
    const [item] = from ? from.items.splice(from.items.findIndex((i) => i.id === itemId), 1) : [];
    if (item) sectionOf(draft, to.sectionId).items.splice(to.index, 0, item);
  });
}

/**
 * Where "move up" or "move down" takes an item: one place along its section, or, from a section's edge, to the near
 * end of the neighbouring section; null at the briefing's first or last place. Indexes count with the item taken out.
 */
export function neighbourPlace(sections: readonly BriefingSection[], itemId: string, direction: -1 | 1): ItemPlace | null {
  const s = sections.findIndex((section) => section.items.some((i) => i.id === itemId));
  const section = sections[s];
  if (!section) return null;
  const index = section.items.findIndex((i) => i.id === itemId);
  const target = index + direction;
  if (target >= 0 && target < section.items.length) return { sectionId: section.id, index: target };
  const next = sections[s + direction];
  if (!next) return null;
  return { sectionId: next.id, index: direction === -1 ? next.items.length : 0 };
}

/** Removes one item (a claim stays in the workspace; only its place in the briefing goes). */
export async function removeItem(db: FootnoteDatabase, briefingId: string, itemId: string): Promise<void> {
  await changeBriefing(db, briefingId, (draft) => {
    for (const section of draft.sections) section.items = section.items.filter((i) => i.id !== itemId);
  });
}

function clamp(n: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, n));
}

/** Creates an empty briefing with one untitled section, ready for claims to be added in the composer. */
export async function createEmptyBriefing(db: FootnoteDatabase, title: string): Promise<Briefing> {
  const now = nowIso();
  const briefing: Briefing = {
    id: newId(),
    title: title.trim() || 'Untitled briefing',
    audience: '',
    summary: '',
    citationStyle: DEFAULT_CITATION_STYLE,
    sections: [{ id: newId(), heading: '', items: [] }],
    createdAt: now,
    updatedAt: now,
  };
  await db.transaction('rw', [db.briefings, db.history], async () => {
    await db.briefings.add(briefing);
    await db.history.add({ entity: 'briefing', entityId: briefing.id, op: 'create', at: now, after: briefing });
  });
  return briefing;
}
