// Splitting a claim that says two things, and merging duplicates. Both move citation rows between claims, so both
// check first that no citation would be lost, and record every row they touched so the change can be undone.
import { distributeCorrections, quantitiesForClaim } from '../../../shared/claims/edit/claim-quantities';
import { planMerge } from '../../../shared/claims/edit/plan-merge';
import { planSplit, type SplitPart } from '../../../shared/claims/edit/plan-split';
import type { Briefing, BriefingItem, Citation, Claim } from '../../../shared/model';
import { claimOf, defined } from './claim-measure-keys';
import type { FootnoteDatabase } from './database';
import { newId, nowIso } from './identity';

/**
 * Replaces a claim by several, each with its text and the citations it needs; a citation two parts need is copied.
 * The first part keeps the claim's id, so briefings and links that name it still find it; the others follow it in
 * reading order. Corrected quantities go to the part that still says them. Returns the parts in order.
 */
export async function splitClaim(db: FootnoteDatabase, claimId: string, parts: readonly SplitPart[]): Promise<Claim[]> {
  return db.transaction('rw', [db.claims, db.citations, db.history], async () => {
    const stored = await db.claims.get(claimId);
    if (!stored) throw new Error('That claim no longer exists.');
    const original = claimOf(stored);
    const citations = await db.citations.where('claimId').equals(claimId).toArray();
    const plan = planSplit(citations, parts);
    const quantities = distributeCorrections(
      original.quantities,
      plan.map((p) => quantitiesForClaim(p.text)),
    );
    const at = nowIso();
    const claims = plan.map((part, index): Claim => ({
      ...original,
      id: index === 0 ? original.id : newId(),
      text: part.text,
      order: original.order + index,
      quantities: quantities[index] ?? [],
      createdAt: index === 0 ? original.createdAt : at,
      updatedAt: at,
    }));
    const shifted = await shiftLaterClaims(db, original, plan.length - 1, at);

    const byId = new Map(citations.map((c) => [c.id, c]));
    const after: Citation[] = [];
    plan.forEach((part, index) => {
      const partId = claims[index]?.id ?? original.id;
      for (const id of part.take) {
        const citation = byId.get(id);
        if (citation) after.push({ ...citation, claimId: partId });
      }
      for (const id of part.copy) {
        const citation = byId.get(id);
        if (citation) after.push({ ...citation, id: newId(), claimId: partId });
      }
    });

    await db.claims.bulkPut([...claims, ...shifted.map((s) => s.after)]);
    await db.citations.bulkPut(after);
    await db.history.add({
      entity: 'claim',
      entityId: claimId,
      op: 'update',
      at,
      before: { claims: [original, ...shifted.map((s) => s.before)], citations },
      after: { claims: [...claims, ...shifted.map((s) => s.after)], citations: after },
    });
    return claims;
  });
}

// The parts of a split claim take the places right after it, so the claims after it in its source move down.
async function shiftLaterClaims(db: FootnoteDatabase, claim: Claim, by: number, at: string): Promise<{ before: Claim; after: Claim }[]> {
  if (claim.originSourceId === undefined || by === 0) return [];
  const siblings = await db.claims.where('originSourceId').equals(claim.originSourceId).toArray();
  return siblings
    .filter((c) => c.id !== claim.id && c.order > claim.order)
    .map((row) => {
      const before = claimOf(row);
      return { before, after: { ...before, order: before.order + by, updatedAt: at } };
    });
}

/**
 * Merges duplicates into the kept claim: their citations are combined with each piece of evidence once, tags and
 * notes joined (a merged claim's differing wording is kept in the note), briefings that named a merged claim name
 * the kept one, and the merged claims are removed. Returns the kept claim.
 */
export async function mergeClaims(db: FootnoteDatabase, keepId: string, mergeIds: readonly string[]): Promise<Claim> {
  const others = [...new Set(mergeIds)];
  if (others.length === 0) throw new Error('Choose at least one claim to merge into this one.');
  if (others.includes(keepId)) throw new Error('A claim cannot be merged into itself.');
  return db.transaction('rw', [db.claims, db.citations, db.briefings, db.history], async () => {
    const stored = await db.claims.bulkGet([keepId, ...others]);
    if (stored.some((c) => c === undefined)) throw new Error('Some of the claims to merge no longer exist; refresh the list and try again.');
    const [keep, ...merged] = defined(stored).map(claimOf);
    if (!keep) throw new Error('That claim no longer exists.');
    const citations = await db.citations.where('claimId').anyOf([keepId, ...others]).toArray();
    const of = (claim: Claim) => ({ claim, citations: citations.filter((c) => c.claimId === claim.id) });
    const plan = planMerge(of(keep), merged.map(of));

    const at = nowIso();
    const kept: Claim = { ...keep, tags: plan.tags, note: plan.note, updatedAt: at };
    const moved = new Set(plan.move);
    const dropped = new Set(plan.drop.map((d) => d.id));
    const after = citations.filter((c) => !dropped.has(c.id)).map((c) => (moved.has(c.id) ? { ...c, claimId: keepId } : c));
    const briefings = await renameInBriefings(db, new Set(others), keepId, at);

    await db.claims.put(kept);
    await db.claims.bulkDelete(others);
    await db.citations.bulkDelete([...dropped]);
    await db.citations.bulkPut(after.filter((c) => moved.has(c.id)));
    await db.briefings.bulkPut(briefings.map((b) => b.after));
    await db.history.add({
      entity: 'claim',
      entityId: keepId,
      op: 'update',
      at,
      before: { claims: [keep, ...merged], citations, briefings: briefings.map((b) => b.before) },
      after: { claims: [kept], citations: after, briefings: briefings.map((b) => b.after), duplicates: plan.drop },
    });
    return kept;
  });
}

// A briefing that named a merged claim names the kept one instead; where a section then names it twice, the first stays.
async function renameInBriefings(db: FootnoteDatabase, from: ReadonlySet<string>, to: string, at: string): Promise<{ before: Briefing; after: Briefing }[]> {
  const changed: { before: Briefing; after: Briefing }[] = [];
  for (const before of await db.briefings.toArray()) {
    if (!before.sections.some((s) => s.items.some((i) => i.kind === 'claim' && from.has(i.claimId)))) continue;
    const sections = before.sections.map((section) => {
      let seen = false;
      const items = section.items.flatMap((item): BriefingItem[] => {
        if (item.kind !== 'claim') return [item];
        const claimId = from.has(item.claimId) ? to : item.claimId;
        if (claimId === to) {
          if (seen) return [];
          seen = true;
        }
        return [{ ...item, claimId }];
      });
      return { ...section, items };
    });
    changed.push({ before, after: { ...before, sections, updatedAt: at } });
  }
  return changed;
}
