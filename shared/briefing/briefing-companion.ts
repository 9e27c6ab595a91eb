import { z } from 'zod';
import { BriefingSchema, CitationSchema, ClaimSchema, SourceSchema, type Briefing, type Citation, type Claim, type Source } from '../model';
import type { BriefingLookup } from './briefing-document';
import { FootnoteContentOptionsSchema } from './footnote-content';

/** The name every companion file carries, so any other JSON is recognised as not one. */
export const BRIEFING_COMPANION_FORMAT = 'footnote-briefing';
/** The version of the companion layout; a newer one is refused rather than half-read. */
export const BRIEFING_COMPANION_VERSION = 1;

/** How the export the companion sits beside was made. */
export const CompanionExportSchema = z.object({
  format: z.enum(['markdown', 'html', 'docx', 'pdf']),
  style: z.string(),
  lang: z.enum(['en-US', 'zh-CN']),
  footnoteContent: FootnoteContentOptionsSchema,
});
export type CompanionExport = z.infer<typeof CompanionExportSchema>;

/** A `.footnote.json` companion: a briefing with every claim, citation and source it rests on, so Footnote can import it back with every link. */
export const BriefingCompanionSchema = z.object({
  format: z.literal(BRIEFING_COMPANION_FORMAT),
  formatVersion: z.literal(BRIEFING_COMPANION_VERSION),
  exportedAt: z.string(),
  export: CompanionExportSchema.optional(),
  briefing: BriefingSchema,
  claims: z.array(ClaimSchema),
  citations: z.array(CitationSchema),
  sources: z.array(SourceSchema),
});
export type BriefingCompanion = z.infer<typeof BriefingCompanionSchema>;

/** A companion ready to import, or why it is refused. */
export type BriefingCompanionParseResult = { ok: true; value: BriefingCompanion } | { ok: false; error: string };

// Errors are listed up to this many; past that the user learns nothing more from a longer list.
const MAX_REPORTED_ISSUES = 3;

/** Gathers a briefing's claims (in briefing order), their citations and every source those name into a companion. */
export function buildBriefingCompanion(briefing: Briefing, lookup: BriefingLookup, exportedAt: string, exportInfo?: CompanionExport): BriefingCompanion {
  const claimIds = [...new Set(briefing.sections.flatMap((s) => s.items.flatMap((i) => (i.kind === 'claim' ? [i.claimId] : []))))];
  const claims = claimIds.flatMap((id) => {
    const claim = lookup.claims.get(id);
    return claim ? [claim] : [];
  });
  const citations = claims.flatMap((c) => lookup.citationsByClaim.get(c.id) ?? []);
  const sourceIds = new Set(citations.flatMap((c) => (c.resolvedSourceId ? [c.sourceId, c.resolvedSourceId] : [c.sourceId])));
  const sources = [...sourceIds].flatMap((id) => {
    const source = lookup.sources.get(id);
    return source ? [source] : [];
  });
  return {
    format: BRIEFING_COMPANION_FORMAT,
    formatVersion: BRIEFING_COMPANION_VERSION,
    exportedAt,
    ...(exportInfo ? { export: exportInfo } : {}),
    briefing,
    claims,
    citations: [...citations],
    sources,
  };
}

/** The companion as the file's text. */
export function serializeBriefingCompanion(companion: BriefingCompanion): string {
  return `${JSON.stringify(companion, null, 2)}\n`;
}

/** Parses and checks a companion file: its shape, its version, and that every link between its records points at a record in it. */
export function parseBriefingCompanion(text: string): BriefingCompanionParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not a Footnote briefing companion: it is not valid JSON.' };
  }
  const header = z.object({ format: z.string(), formatVersion: z.number() }).safeParse(json);
  if (!header.success || header.data.format !== BRIEFING_COMPANION_FORMAT) {
    return { ok: false, error: `This file is not a Footnote briefing companion (it has no "format": "${BRIEFING_COMPANION_FORMAT}").` };
  }
  if (header.data.formatVersion > BRIEFING_COMPANION_VERSION) {
    return { ok: false, error: `This briefing was exported by a newer Footnote (format ${header.data.formatVersion}); update Footnote to import it.` };
  }
  const parsed = BriefingCompanionSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, MAX_REPORTED_ISSUES).map((i) => `${i.path.join('.')}: ${i.message}`);
    return { ok: false, error: `This briefing companion is damaged: ${issues.join('; ')}.` };
  }
  const broken = findBrokenLinks(parsed.data);
  if (broken.length > 0) return { ok: false, error: `This briefing companion is inconsistent: ${broken.slice(0, MAX_REPORTED_ISSUES).join('; ')}.` };
  return { ok: true, value: parsed.data };
}

function findBrokenLinks(companion: BriefingCompanion): string[] {
  const claims = new Set(companion.claims.map((c) => c.id));
  const sources = new Set(companion.sources.map((s) => s.id));
  const problems: string[] = [];
  for (const section of companion.briefing.sections)
    for (const item of section.items) if (item.kind === 'claim' && !claims.has(item.claimId)) problems.push(`the briefing names missing claim ${item.claimId}`);
  for (const c of companion.citations) {
    if (!claims.has(c.claimId)) problems.push(`citation ${c.id} of missing claim`);
    if (!sources.has(c.sourceId)) problems.push(`citation ${c.id} in missing source`);
    if (c.resolvedSourceId && !sources.has(c.resolvedSourceId)) problems.push(`citation ${c.id} resolves to missing source`);
  }
  return problems;
}

/** A companion made to fit a workspace: its sources that the workspace already holds are dropped and every link is pointed at the workspace's copy. */
export interface RebasedCompanion {
  briefing: Briefing;
  claims: Claim[];
  citations: Citation[];
  /** Only the sources the workspace lacks. */
  newSources: Source[];
  /** Companion source id to workspace source id, for each source the workspace already had. */
  reusedSources: Map<string, string>;
}

/** Matches the companion's sources to the workspace's by content hash (the identity duplicates are recognised by) and relinks claims and citations to them. */
export function rebaseBriefingCompanion(companion: BriefingCompanion, workspaceSourceIdByHash: ReadonlyMap<string, string>): RebasedCompanion {
  const reusedSources = new Map<string, string>();
  for (const source of companion.sources) {
    const existing = workspaceSourceIdByHash.get(source.contentHash);
    if (existing !== undefined) reusedSources.set(source.id, existing);
  }
  const relink = (id: string): string => reusedSources.get(id) ?? id;
  const relinkOptional = (id: string | undefined): string | undefined => (id === undefined ? undefined : relink(id));
  return {
    briefing: companion.briefing,
    claims: companion.claims.map((c) => (c.originSourceId ? { ...c, originSourceId: relink(c.originSourceId) } : c)),
    citations: companion.citations.map((c) => {
      const resolvedSourceId = relinkOptional(c.resolvedSourceId);
      return { ...c, sourceId: relink(c.sourceId), ...(resolvedSourceId ? { resolvedSourceId } : {}) };
    }),
    newSources: companion.sources
      .filter((s) => !reusedSources.has(s.id))
      .map((s) => ({
        ...s,
        ...(s.originalSourceId ? { originalSourceId: relink(s.originalSourceId) } : {}),
        ...(s.previousVersionId ? { previousVersionId: relink(s.previousVersionId) } : {}),
      })),
    reusedSources,
  };
}
