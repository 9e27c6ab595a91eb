import type { ReferenceEntry } from '../../../../shared/model';
import { referenceLabel } from '../../../../shared/model';

/** A source's reference lists as the source shows them: each list under its own name, each entry under the label its markers read ([17], [n 1]). */
export function ReferenceLists({ references }: { references: readonly ReferenceEntry[] }) {
  const lists = new Map<string, ReferenceEntry[]>();
  for (const entry of references) {
    const name = entry.list ?? '';
    lists.set(name, [...(lists.get(name) ?? []), entry]);
  }
  return (
    <section className="reader-references" aria-labelledby="reader-references">
      <h3 id="reader-references">References</h3>
      {[...lists].map(([name, entries]) => (
        <div key={name} className="reference-list">
          {name && <h4>{name}</h4>}
          <ul aria-label={name || 'References'}>
            {entries.map((r) => (
              <li key={r.n} id={`ref-${r.n}`}>
                <span className="reference-label">[{referenceLabel(r)}]</span> {r.text}
                {r.url && <span className="muted small"> {r.url}</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
