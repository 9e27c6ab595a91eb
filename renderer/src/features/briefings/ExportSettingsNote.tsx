import { describeExportSettings } from '../../../../shared/briefing/export-settings';
import type { FootnoteContentOptions } from '../../../../shared/model';

/** Says which citation style and footnote content an export will use, so nothing about the file comes as a surprise. */
export function ExportSettingsNote({ citationStyle, footnoteContent, changeWhere }: { citationStyle: string; footnoteContent?: Partial<FootnoteContentOptions>; changeWhere: string }) {
  const { style, footnotes } = describeExportSettings(citationStyle, footnoteContent);
  return (
    <p className="small" data-testid="export-settings">
      Citation style: <strong>{style}</strong>. Each footnote shows {footnotes}. {changeWhere}
    </p>
  );
}
