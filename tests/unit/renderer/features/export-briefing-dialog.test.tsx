// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { ExportBriefingDialog } from '../../../../renderer/src/features/briefings/ExportBriefingDialog';
import { ServicesProvider } from '../../../../renderer/src/app/services';
import { NoticeProvider } from '../../../../renderer/src/ui/notices';
import type { Platform } from '../../../../renderer/src/platform/platform';
import { FootnoteDatabase } from '../../../../renderer/src/db/database';
import { importDocument } from '../../../../renderer/src/db/import-source';
import { createClaims } from '../../../../renderer/src/db/claim-operations';
import { buildBlocks } from '../../../../shared/ingest/build-blocks';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
});

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 5)));
  expect(check()).toBe(true);
}

describe('the export dialog’s title field', () => {
  it('cannot be typed in until its suggestion is known, so typing is never joined to a suggestion that arrives late', async () => {
    // Built here rather than from the seed file: happy-dom's URL cannot resolve the fixture folder.
    const db = new FootnoteDatabase(`export-dialog-${Math.random()}`);
    const { text, blocks } = buildBlocks([{ kind: 'paragraph', text: 'China produced 270,000 tons, 70% of world output.' }]);
    const { sourceId } = await importDocument(db, {
      doc: { kind: 'html', text, blocks, meta: { title: '美日稀土协议难破中国“封锁”', authors: [], lang: 'zh', tags: [] }, references: [], notices: [] },
      origin: { method: 'paste' },
    });
    const created = await createClaims(db, [
      { text: 'China: 70% of world output', originSourceId: sourceId },
      { text: 'China produced 270,000 tons', originSourceId: sourceId },
    ]);
    const claimIds = created.map((c) => c.claim.id);
    // The dialog saves nothing in this test: the platform is never reached.
    const platform = {} as Platform;
    const container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    act(() =>
      root!.render(
        <ServicesProvider services={{ db, platform, workspace: 'test' }}>
          <NoticeProvider>
            <ExportBriefingDialog open onClose={() => {}} claimIds={claimIds} />
          </NoticeProvider>
        </ServicesProvider>,
      ),
    );
    const title = () => container.querySelector<HTMLInputElement>('label.field input')!;
    expect(title().value).toBe('');
    expect(title().readOnly).toBe(true);
    await until(() => title().value !== '');
    expect(title().value).toBe('Briefing: 美日稀土协议难破中国“封锁”');
    expect(title().readOnly).toBe(false);
  });
});
