import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditBriefingLinks, auditWorkspaceLinks, formatAuditLine, type AuditRecords } from '../../../../shared/audit/audit-links';
import { ingestPastedText } from '../../../../shared/ingest/ingest-file';
import type { Briefing } from '../../../../shared/model';
import type { FootnoteDatabase } from '../../../../renderer/src/db/database';
import { importDocument } from '../../../../renderer/src/db/import-source';
import { linkSummaryToOriginal } from '../../../../renderer/src/db/link-original';
import { createClaim, selectionSelectors } from '../../../../renderer/src/db/claim-operations';
import { parseHtmlPage } from '../../../../renderer/src/workers/parsers/parse-html';
import { importOriginal, importSeedWithQuantities, numberedParagraphs } from '../../renderer/db/claims/claims-fixtures';
import { freshDatabase } from '../../renderer/db/test-database';
import { SHARED_DIR } from '../fixture-paths';

const sha256 = (text: string) => Promise.resolve(createHash('sha256').update(text, 'utf8').digest('hex'));

function imported(outcome: Awaited<ReturnType<typeof importDocument>>): string {
  if (outcome.status !== 'imported') throw new Error(`expected an import, got ${outcome.status}`);
  return outcome.sourceId;
}

async function records(db: FootnoteDatabase): Promise<AuditRecords> {
  const [sources, texts, claims, citations] = await Promise.all([db.sources.toArray(), db.texts.toArray(), db.claims.toArray(), db.citations.toArray()]);
  return { sources, texts, claims, citations };
}

/** The seed summary linked to an original of 10 paragraphs: 8 citations resolve, 4 stay unresolved. */
async function linkedSeed() {
  const db = freshDatabase();
  const seed = await importSeedWithQuantities(db);
  const originalId = await importOriginal(db, numberedParagraphs(10));
  await linkSummaryToOriginal(db, seed.summaryId, originalId);
  return { db, originalId, ...seed };
}

describe('auditWorkspaceLinks', () => {
  it('finds nothing wrong in a summary linked to its original, and counts the markers past its end as unresolved', async () => {
    const { db } = await linkedSeed();
    const audit = await auditWorkspaceLinks(await records(db), sha256);
    expect(formatAuditLine(audit)).toBe('links checked 12, wrong 0, unresolved 4');
    expect(audit.findings.map((f) => f.reasons[0])).toContain('the original has no paragraph 11');
  });

  it('catches a text altered after import: its hash no longer matches, and quotes in it no longer anchor', async () => {
    const { db, originalId } = await linkedSeed();
    const stored = await records(db);
    const tampered = stored.texts.map((t) => (t.sourceId === originalId ? { ...t, text: t.text.replace('paragraph 8 of', 'paragraph 8 in') } : t));
    const audit = await auditWorkspaceLinks({ ...stored, texts: tampered }, sha256);
    expect(audit.wrong).toBe(8);
    expect(audit.findings.filter((f) => f.verdict === 'wrong').every((f) => f.reasons.some((r) => r.includes('no longer matches its stored hash')))).toBe(true);
    expect(audit.findings.some((f) => f.reasons.some((r) => r.includes('no longer anchors exactly')))).toBe(true);
  });

  it('catches a marker resolved to the wrong place, a marker the summary does not show, and a missing source', async () => {
    const { db, claims } = await linkedSeed();
    const stored = await records(db);
    const eight = stored.citations.find((c) => c.claimId === claims[4]!.id && c.resolved)!;
    const moved = { ...eight, locator: { ...eight.locator, paragraph: 9 } };
    const rewritten = { ...eight, id: 'rewritten', locator: { ...eight.locator, marker: '[28]' } };
    const orphan = { ...eight, id: 'orphan', sourceId: 'gone' };
    const audit = await auditWorkspaceLinks({ ...stored, citations: [moved, rewritten, orphan] }, sha256);
    expect(audit.wrong).toBe(3);
    const reasons = audit.findings.flatMap((f) => f.reasons);
    expect(reasons).toContain('marker [8] resolves to paragraph 9');
    expect(reasons).toContainEqual(expect.stringMatching(/^the marker \[28\] does not occur in/u));
    expect(reasons).toContain('the source it was recorded in is not in the workspace');
  });

  it('on New Zealand, finds the merged-list mistake: [17] resolved to entry 17 of the merged list is wrong, to the entry marked [17] right', async () => {
    const db = freshDatabase();
    const page = parseHtmlPage(readFileSync(resolve(SHARED_DIR, 'corpus/readability/wikipedia-2/source.html'), 'utf8'), 'wikipedia-2');
    if (!page.ok) throw new Error(page.error);
    const { sourceId: originalId } = await importDocument(db, { doc: page.doc, origin: { method: 'file', fileName: 'source.html' } });
    const summary = ingestPastedText('NZ\n\nAotearoa means "land of the long white cloud" [17]');
    if (!summary.ok || !summary.docs[0]) throw new Error('summary');
    const { sourceId: summaryId } = await importDocument(db, { doc: summary.docs[0], origin: { method: 'paste' } });
    await linkSummaryToOriginal(db, summaryId, originalId);
    const stored = await records(db);
    expect(formatAuditLine(await auditWorkspaceLinks(stored, sha256))).toBe('links checked 1, wrong 0, unresolved 0');
    const [citation] = stored.citations;
    const merged = { ...citation!, locator: { ...citation!.locator, reference: 17 } };
    const audit = await auditWorkspaceLinks({ ...stored, citations: [merged] }, sha256);
    expect(audit.findings[0]?.reasons).toEqual(['marker [17] resolves to the entry the original marks [6]']);
  });

  it('on two real pages saved as source.html, finds a quote carried to the page that lacks it, and a paragraph that is not the quote’s', async () => {
    const db = freshDatabase();
    const ids: string[] = [];
    for (const page of ['bbc-1', 'gmw']) {
      const parsed = parseHtmlPage(readFileSync(resolve(SHARED_DIR, `corpus/readability/${page}/source.html`), 'utf8'), page);
      if (!parsed.ok) throw new Error(parsed.error);
      // Different names, so the import itself does not join them; the carried shape is written below by hand.
      ids.push(imported(await importDocument(db, { doc: parsed.doc, origin: { method: 'file', fileName: `${page}.html` } })));
    }
    const [bbcId, gmwId] = ids as [string, string];
    const [source, text] = [await db.sources.get(bbcId), await db.texts.get(bbcId)];
    const phrase = 'the greatest frustration of his presidency';
    const start = text!.text.indexOf(phrase);
    const { citation } = await createClaim(db, { text: 'Obama: gun laws his greatest frustration', citation: { sourceId: bbcId, selectors: selectionSelectors(source!, text!, start, start + phrase.length) } });
    const stored = await records(db);
    expect(formatAuditLine(await auditWorkspaceLinks(stored, sha256))).toBe('links checked 1, wrong 0, unresolved 0');

    // What the old carry wrote: the citation moved to the Chinese page, unresolved, still quoting the BBC.
    const carried = { ...citation!, sourceId: gmwId, resolved: false };
    const wrongParagraph = { ...citation!, id: 'para', locator: { ...citation!.locator, paragraph: (citation!.locator.paragraph ?? 1) + 1 } };
    const audit = await auditWorkspaceLinks({ ...stored, citations: [carried, wrongParagraph] }, sha256);
    expect(formatAuditLine(audit)).toBe('links checked 2, wrong 2, unresolved 0');
    const reasons = audit.findings.flatMap((f) => f.reasons);
    expect(reasons).toContainEqual(expect.stringMatching(/^the quoted passage is not in “.*宇航员.*”, the source it names$/u));
    expect(reasons).toContainEqual(expect.stringMatching(new RegExp(`^the quoted passage is not in paragraph ${(citation!.locator.paragraph ?? 1) + 1} of`, 'u')));
  });

  it('audits only the claims a briefing names', async () => {
    const { db, claims } = await linkedSeed();
    const briefing: Briefing = {
      id: 'b',
      title: 'B',
      audience: '',
      summary: '',
      citationStyle: 'footnote',
      sections: [{ id: 's', heading: 'S', items: [{ kind: 'claim', id: 'i', claimId: claims[4]!.id }, { kind: 'prose', id: 'p', text: 'Prose.' }] }],
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    } as Briefing;
    const audit = await auditBriefingLinks(briefing, await records(db), sha256);
    expect(formatAuditLine(audit)).toBe('links checked 1, wrong 0, unresolved 0');
  });
});
