import { describe, expect, it } from 'vitest';
import { exportWorkspace } from '../../../../renderer/src/db/workspace-file';
import { importDocument } from '../../../../renderer/src/db/import-source';
import { buildBlocks } from '../../../../shared/ingest/build-blocks';
import { parseWorkspaceFile, referenceLabel, SourceTextSchema } from '../../../../shared/model';
import { freshDatabase } from '../../renderer/db/test-database';

describe('reference entries with lists and labels', () => {
  it('reads texts stored before lists and labels existed: the label is the entry number', () => {
    const old = SourceTextSchema.parse({ sourceId: 's', text: 'A [1].', blocks: [], references: [{ n: 1, text: 'One' }] });
    expect(old.references[0]).toEqual({ n: 1, text: 'One' });
    expect(referenceLabel(old.references[0]!)).toBe('1');
    expect(referenceLabel({ n: 12, label: 'n 1' })).toBe('n 1');
  });

  it('writes the list and label of every entry into the workspace file, and reads them back', async () => {
    const db = freshDatabase();
    const { text, blocks } = buildBlocks([{ kind: 'paragraph', text: 'A note.[n 1] A source.[1]' }]);
    const references = [
      { n: 1, text: 'The note.', list: 'Footnotes', label: 'n 1' },
      { n: 2, text: 'The source.', list: 'Citations', label: '1' },
    ];
    await importDocument(db, { doc: { kind: 'html', text, blocks, meta: { title: 'Two lists', authors: [], lang: 'en', tags: [] }, references, notices: [] }, origin: { method: 'paste' } });
    const file = await exportWorkspace(db, 'Lists');
    expect(file).toContain('"list":"Footnotes","label":"n 1"');
    const parsed = parseWorkspaceFile(file);
    expect(parsed.ok && parsed.value.tables.texts[0]?.references).toEqual(references);
  });
});
