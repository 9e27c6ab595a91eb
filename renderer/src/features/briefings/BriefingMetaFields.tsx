import { useState } from 'react';
import type { Briefing } from '../../../../shared/model';
import { updateBriefingMeta, type BriefingMetaPatch } from '../../db/briefings';
import { useServices } from '../../app/services';
import { useNotify } from '../../ui/notices';
import { todayIso } from './export/export-briefing-file';

type TextField = 'title' | 'audience' | 'date' | 'summary';

/** Title, audience, date and summary; each is saved when the field loses focus, so typing never writes per keystroke. */
export function BriefingMetaFields({ briefing }: { briefing: Briefing }) {
  const { db } = useServices();
  const notify = useNotify();
  const [draft, setDraft] = useState<Partial<Record<TextField, string>>>({});
  // A briefing without a date of its own prints today's: the field shows that date rather than an empty "mm/dd/yyyy".
  const stored = (field: TextField): string => briefing[field] ?? (field === 'date' ? todayIso() : '');
  const value = (field: TextField): string => draft[field] ?? stored(field);
  const commit = (field: TextField) => {
    const next = draft[field];
    if (next === undefined || next === stored(field)) return;
    const patch: BriefingMetaPatch = field === 'date' && next === '' ? { date: undefined } : { [field]: next };
    void updateBriefingMeta(db, briefing.id, patch)
      .then(() => setDraft(({ [field]: _done, ...rest }) => rest))
      .catch((e: Error) => notify('error', e.message));
  };
  const bind = (field: TextField) => ({
    value: value(field),
    onChange: (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [field]: e.target.value })),
    onBlur: () => commit(field),
  });
  return (
    <fieldset className="composer-meta">
      <legend>Briefing</legend>
      <label className="field">
        Title
        <input type="text" required {...bind('title')} />
      </label>
      <label className="field">
        Audience
        <input type="text" {...bind('audience')} />
      </label>
      <label className="field">
        Date
        <input type="date" {...bind('date')} />
      </label>
      <label className="field">
        Summary
        <textarea rows={3} {...bind('summary')} />
      </label>
    </fieldset>
  );
}
