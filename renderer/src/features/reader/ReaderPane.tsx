import { Fragment, useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Block } from '../../../../shared/model';
import { languageLabel } from '../../../../shared/ingest/detect-language';
import { formatBytes } from '../../../../shared/ingest/limits';
import { formatSourceDate } from '../../../../shared/briefing/footnote-text';
import { loadSourceView } from '../../db/queries';
import { useServices } from '../../app/services';
import { routeHref } from '../../app/route';
import './reader.css';

// Long documents render in pages of blocks as the reader scrolls, so a 20 MB text opens at once.
const BLOCKS_PER_PAGE = 300;

/** Reads one source: its metadata and provenance, then its blocks with paragraph numbers in the margin. */
export function ReaderPane({ sourceId }: { sourceId: string }) {
  const { db } = useServices();
  const view = useLiveQuery(() => loadSourceView(db, sourceId), [db, sourceId]);
  const [limit, setLimit] = useState(BLOCKS_PER_PAGE);
  const sentinel = useRef<HTMLDivElement>(null);

  useEffect(() => setLimit(BLOCKS_PER_PAGE), [sourceId]);
  useEffect(() => {
    const target = sentinel.current;
    if (!target) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setLimit((n) => n + BLOCKS_PER_PAGE);
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [view]);

  if (view === undefined) return null;
  if (view === null) return <p className="empty">This source is no longer in the workspace.</p>;
  const { source, text, file } = view;
  const blocks = text?.blocks ?? [];
  const titleLang = /\p{Script=Han}/u.test(source.title) ? 'zh' : undefined;

  return (
    <article className="reader" aria-labelledby="reader-title">
      <header className="reader-header">
        <h2 id="reader-title" lang={titleLang}>
          {source.title}
        </h2>
        <p className="reader-byline">
          {[source.authors.join(', '), source.publisher, formatSourceDate(source.publishedAt)].filter(Boolean).join(' · ')}
        </p>
        <dl className="provenance">
          <dt>Kind</dt>
          <dd>{source.kind}</dd>
          <dt>Language</dt>
          <dd>{languageLabel(source.lang)}</dd>
          <dt>Imported</dt>
          <dd>
            <time dateTime={source.importedAt}>{new Date(source.importedAt).toLocaleString()}</time> from {source.importedFrom.method === 'paste' ? 'pasted text' : (source.importedFrom.fileName ?? 'a file')}
          </dd>
          {file && (
            <>
              <dt>Original</dt>
              <dd>
                {file.name}, {formatBytes(file.size)}, {file.mime || 'unknown type'}
              </dd>
              <dt>SHA-256 (file)</dt>
              <dd className="hash" title={file.sha256}>{file.sha256}</dd>
            </>
          )}
          <dt>SHA-256 (text)</dt>
          <dd className="hash" title={source.contentHash}>{source.contentHash}</dd>
          {source.pageCount !== undefined && (
            <>
              <dt>Pages</dt>
              <dd>{source.pageCount}</dd>
            </>
          )}
          {(view.previousVersion || view.nextVersion) && (
            <>
              <dt>Versions</dt>
              <dd>
                {view.previousVersion && <a href={routeHref({ view: 'library', sourceId: view.previousVersion.id })}>previous version ({new Date(view.previousVersion.importedAt).toLocaleDateString()})</a>}
                {view.previousVersion && view.nextVersion && ' · '}
                {view.nextVersion && <a href={routeHref({ view: 'library', sourceId: view.nextVersion.id })}>newer version ({new Date(view.nextVersion.importedAt).toLocaleDateString()})</a>}
              </dd>
            </>
          )}
          {view.claimCount > 0 && (
            <>
              <dt>Claims</dt>
              <dd>
                <a href={routeHref({ view: 'claims' })}>{view.claimCount} claims from this source</a>
              </dd>
            </>
          )}
        </dl>
        {source.excerpt && <p className="reader-excerpt">{source.excerpt}</p>}
        {(source.notices ?? []).map((n) => (
          <p key={n} className="reader-notice" role="note">
            {n}
          </p>
        ))}
      </header>
      <div className="reader-body" lang={source.lang === 'und-Latn' || source.lang === 'und' ? undefined : source.lang} dir={source.dir}>
        {blocks.length === 0 && <p className="muted">This source has no text to show{source.kind === 'reference' ? ': it is a reference (metadata only).' : '.'}</p>}
        {blocks.slice(0, limit).map((block, i) => (
          <Fragment key={block.id}>
            {block.page !== undefined && block.page !== blocks[i - 1]?.page && <div className="page-marker">Page {block.page}</div>}
            <BlockView block={block} text={text?.text ?? ''} />
          </Fragment>
        ))}
        {blocks.length > limit && (
          <div ref={sentinel} className="small muted">
            Showing {limit} of {blocks.length} blocks…
          </div>
        )}
      </div>
      {text && text.references.length > 0 && (
        <section className="reader-references" aria-labelledby="reader-references">
          <h3 id="reader-references">References</h3>
          <ol>
            {text.references.map((r) => (
              <li key={r.n} value={r.n} id={`ref-${r.n}`}>
                {r.text}
                {r.url && <span className="muted small"> {r.url}</span>}
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}

function BlockView({ block, text }: { block: Block; text: string }) {
  const content = text.slice(block.start, block.end);
  if (block.kind === 'heading') return <h3 className="block-heading" id={`block-${block.id}`}>{content}</h3>;
  const Tag = block.kind === 'quote' ? 'blockquote' : block.kind === 'code' || block.kind === 'table' ? 'pre' : 'p';
  return (
    <div className={`block block-${block.kind}`} id={block.paragraph ? `para-${block.paragraph}` : undefined}>
      <span className="para-number">
        <span className="visually-hidden">Paragraph </span>
        {block.paragraph}
      </span>
      <Tag className="block-text">{content}</Tag>
    </div>
  );
}
