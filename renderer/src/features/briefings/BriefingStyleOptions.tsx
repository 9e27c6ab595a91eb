import { CITATION_STYLES } from '../../../../shared/briefing/citation-style-catalog';
import { DEFAULT_FOOTNOTE_CONTENT } from '../../../../shared/briefing/footnote-content';
import { FOOTNOTE_CONTENT_LABELS } from '../../../../shared/briefing/export-settings';
import type { Briefing } from '../../../../shared/model';
import { updateBriefingMeta, type BriefingMetaPatch } from '../../db/briefings';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/notices';


/** The citation style, what each footnote carries, and the language; stored on the briefing as soon as they change. */
export function BriefingStyleOptions({ briefing }: { briefing: Briefing }) {
  const { db } = useServices();
  const notify = useNotify();
  const save = (patch: BriefingMetaPatch) => void updateBriefingMeta(db, briefing.id, patch).catch((e: Error) => notify('error', e.message));
  const content = { ...DEFAULT_FOOTNOTE_CONTENT, ...briefing.footnoteContent };
  return (
    <fieldset className="composer-style">
      <legend>Citations</legend>
      <label className="field">
        Citation style
        <select value={briefing.citationStyle} onChange={(e) => save({ citationStyle: e.target.value })}>
          {CITATION_STYLES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="composer-checks">
        <legend>Each footnote shows</legend>
        {FOOTNOTE_CONTENT_LABELS.map((o) => (
          <label key={o.key} className="check">
            <input type="checkbox" checked={content[o.key]} onChange={(e) => save({ footnoteContent: { ...content, [o.key]: e.target.checked } })} /> {o.label}
          </label>
        ))}
      </fieldset>
      <label className="field">
        Language
        <select
          value={briefing.lang ?? 'auto'}
          onChange={(e) => save({ lang: e.target.value === 'en-US' || e.target.value === 'zh-CN' ? e.target.value : undefined })}
        >
          <option value="auto">Automatic (from the claims)</option>
          <option value="en-US">English (en-US)</option>
          <option value="zh-CN">Chinese (zh-CN)</option>
        </select>
      </label>
    </fieldset>
  );
}
