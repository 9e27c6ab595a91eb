// The provenance audit: every citation is checked against the texts it names, so "every link is true" is measured
// rather than assumed. Pure: the hash function is passed in (Web Crypto in the app, node:crypto in scripts).
import { anchor } from '../anchoring/anchor';
import { findPositionSelector, findQuoteSelector } from '../anchoring/selectors';
import { blockAt } from '../claims/evidence/citation-passage';
import { markerLabel } from '../claims/parse-citation-markers';
import { originalShowsMarker } from '../claims/resolve-markers';
import { referenceLabel, type Briefing, type Citation, type Claim, type Source, type SourceText } from '../model';

/** SHA-256 of a string's UTF-8 encoding as lower-case hex, as import computes `contentHash`. */
export type Sha256 = (text: string) => Promise<string>;

/** What the audit reads: the workspace's records (or the part a briefing needs). */
export interface AuditRecords {
  sources: readonly Source[];
  texts: readonly SourceText[];
  claims: readonly Pick<Claim, 'id' | 'text'>[];
  citations: readonly Citation[];
}

/** One citation the audit found wrong or unresolved, with every reason. */
export interface CitationFinding {
  citationId: string;
  claimId: string;
  /** The claim's text, so a report can name it. */
  claimText: string;
  marker?: string;
  verdict: 'wrong' | 'unresolved';
  reasons: string[];
}

/** The audit's result: how many citations were checked, how many are wrong, how many are honestly unresolved. */
export interface LinkAudit {
  checked: number;
  wrong: number;
  unresolved: number;
  findings: CitationFinding[];
}

// A scan without a text layer is identified by its file's hash, not its (empty) text; see importDocument.
const FILE_HASH_PREFIX = 'file:';

/** Audits every citation in the records. */
export async function auditWorkspaceLinks(records: AuditRecords, sha256: Sha256): Promise<LinkAudit> {
  return auditCitations(records, records.citations, sha256);
}

/** Audits the citations of every claim a briefing names. */
export async function auditBriefingLinks(briefing: Briefing, records: AuditRecords, sha256: Sha256): Promise<LinkAudit> {
  const claimIds = new Set(briefingClaimIds(briefing));
  return auditCitations(records, records.citations.filter((c) => claimIds.has(c.claimId)), sha256);
}

/** The ids of the claims a briefing names, in order. */
export function briefingClaimIds(briefing: Briefing): string[] {
  return briefing.sections.flatMap((s) => s.items.flatMap((item) => (item.kind === 'claim' ? [item.claimId] : [])));
}

/** The audit in one line, as the script and the Check links command print it. */
export function formatAuditLine(audit: Pick<LinkAudit, 'checked' | 'wrong' | 'unresolved'>): string {
  return `links checked ${audit.checked}, wrong ${audit.wrong}, unresolved ${audit.unresolved}`;
}

async function auditCitations(records: AuditRecords, citations: readonly Citation[], sha256: Sha256): Promise<LinkAudit> {
  const sources = new Map(records.sources.map((s) => [s.id, s]));
  const texts = new Map(records.texts.map((t) => [t.sourceId, t]));
  const claims = new Map(records.claims.map((c) => [c.id, c]));
  const hashChecks = new Map<string, Promise<string | undefined>>();
  // Each source is hashed once however many citations name it.
  const hashProblem = (source: Source): Promise<string | undefined> => {
    let check = hashChecks.get(source.id);
    if (!check) {
      check = checkHash(source, texts.get(source.id), sha256);
      hashChecks.set(source.id, check);
    }
    return check;
  };
  const audit: LinkAudit = { checked: 0, wrong: 0, unresolved: 0, findings: [] };
  for (const citation of citations) {
    audit.checked += 1;
    const reasons = await citationProblems(citation, { sources, texts, claims, hashProblem });
    const claimText = claims.get(citation.claimId)?.text ?? '';
    const finding = { citationId: citation.id, claimId: citation.claimId, claimText, ...(citation.locator.marker ? { marker: citation.locator.marker } : {}) };
    if (reasons.length > 0) {
      audit.wrong += 1;
      audit.findings.push({ ...finding, verdict: 'wrong', reasons });
    } else if (!citation.resolved) {
      audit.unresolved += 1;
      audit.findings.push({ ...finding, verdict: 'unresolved', reasons: [citation.unresolvedReason ?? 'not resolved to a place in an original'] });
    }
  }
  return audit;
}

interface AuditContext {
  sources: ReadonlyMap<string, Source>;
  texts: ReadonlyMap<string, SourceText>;
  claims: ReadonlyMap<string, Pick<Claim, 'id' | 'text'>>;
  hashProblem: (source: Source) => Promise<string | undefined>;
}

async function checkHash(source: Source, text: SourceText | undefined, sha256: Sha256): Promise<string | undefined> {
  if (!text) return `“${source.title}” has no stored text`;
  if (source.contentHash.startsWith(FILE_HASH_PREFIX) && text.text.trim() === '') return undefined;
  const actual = await sha256(text.text);
  return actual === source.contentHash ? undefined : `the text of “${source.title}” no longer matches its stored hash (${source.contentHash.slice(0, 12)}… stored, ${actual.slice(0, 12)}… now)`;
}

// Everything that makes a citation wrong: a link that names something absent, altered or elsewhere. An honestly
// unresolved citation is not wrong, provided its marker is where it says it was written.
async function citationProblems(citation: Citation, context: AuditContext): Promise<string[]> {
  const problems: string[] = [];
  if (!context.claims.has(citation.claimId)) problems.push('its claim is not in the workspace');
  const recorded = context.sources.get(citation.sourceId);
  if (!recorded) return [...problems, 'the source it was recorded in is not in the workspace'];
  const recordedHash = await context.hashProblem(recorded);
  if (recordedHash) problems.push(recordedHash);
  const { marker } = citation.locator;
  if (marker !== undefined && !(context.texts.get(recorded.id)?.text ?? '').includes(marker)) {
    problems.push(`the marker ${marker} does not occur in “${recorded.title}”, where it was recorded`);
  }
  if (!citation.resolved) {
    // Unresolved is honest only when nothing claims a place: a quote it carries must still be in the source it names,
    // or the footnote would name a text that does not hold the passage (a citation carried to a version without it).
    const quote = findQuoteSelector(citation.locator.selectors ?? []);
    const text = context.texts.get(recorded.id);
    if (quote && text && anchor(text.text, citation.locator.selectors ?? [], { selectorHash: recorded.contentHash, textHash: recorded.contentHash }).status !== 'exact') {
      problems.push(`the quoted passage is not in “${recorded.title}”, the source it names`);
    }
    return problems;
  }

  const targetId = citation.resolvedSourceId ?? citation.sourceId;
  const target = context.sources.get(targetId);
  if (!target) return [...problems, 'the source it resolves to is not in the workspace'];
  if (target !== recorded) {
    const targetHash = await context.hashProblem(target);
    if (targetHash) problems.push(targetHash);
  }
  const text = context.texts.get(targetId);
  if (text) problems.push(...locatorProblems(citation, target, text));
  return problems;
}

function locatorProblems(citation: Citation, target: Source, text: SourceText): string[] {
  const { locator } = citation;
  const problems: string[] = [];
  const linkedByMarker = locator.markerNumber !== undefined && citation.resolvedSourceId !== undefined && citation.resolvedSourceId !== citation.sourceId;
  if (locator.paragraph !== undefined && !text.blocks.some((b) => b.paragraph === locator.paragraph)) {
    problems.push(`“${target.title}” has no paragraph ${locator.paragraph}`);
  }
  if (locator.page !== undefined && !text.blocks.some((b) => b.page === locator.page) && (target.pageCount ?? 0) < locator.page) {
    problems.push(`“${target.title}” has no page ${locator.page}`);
  }
  if (locator.reference !== undefined) {
    const entry = text.references.find((r) => r.n === locator.reference);
    if (!entry) problems.push(`“${target.title}” has no reference entry ${locator.reference}`);
    else if (linkedByMarker) {
      // The summary's [n] must land on the entry the original itself marks [n], in the list whose markers read so.
      const label = referenceLabel(entry);
      const written = markerLabel(locator.marker, locator.markerNumber ?? 0);
      if (label !== written) problems.push(`marker [${written}] resolves to the entry the original marks [${label}]`);
      else if (!originalShowsMarker(text.text, label)) problems.push(`“${target.title}” does not show the marker [${label}] its entry is resolved by`);
    }
  } else if (linkedByMarker && locator.paragraph !== undefined && markerLabel(locator.marker, locator.markerNumber ?? 0) !== String(locator.paragraph)) {
    problems.push(`marker [${locator.markerNumber}] resolves to paragraph ${locator.paragraph}`);
  }
  const selectors = locator.selectors ?? [];
  if (selectors.length > 0) {
    const position = findPositionSelector(selectors);
    if (position && (position.start > position.end || position.end > text.text.length)) {
      problems.push(`the cited passage lies outside the text of “${target.title}”`);
    } else if (findQuoteSelector(selectors)) {
      const placed = anchor(text.text, selectors, { selectorHash: target.contentHash, textHash: target.contentHash });
      if (placed.status !== 'exact') problems.push(`the quoted passage no longer anchors exactly in “${target.title}” (${placed.status})`);
      else if (position && (placed.start !== position.start || placed.end !== position.end)) problems.push(`the quoted passage stands elsewhere in “${target.title}” than its stored place`);
      else if (locator.paragraph !== undefined && blockAt(text.blocks, placed.start)?.paragraph !== locator.paragraph) {
        problems.push(`the quoted passage is not in paragraph ${locator.paragraph} of “${target.title}”, which the citation names`);
      }
    }
  }
  return problems;
}
