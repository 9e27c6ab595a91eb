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
