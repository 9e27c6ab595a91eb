import { useState } from 'react';
import { useCommands } from '../../app/commands';
import { languageLabel } from '../../../../shared/ingest/detect-language';
import { formatBytes } from '../../../../shared/ingest/limits';
import { formatSourceDate, publisherBesideAuthors } from '../../../../shared/briefing/footnote-text';
import type { SourceView } from '../../db/queries';
import { routeHref } from '../../app/route';
import { SourceClaims } from './SourceClaims';
import { SourceDetailsDialog } from './SourceDetailsDialog';
import { DeleteSourceDialog } from './DeleteSourceDialog';
import { countNoun } from '../../../../shared/wording/count-noun';
import { blockLanguage } from '../../../../shared/reading/block-language';

/** A source's title, byline, provenance (both hashes, the original file, when and how it came in), versions and notices. */
export function ReaderHeader({ view }: { view: SourceView }) {
  const { source, file } = view;
  // A title in another script than the interface's (English) names its language, so it takes that script's fonts.
  const titleLang = blockLanguage(source.title, 'en');
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  useCommands({ 'reader-delete-source': () => setDeleting(true) });
  return (
    <header className="reader-header">
      <h2 id="reader-title" lang={titleLang}>
        {source.title}
      </h2>
      <p className="reader-byline">
        {[source.authors.join(', '), publisherBesideAuthors(source), formatSourceDate(source.publishedAt)].filter(Boolean).join(' · ')}{' '}
        <button type="button" className="button ghost small" onClick={() => setEditing(true)}>
          Correct title and authors
        </button>{' '}
        <button type="button" className="button ghost small" onClick={() => setEditing(true)}>
          History
        </button>{' '}
        <button type="button" className="button ghost small" onClick={() => setDeleting(true)}>
          Delete source…
        </button>
      </p>
      {editing && <SourceDetailsDialog source={source} onClose={() => setEditing(false)} />}
      {deleting && <DeleteSourceDialog sourceId={source.id} onClose={() => setDeleting(false)} />}
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
            <dd className="hash" title={file.sha256}>
              {file.sha256}
            </dd>
          </>
        )}
        <dt>SHA-256 (text)</dt>
        <dd className="hash" title={source.contentHash}>
          {source.contentHash}
        </dd>
        {source.url && (
          <>
            <dt>URL</dt>
            <dd className="hash">{source.url}</dd>
          </>
        )}
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
              <a href={routeHref({ view: 'claims' })}>{countNoun(view.claimCount, 'claim')} from this source</a>
            </dd>
          </>
        )}
      </dl>
      <SourceClaims sourceId={source.id} />
      {source.excerpt && <p className="reader-excerpt">{source.excerpt}</p>}
      {(source.notices ?? []).map((n) => (
        <p key={n} className="reader-notice" role="note">
          {n}
        </p>
      ))}
    </header>
  );
}
