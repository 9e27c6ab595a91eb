import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_RECORD_ID_LENGTH, RecordIdSchema, isWellFormedText, parseWorkspaceFile, recordIdProblem } from '../../../../shared/model';
import { buildBriefingCompanion, parseBriefingCompanion, serializeBriefingCompanion } from '../../../../shared/briefing/briefing-companion';
import { briefingOf, lookupOf } from '../briefing/briefing-fixtures';

function emptyWorkspace(tables: Record<string, unknown[]> = {}) {
  const empty = { sources: [], sourceFiles: [], texts: [], annotations: [], claims: [], citations: [], briefings: [], history: [] };
  return { format: 'footnote-workspace', formatVersion: 1, schemaVersion: 9, workspace: 'Default', exportedAt: '2026-11-30T00:00:00.000Z', tables: { ...empty, ...tables } };
}

const claim = (id: string) => ({ id, text: 'Output rose 5% [1]', status: 'draft', tags: [], note: '', order: 0, quantities: [], createdAt: 'x', updatedAt: 'x' });

describe('record ids read from files', () => {
  it('accepts UUIDs, URLs and CJK ids, and refuses empty, over-long, broken and control-character ids', () => {
    expect(recordIdProblem('0d3c5a4e-8a41-4a0f-9d5e-3b1f2a6c7d8e')).toBeNull();
    expect(recordIdProblem('https://example.org/anno/1')).toBeNull();
    expect(recordIdProblem('稀土-😀')).toBeNull();
    expect(recordIdProblem('')).toMatch(/empty/);
    expect(recordIdProblem('x'.repeat(MAX_RECORD_ID_LENGTH + 1))).toMatch(/characters long/);
    expect(recordIdProblem('\udfffclaim')).toMatch(/surrogate/);
    expect(recordIdProblem('claim\ud800')).toMatch(/surrogate/);
    expect(recordIdProblem('a\u0000b')).toMatch(/control/);
  });

  it('agrees with the platform on well-formedness for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        let encodes = true;
        try {
          encodeURIComponent(text);
        } catch {
          encodes = false;
        }
        expect(isWellFormedText(text)).toBe(encodes);
        expect(RecordIdSchema.safeParse(text).success).toBe(recordIdProblem(text) === null);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses a workspace file whose claim id holds a lone surrogate, naming the field', () => {
    const result = parseWorkspaceFile(JSON.stringify(emptyWorkspace({ claims: [claim('\udfffclaim')] })));
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/damaged: tables\.claims\.0\.id: an id holds a broken character/) });
    expect(parseWorkspaceFile(JSON.stringify(emptyWorkspace({ claims: [claim('c1')] }))).ok).toBe(true);
  });

  it('refuses a companion whose briefing names a claim by a 10,000-character id', () => {
    const companion = buildBriefingCompanion(briefingOf(['claim-output']), lookupOf(), '2025-11-28T12:00:00.000Z');
    const hostile = { ...companion, briefing: { ...companion.briefing, id: 'b'.repeat(10_000) } };
    expect(parseBriefingCompanion(JSON.stringify(hostile))).toEqual({ ok: false, error: expect.stringMatching(/briefing\.id: an id is 10000 characters long/) });
    expect(parseBriefingCompanion(serializeBriefingCompanion(companion)).ok).toBe(true);
  });
});
