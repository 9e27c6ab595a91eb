import type { BriefingDocument } from '../../../../shared/briefing/briefing-document';
import { DOCUMENT_LABELS } from '../../../../shared/briefing/document-labels';

function FootnoteRefs({ numbers }: { numbers: readonly number[] }) {
  return numbers.map((n, k) => (
    <sup key={n}>
      {k > 0 && ','}
      <a
        href={`#fn-${n}`}
        aria-label={`Footnote ${n}`}
        onClick={(e) => {
          // The app routes on the hash, so the note is scrolled to instead of navigated to.
          e.preventDefault();
          document.getElementById(`fn-${n}`)?.scrollIntoView();
        }}
      >
        {n}
      </a>
    </sup>
  ));
}

/** The briefing as it will print: the same laid-out document every export renders, footnotes and references included. */
export function BriefingPreview({ doc }: { doc: BriefingDocument }) {
  const labels = DOCUMENT_LABELS[doc.lang];
  return (
    <article className="briefing-preview" aria-label="Briefing preview" lang={doc.lang}>
      <h2>{doc.title}</h2>
      <p className="muted small">
        {doc.audience && `${labels.audience}${labels.colon}${doc.audience} · `}
        {doc.date}
      </p>
      {doc.summary.trim() && <p className="briefing-summary">{doc.summary}</p>}
      {doc.warnings.map((w) => (
        <p key={w} className="small error-text">
          {w}
        </p>
      ))}
      {doc.sections.map((section, i) => (
        <section key={i}>
          {section.heading && <h3>{section.heading}</h3>}
          {section.blocks.map((block, j) =>
            block.kind === 'prose' ? (
              <p key={j}>{block.text}</p>
            ) : (
              <p key={j} className="briefing-claim">
                {block.text}
                <FootnoteRefs numbers={block.footnotes} />
              </p>
            ),
          )}
        </section>
      ))}
      <section className="footnotes" aria-label="Footnotes">
        <h3>{labels.notes}</h3>
        <ol>
          {doc.footnotes.map((f) => (
            <li key={f.n} id={`fn-${f.n}`}>
              {f.text}
            </li>
          ))}
        </ol>
      </section>
      {doc.bibliography && (
        <section aria-label={doc.bibliography.heading}>
          <h3>{doc.bibliography.heading}</h3>
          <ul className="bibliography">
            {doc.bibliography.entries.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
