import { describe, expect, it } from 'vitest';
import {
  buildBriefingCompanion,
  parseBriefingCompanion,
  rebaseBriefingCompanion,
  serializeBriefingCompanion,
  type BriefingCompanion,
} from '../../../../shared/briefing/briefing-companion';
import { buildBriefingDocument } from '../../../../shared/briefing/briefing-document';
import { renderMarkdown } from '../../../../shared/briefing/render-markdown';
import { DEFAULT_FOOTNOTE_CONTENT } from '../../../../shared/briefing/footnote-content';
import { briefingOf, clippingSource, lookupOf } from './briefing-fixtures';

const briefing = briefingOf(['claim-output', 'claim-zh', 'claim-ref']);
const exportInfo = { format: 'docx' as const, style: 'chicago-notes', lang: 'en-US' as const, footnoteContent: DEFAULT_FOOTNOTE_CONTENT };
const companion = buildBriefingCompanion(briefing, lookupOf(), '2025-11-28T12:00:00.000Z', exportInfo);

function parsed(text: string): BriefingCompanion {
  const result = parseBriefingCompanion(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('briefing companion (.footnote.json)', () => {
  it('holds the briefing, only its claims, their citations and every source they name', () => {
    expect(companion.format).toBe('footnote-briefing');
    expect(companion.formatVersion).toBe(1);
    expect(companion.claims.map((c) => c.id)).toEqual(['claim-output', 'claim-zh', 'claim-ref']);
    expect(companion.citations.map((c) => c.id)).toEqual(['cit-1', 'cit-2', 'cit-4', 'cit-5', 'cit-6']);
    expect(companion.sources.map((s) => s.id).sort()).toEqual(['src-ref', 'src-sohu', 'src-usgs']);
  });

  it('round-trips: parsed back, it equals what was written and lays out the same briefing', () => {
    const back = parsed(serializeBriefingCompanion(companion));
    expect(back).toEqual(companion);
    const again = buildBriefingDocument(back.briefing, lookupOf(back.claims, back.citations, back.sources), '2025-11-28');
    expect(renderMarkdown(again)).toBe(renderMarkdown(buildBriefingDocument(briefing, lookupOf(), '2025-11-28')));
  });

  it('refuses other JSON, newer formats, damaged records and broken links, with a reason', () => {
    expect(parseBriefingCompanion('not json')).toEqual({ ok: false, error: expect.stringContaining('not valid JSON') });
    expect(parseBriefingCompanion('{"format":"footnote-workspace","formatVersion":1}')).toEqual({ ok: false, error: expect.stringContaining('not a Footnote briefing companion') });
    expect(parseBriefingCompanion(JSON.stringify({ ...companion, formatVersion: 2 }))).toEqual({ ok: false, error: expect.stringContaining('newer Footnote') });
    expect(parseBriefingCompanion(JSON.stringify({ ...companion, claims: [{ id: 'x' }] }))).toEqual({ ok: false, error: expect.stringContaining('damaged') });
    const orphan = { ...companion, sources: companion.sources.filter((s) => s.id !== 'src-sohu') };
    expect(parseBriefingCompanion(JSON.stringify(orphan))).toEqual({ ok: false, error: expect.stringContaining('citation cit-2 in missing source') });
  });

  it('relinks to sources the workspace already holds, matched by content hash, and keeps the rest to add', () => {
    const rebased = rebaseBriefingCompanion(companion, new Map([[clippingSource.contentHash, 'workspace-sohu']]));
    expect(rebased.newSources.map((s) => s.id).sort()).toEqual(['src-ref', 'src-usgs']);
    expect(rebased.citations.find((c) => c.id === 'cit-2')?.sourceId).toBe('workspace-sohu');
    expect(rebased.citations.find((c) => c.id === 'cit-4')).toMatchObject({ sourceId: 'workspace-sohu', resolvedSourceId: 'workspace-sohu' });
    const known = new Set([...rebased.newSources.map((s) => s.id), 'workspace-sohu']);
    for (const c of rebased.citations) expect(known.has(c.sourceId) && (!c.resolvedSourceId || known.has(c.resolvedSourceId))).toBe(true);
  });
});
