import { z } from 'zod';
import { AnnotationSchema } from './annotation';
import { BriefingExportSchema, BriefingSchema } from './briefing';
import { CitationSchema, ClaimSchema } from './claim';
import { CollectionSchema, SavedSearchSchema } from './collection';
import { StoredHistoryEntrySchema } from './history';
import { SourceFileRecordSchema, SourceSchema, SourceTextSchema } from './source';

/** The name every workspace file carries, so any other JSON is recognised as not ours. */
export const WORKSPACE_FORMAT = 'footnote-workspace';
/** The version of the file layout; a newer layout is refused rather than half-read. */
export const WORKSPACE_FORMAT_VERSION = 1;

export const WorkspaceSourceFileSchema = SourceFileRecordSchema.extend({ base64: z.string() });
export type WorkspaceSourceFile = z.infer<typeof WorkspaceSourceFileSchema>;

export const WorkspaceFileSchema = z.object({
  format: z.literal(WORKSPACE_FORMAT),
  formatVersion: z.literal(WORKSPACE_FORMAT_VERSION),
  schemaVersion: z.number().int().positive(),
  workspace: z.string(),
  exportedAt: z.string(),
  tables: z.object({
    sources: z.array(SourceSchema),
    sourceFiles: z.array(WorkspaceSourceFileSchema),
    texts: z.array(SourceTextSchema),
    annotations: z.array(AnnotationSchema),
    claims: z.array(ClaimSchema),
    citations: z.array(CitationSchema),
    briefings: z.array(BriefingSchema),
    history: z.array(StoredHistoryEntrySchema),
    /** Absent in files written before settings existed (schema version 1). */
    settings: z.array(z.object({ key: z.string().min(1), value: z.unknown() })).optional(),
    /** Absent in files written before export records existed (schema version 3 and earlier). */
    briefingExports: z.array(BriefingExportSchema).optional(),
    /** Absent in files written before collections and saved searches existed (schema version 7 and earlier). */
    collections: z.array(CollectionSchema).optional(),
    savedSearches: z.array(SavedSearchSchema).optional(),
  }),
});
export type WorkspaceFile = z.infer<typeof WorkspaceFileSchema>;

/** A workspace file ready to restore, or the reason it is refused. */
export type WorkspaceParseResult = { ok: true; value: WorkspaceFile } | { ok: false; error: string };

// Errors are listed up to this many; past that the user learns nothing more from a longer list.
const MAX_REPORTED_ISSUES = 3;

/** Parses and checks a workspace file: its shape, its version, and that every link between records points at a record in the file. */
export function parseWorkspaceFile(text: string): WorkspaceParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not a Footnote workspace: it is not valid JSON.' };
  }
  const header = z.object({ format: z.string(), formatVersion: z.number() }).safeParse(json);
  if (!header.success || header.data.format !== WORKSPACE_FORMAT) {
    return { ok: false, error: 'This file is not a Footnote workspace (it has no "format": "footnote-workspace").' };
  }
  if (header.data.formatVersion > WORKSPACE_FORMAT_VERSION) {
    return { ok: false, error: `This workspace was written by a newer Footnote (format ${header.data.formatVersion}); update Footnote to open it.` };
  }
  const parsed = WorkspaceFileSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, MAX_REPORTED_ISSUES).map((i) => `${i.path.join('.')}: ${i.message}`);
    return { ok: false, error: `This workspace file is damaged: ${issues.join('; ')}.` };
  }
  const broken = findBrokenLinks(parsed.data.tables);
  if (broken.length > 0) return { ok: false, error: `This workspace file is inconsistent: ${broken.slice(0, MAX_REPORTED_ISSUES).join('; ')}.` };
  return { ok: true, value: parsed.data };
}

/** The tables a link check reads; originals need only say which source they belong to. */
export type LinkedTables = Pick<WorkspaceFile['tables'], 'sources' | 'texts' | 'annotations' | 'claims' | 'citations' | 'briefings'> & { sourceFiles: readonly { sourceId: string }[] };

/** Every link between rows that points at a row the tables lack (and duplicate content hashes), in words. */
export function findBrokenLinks(t: LinkedTables): string[] {
  const sources = new Set(t.sources.map((s) => s.id));
  const claims = new Set(t.claims.map((c) => c.id));
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  for (const f of t.sourceFiles) need(sources.has(f.sourceId), `file of missing source ${f.sourceId}`);
  for (const x of t.texts) need(sources.has(x.sourceId), `text of missing source ${x.sourceId}`);
  for (const a of t.annotations) need(sources.has(a.sourceId), `annotation ${a.id} on missing source`);
  for (const c of t.citations) {
    need(claims.has(c.claimId), `citation ${c.id} of missing claim`);
    need(sources.has(c.sourceId), `citation ${c.id} in missing source`);
  }
  for (const b of t.briefings)
    for (const s of b.sections)
      for (const item of s.items) if (item.kind === 'claim') need(claims.has(item.claimId), `briefing ${b.id} names missing claim`);
  const hashes = new Set<string>();
  for (const s of t.sources) {
    need(!hashes.has(s.contentHash), `two sources with the same content (${s.title})`);
    hashes.add(s.contentHash);
  }
  return problems;
}
