import { renderMarkdown } from '../../../../shared/briefing/render-markdown';
import { exportFileName } from '../../db/briefings';
import type { FootnoteDatabase } from '../../db/database';
import { loadBriefingDocument } from '../../db/queries';
import type { Platform, SaveOutcome } from '../../platform/platform';

/** Today's date as the briefing shows it. */
export function briefingDate(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Renders a briefing to Markdown with its current claims and saves it where the user chooses. */
export async function exportBriefingMarkdown(db: FootnoteDatabase, platform: Platform, briefingId: string): Promise<SaveOutcome> {
  const doc = await loadBriefingDocument(db, briefingId, briefingDate());
  if (!doc) throw new Error('That briefing no longer exists.');
  return platform.saveFile({
    suggestedName: exportFileName(doc.title, 'md'),
    data: renderMarkdown(doc),
    mime: 'text/markdown;charset=utf-8',
    filters: [{ name: 'Markdown', extensions: ['md'] }],
  });
}
