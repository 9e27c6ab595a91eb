import { describe, expect, it } from 'vitest';
import { briefingProblems, sourceMetadataProblems } from '../../../../renderer/src/features/briefings/briefing-checks';
import { loadBriefingBundle } from '../../../../renderer/src/db/briefing-exports';
import { createBriefingFromClaims } from '../../../../renderer/src/db/briefings';
import { freshDatabase, importSeed } from '../db/test-database';

describe('briefingProblems', () => {
  it('lists every seed claim once, as unsupported with unresolved citations, and marks conflicts it is told of', async () => {
    const db = freshDatabase();
    await importSeed(db);
    const claims = await db.claims.toArray();
    const ids = claims.map((c) => c.id);
    const briefing = await createBriefingFromClaims(db, { title: 'B', claimIds: [...ids, ids[0]!] });
    const bundle = (await loadBriefingBundle(db, briefing.id))!;
    const problems = briefingProblems(bundle, new Set([ids[1]!]));
    expect(problems).toHaveLength(10);
    expect(problems.every((p) => p.kinds.includes('unsupported') && p.kinds.includes('unresolved') && p.unresolvedCitations > 0)).toBe(true);
    expect(problems.find((p) => p.claimId === ids[1])?.kinds).toContain('conflicting');
    expect(problems.filter((p) => p.kinds.includes('conflicting'))).toHaveLength(1);
  });

  it('lists a claim with a contradicting citation as disputed', async () => {
    const db = freshDatabase();
    await importSeed(db);
    const [claim] = await db.claims.toArray();
    const citation = await db.citations.where('claimId').equals(claim!.id).first();
    await db.citations.update(citation!.id, { stance: 'contradicts' });
    const briefing = await createBriefingFromClaims(db, { title: 'B', claimIds: [claim!.id] });
    const [problem] = briefingProblems((await loadBriefingBundle(db, briefing.id))!, new Set());
    expect(problem?.kinds).toContain('disputed');
  });

  it('flags a cited source whose title and author are a file code and a login, and no seed source', async () => {
    const db = freshDatabase();
    await importSeed(db);
    const [claim] = await db.claims.toArray();
    const briefing = await createBriefingFromClaims(db, { title: 'B', claimIds: [claim!.id] });
    const bundle = (await loadBriefingBundle(db, briefing.id))!;
    expect(sourceMetadataProblems(bundle)).toEqual([]);
    // The metadata of pdf-parse 1.1.1's test file 04-valid.pdf, as a PDF import would store it.
    const [source] = [...bundle.lookup.sources.values()];
    const coded = { ...source!, title: 'sag-39-3-4-0902-21:sag-0', authors: ['tubitak'] };
    const problems = sourceMetadataProblems({ ...bundle, lookup: { ...bundle.lookup, sources: new Map([[coded.id, coded]]) } });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.reasons).toEqual([
      'the title “sag-39-3-4-0902-21:sag-0” does not read as a title: it is a code',
      'the author “tubitak” does not read as a name: it is one lower-case word',
    ]);
  });
});
