import type { BriefingDocument } from '../../../../shared/briefing/briefing-document';
import { DOCUMENT_LABELS } from '../../../../shared/briefing/document-labels';
import { noteReferenceParts } from '../../../../shared/briefing/note-references';
import { ScriptText } from '../../ui/ScriptText';

function NoteReferences({ numbers, numbering }: { numbers: readonly number[]; numbering: BriefingDocument['numbering'] }) {
  if (numbers.length === 0) return null;
  return (
    <sup className="note-refs">
      {noteReferenceParts(numbers, numbering).map((part, k) =>
        part.n === undefined ? (
          part.text
        ) : (
          <a
            key={k}
            href={`#fn-${part.n}`}
            aria-label={`Note ${part.text}`}
            onClick={(e) => {
              // The app routes on the hash, so the note is scrolled to instead of navigated to.
              e.preventDefault();
              document.getElementById(`fn-${part.n}`)?.scrollIntoView();
            }}
          >
            {part.text}
          </a>
        ),
      )}
    </sup>
  );
}

/** The briefing as it will print: the same laid-out document every export renders, notes, dispute markers and references included. */
export function BriefingPreview({ doc }: { doc: BriefingDocument }) {
  const numeric = doc.numbering === 'source';
  const labels = DOCUMENT_LABELS[doc.lang];
  return (
    <article className="briefing-preview" aria-label="Briefing preview" lang={doc.lang}>
      <h2>
        <ScriptText text={doc.title} lang={doc.lang} />
      </h2>
      <p className="muted small">
        {doc.audience && `${labels.audience}${labels.colon}${doc.audience} · `}
        {doc.date}
      </p>
      {doc.summary.trim() && <p className="briefing-summary">
          <ScriptText text={doc.summary} lang={doc.lang} />
        </p>}
      {doc.warnings.map((w) => (
        <p key={w} className="small error-text">
          {w}
        </p>
      ))}
      {doc.sections.map((section, i) => (
        <section key={i}>
          {section.heading && (
            <h3>
              <ScriptText text={section.heading} lang={doc.lang} />
            </h3>
          )}
          {section.blocks.map((block, j) =>
            block.kind === 'prose' ? (
              <p key={j}>
                <ScriptText text={block.text} lang={doc.lang} />
              </p>
            ) : (
              <p key={j} className="briefing-claim" data-claim-id={block.claimId}>
                <ScriptText text={block.text} lang={doc.lang} />
                <NoteReferences numbers={block.footnotes} numbering={doc.numbering} />
                {block.dispute && (
                  <>
                    {' '}
                    <strong className="briefing-disputed">{block.dispute}</strong>
                  </>
                )}
              </p>
            ),
          )}
        </section>
      ))}
      {doc.bibliography && (
        <section aria-label={doc.bibliography.heading}>
          <h3>{doc.bibliography.heading}</h3>
          <ul className="bibliography">
            {doc.bibliography.entries.map((e) => (
              <li key={e}>
                <ScriptText text={e} lang={doc.lang} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className={numeric ? 'footnotes numeric' : 'footnotes'} aria-label="Footnotes">
        <h3>{doc.notesHeading}</h3>
        <ol>
          {doc.footnotes.map((f) => (
            <li key={f.n} id={`fn-${f.n}`} value={f.n}>
              {numeric && <span className="note-label">[{f.n}] </span>}
              <ScriptText text={f.text} lang={doc.lang} />
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
