import { describe, expect, it } from 'vitest';
import { FootnoteDatabase, SCHEMA_VERSION, SCHEMA_VERSIONS, TABLE_NAMES } from '../../../../renderer/src/db/database';
import { importSeed } from './test-database';

// Every schema version ever released, written by the test from that version's own definition and filled with rows of
// its era, is opened by the current code: no row of any table is lost or changed (bar the indexes an upgrade derives).

const AT = '2026-01-01T00:00:00.000Z';

/** Rows of tables that appeared after version 1, written only where the old version has the table. */
function eraRows(version: number): Partial<Record<(typeof TABLE_NAMES)[number], unknown[]>> {
  return {
    briefings: [{ id: 'b1', title: 'Brief', audience: '', summary: '', citationStyle: 'footnote', sections: [{ id: 's1', heading: 'One', items: [] }], createdAt: AT, updatedAt: AT }],
    annotations: [],
    ...(version >= 2 ? { settings: [{ key: 'importSizeLimitMB', value: 20 }] } : {}),
    ...(version >= 4 ? { briefingExports: [{ id: 'e1', briefingId: 'b1', at: AT, format: 'markdown', style: 'footnote', lang: 'en', fileName: 'brief.md', sha256: 'ab', snapshot: { title: 'Brief' } }] } : {}),
    ...(version >= 8 ? { collections: [{ id: 'c1', name: 'Project', sourceIds: [], claimIds: [], briefingIds: ['b1'], createdAt: AT, updatedAt: AT }], savedSearches: [{ id: 'q1', name: 'Rare', query: 'rare', filters: {}, createdAt: AT }] } : {}),
  };
}

async function snapshot(db: FootnoteDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.allTables()) {
    const rows = await table.toArray();
    // v3 derives `measureKeys` from a claim's quantities; it is an index, not data the analyst wrote.
    out[table.name] = table.name === 'claims' ? rows.map(({ measureKeys: _index, ...claim }: { measureKeys?: unknown }) => claim) : rows;
  }
  return out;
}

describe('every earlier schema version opens with the current code', () => {
  for (const { version } of SCHEMA_VERSIONS.filter((v) => v.version < SCHEMA_VERSION)) {
    it(`keeps every row a version ${version} database holds`, async () => {
      const name = `to-current-${version}-${Math.random()}`;
      const old = new FootnoteDatabase(name, { upTo: version });
      await importSeed(old);
      for (const [table, rows] of Object.entries(eraRows(version))) {
        if (old.tables.some((t) => t.name === table)) await old.table(table).bulkAdd(rows);
      }
      const before = await snapshot(old);
      expect(old.verno).toBe(version);
      expect(before['claims']?.length).toBe(10);
      old.close();

      const current = new FootnoteDatabase(name);
      await current.open();
      expect(current.verno).toBe(SCHEMA_VERSION);
      const after = await snapshot(current);
      for (const [table, rows] of Object.entries(before)) expect(after[table], table).toEqual(rows);
      // Tables the old version lacked start empty; none appears with rows from nowhere.
      for (const table of TABLE_NAMES.filter((t) => !(t in before))) expect(after[table], table).toEqual([]);
      // Claims stored before the derived tables existed (v7) are marked for their derived rows to be built.
      if (version < 7) expect(await current.derivedDirty.count()).toBeGreaterThanOrEqual(10);
      current.close();
    });
  }
});
