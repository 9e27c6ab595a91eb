import type { FootnoteDatabase } from '../../db/database';
import type { Platform, SaveOutcome } from '../../platform/platform';
import { exportBriefing } from './export/export-briefing-file';

/** Renders a briefing to Markdown with its current claims, saves it where the user chooses, and records the export. */
export async function exportBriefingMarkdown(db: FootnoteDatabase, platform: Platform, briefingId: string): Promise<SaveOutcome> {
  return (await exportBriefing(db, platform, briefingId, 'markdown')).outcome;
}
