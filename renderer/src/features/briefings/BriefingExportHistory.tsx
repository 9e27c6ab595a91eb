import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../app/services';
import { listBriefingExports } from '../../db/briefing-exports';

/** The briefing's exports, newest first: each a snapshot with its time, format, style, language and file hash. */
export function BriefingExportHistory({ briefingId }: { briefingId: string }) {
  const { db } = useServices();
  const exports = useLiveQuery(() => listBriefingExports(db, briefingId), [db, briefingId]);
  if (!exports || exports.length === 0) return null;
  return (
    <section className="briefing-exports" aria-labelledby="briefing-exports-heading">
      <h3 id="briefing-exports-heading">Exports</h3>
      <ul>
        {exports.map((e) => (
          <li key={e.id} data-testid="briefing-export" className="small">
            Exported {new Date(e.at).toLocaleString()} · {e.format} · {e.style} · {e.lang} · {e.fileName} · <span title={`SHA-256 ${e.sha256}`}>{e.sha256.slice(0, 12)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
