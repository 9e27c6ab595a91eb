import { describe, expect, it } from 'vitest';
import { createAnnotation, updateAnnotation } from '../../../../renderer/src/db/annotations';
import { addCitation, setCitationStance } from '../../../../renderer/src/db/citation-operations';
import { updateClaim } from '../../../../renderer/src/db/claim-operations';
import { claimHistory, sourceHistory } from '../../../../renderer/src/db/history-query';
import { correctSourceDetails } from '../../../../renderer/src/db/source-details';
import { undoLatest } from '../../../../renderer/src/db/undo';
import { importSeedWithQuantities } from './claims/claims-fixtures';
import { freshDatabase } from './test-database';

describe('the history of a claim and of a source', () => {
  it('lists a claim’s own changes and its citations’, newest first, marking what was undone', async () => {
    const db = freshDatabase();
    const { summaryId, claims } = await importSeedWithQuantities(db);
    const claim = claims[0]!;
    await updateClaim(db, claim.id, { status: 'supported' });
    const citation = await addCitation(db, claim.id, { sourceId: summaryId, locator: { paragraph: 2 }, stance: 'supports' });
    await setCitationStance(db, citation.id, 'contradicts');
    await undoLatest(db);

    const lines = await claimHistory(db, claim.id);
    expect(lines.slice(0, 3).map((l) => [l.description.replace(/“.*”/, '“…”'), l.undone])).toEqual([
      ['edit citation: stance', true],
      ['create citation', false],
      ['edit claim “…”: status', false],
    ]);
    // The claim came with the import: listed, and not undoable on its own.
    expect(lines.at(-1)).toMatchObject({ op: 'import', undoable: false });
  });

  it('lists a source’s import, its corrections and its notes’ changes', async () => {
    const db = freshDatabase();
    const { summaryId } = await importSeedWithQuantities(db);
    await correctSourceDetails(db, summaryId, { title: 'Rare earths: the US–Japan deal', authors: ['Sou Hu'] });
    const note = await createAnnotation(db, { sourceId: summaryId, start: 0, end: 8 });
    await updateAnnotation(db, note.id, { note: 'check the date' });

    const lines = await sourceHistory(db, summaryId);
    expect(lines.map((l) => l.op)).toEqual(['update', 'create', 'update', 'import']);
    expect(lines[0]?.description).toMatch(/^edit note on “.*”: note$/);
    expect(lines[2]?.description).toBe('edit source “Rare earths: the US–Japan deal”: title, authors');
    // The import itself can be undone: it takes back the source with the claims it made.
    expect(lines[3]).toMatchObject({ undoable: true });
  });
});
