import type { FootnoteContentOptions } from '../model/briefing';
import { citationStyleInfo } from './citation-style-catalog';
import { DEFAULT_FOOTNOTE_CONTENT } from './footnote-content';

/** What each footnote option adds to a note, as the style options and the export dialog name it. */
export const FOOTNOTE_CONTENT_LABELS: readonly { key: keyof FootnoteContentOptions; label: string }[] = [
  { key: 'quote', label: 'Quoted passage' },
  { key: 'location', label: 'Location (paragraph, page)' },
  { key: 'captureDate', label: 'Capture date' },
  { key: 'versionHash', label: 'Short version hash' },
];

/** The style and footnote content an export will use, named for the analyst before they export. */
export interface ExportSettingsSummary {
  style: string;
  footnotes: string;
}

/** Names the citation style and what each footnote carries, from a briefing's settings (defaults where it has none). */
export function describeExportSettings(citationStyle: string, footnoteContent: Partial<FootnoteContentOptions> | undefined): ExportSettingsSummary {
  const content = { ...DEFAULT_FOOTNOTE_CONTENT, ...footnoteContent };
  const shown = FOOTNOTE_CONTENT_LABELS.filter((o) => content[o.key]).map((o) => o.label.toLocaleLowerCase('en'));
  return {
    style: citationStyleInfo(citationStyle).label,
    footnotes: shown.length === 0 ? 'the citation only' : `the citation, ${shown.join(', ')}`,
  };
}
