import type { Briefing, BriefingExport, BriefingExportFormat, Citation, Claim, Source } from '../../../shared/model';
import type { BriefingLookup } from '../../../shared/briefing/briefing-document';
import { orderCitations } from '../../../shared/claims/order-citations';
import type { FootnoteDatabase } from './database';
import { newId, nowIso } from './identity';

/** A briefing with everything its export reads: claims, citations in reading order, and the sources they name. */
export interface BriefingBundle {
  briefing: Briefing;
  lookup: BriefingLookup;
  /** Every citation of the briefing's claims, flat, for checks that look across claims. */
  citations: Citation[];
  /** For each cited source that has since been imported again, its newer version: the citation still quotes the older. */
  newerVersions: ReadonlyMap<string, Source>;
}

/** Reads a briefing and what it rests on, as it stands now (claims stay linked until exported); null when it is gone. */
export async function loadBriefingBundle(db: FootnoteDatabase, briefingId: string): Promise<BriefingBundle | null> {
  const briefing = await db.briefings.get(briefingId);
  if (!briefing) return null;
  const claimIds = briefing.sections.flatMap((s) => s.items.flatMap((i) => (i.kind === 'claim' ? [i.claimId] : [])));
  const claims = (await db.claims.bulkGet(claimIds)).filter((c): c is Claim => c !== undefined);
  const citations = await db.citations.where('claimId').anyOf(claimIds).toArray();
  const sourceIds = [...new Set(citations.flatMap((c) => (c.resolvedSourceId ? [c.sourceId, c.resolvedSourceId] : [c.sourceId])))];
  const sources = (await db.sources.bulkGet(sourceIds)).filter((s): s is Source => s !== undefined);
  const byClaim = new Map<string, Citation[]>();
  for (const c of citations) byClaim.set(c.claimId, [...(byClaim.get(c.claimId) ?? []), c]);
  for (const [id, list] of byClaim) byClaim.set(id, orderCitations(list));
  const newer = await db.sources.where('previousVersionId').anyOf(sourceIds).toArray();
  return {
    briefing,
    lookup: { claims: new Map(claims.map((c) => [c.id, c])), citationsByClaim: byClaim, sources: new Map(sources.map((s) => [s.id, s])) },
    citations,
    newerVersions: new Map(newer.flatMap((s) => (s.previousVersionId ? [[s.previousVersionId, s] as const] : []))),
  };
}

/** What an export record needs besides its id, briefing and time. */
export interface ExportRecordInput {
  format: BriefingExportFormat;
  style: string;
  lang: string;
  fileName: string;
  sha256: string;
  snapshot: unknown;
}

/** Records one export of a briefing as a snapshot; resolves with the stored record. */
export async function recordBriefingExport(db: FootnoteDatabase, briefingId: string, input: ExportRecordInput): Promise<BriefingExport> {
  const record: BriefingExport = { id: newId(), briefingId, at: nowIso(), ...input };
  await db.briefingExports.add(record);
  return record;
}

/** A briefing's exports, newest first, without their snapshots (a list never needs them). */
export async function listBriefingExports(db: FootnoteDatabase, briefingId: string): Promise<Omit<BriefingExport, 'snapshot'>[]> {
  const rows = await db.briefingExports.where('briefingId').equals(briefingId).toArray();
  return rows.sort((a, b) => b.at.localeCompare(a.at)).map(({ snapshot: _snapshot, ...rest }) => rest);
}
