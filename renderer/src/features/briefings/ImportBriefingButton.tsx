import { useId } from 'react';
import { FileUp } from 'lucide-react';
import { useServices } from '../../app/services';
import { navigate } from '../../app/route';
import { importBriefingCompanion } from '../../db/briefing-import';
import { useNotify } from '../../ui/notices';
import { countNoun } from '../../../../shared/wording/count-noun';

/** "Import briefing": reads a `.footnote.json` companion and adds the briefing with its claims, citations and sources. */
export function ImportBriefingButton() {
  const { db } = useServices();
  const notify = useNotify();
  const inputId = useId();
  const onFile = async (file: File) => {
    const result = await importBriefingCompanion(db, await file.text());
    if (!result.ok) {
      notify('error', `${file.name}: ${result.error}`);
      return;
    }
    notify('success', `Imported “${result.briefing.title}”: ${countNoun(result.addedClaims, 'claim')}, ${countNoun(result.addedCitations, 'citation')}, ${countNoun(result.addedSources, 'new source')} (${result.reusedSources} already here).`);
    navigate({ view: 'briefings', briefingId: result.briefing.id });
  };
  return (
    <label className="button" htmlFor={inputId}>
      <FileUp size={16} aria-hidden /> Import briefing
      <input
        id={inputId}
        type="file"
        className="visually-hidden"
        accept=".json,application/json"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void onFile(file).catch((err: Error) => notify('error', `${file.name}: ${err.message}`));
        }}
      />
    </label>
  );
}
