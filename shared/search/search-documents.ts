import type { Annotation, Citation, Claim, Source, SourceText } from '../model';
import { shortLabel, type SearchDocument } from './search-document';

const join = (parts: readonly (string | undefined)[]) => parts.filter((p): p is string => !!p && p.length > 0).join('\n');

/** A source as the index sees it: title, metadata and tags, then its whole text. */
export function sourceDocument(source: Source, text: SourceText | undefined): SearchDocument {
  return {
    meta: { kind: 'source', id: source.id, label: source.title || '(untitled)', sourceIds: [source.id], tags: source.tags, date: source.publishedAt ?? source.importedAt },
    text: join([source.title, source.originalTitle, source.authors.join(', '), source.publisher, source.url, source.excerpt, source.tags.join(' '), text?.text]),
  };
}

/** The quoted text an annotation was made on, if it kept one. */
export function annotationQuote(annotation: Annotation): string {
  for (const s of annotation.selectors) if (s.type === 'TextQuoteSelector') return s.exact;
  return '';
}

/** An annotation: its quote, note and tags. */
export function annotationDocument(annotation: Annotation): SearchDocument {
  const quote = annotationQuote(annotation);
  return {
    meta: { kind: 'annotation', id: annotation.id, label: shortLabel(quote || annotation.note || '(annotation)'), sourceIds: [annotation.sourceId], tags: annotation.tags, date: annotation.updatedAt },
    text: join([quote, annotation.note, annotation.tags.join(' ')]),
  };
}

/** A claim: its text, the subjects of its figures, its section, note and tags; sources and stances from its citations. */
export function claimDocument(claim: Claim, citations: readonly Citation[]): SearchDocument {
  const sourceIds = new Set<string>();
  if (claim.originSourceId) sourceIds.add(claim.originSourceId);
  for (const c of citations) {
    sourceIds.add(c.sourceId);
    if (c.resolvedSourceId) sourceIds.add(c.resolvedSourceId);
  }
  const subjects = [...new Set(claim.quantities.map((q) => q.subject).filter((s): s is string => !!s))];
  return {
    meta: {
      kind: 'claim',
      id: claim.id,
      label: shortLabel(claim.text),
      sourceIds: [...sourceIds],
      tags: claim.tags,
      date: claim.updatedAt,
      status: claim.status,
      stances: [...new Set(citations.map((c) => c.stance))],
    },
    text: join([claim.text, subjects.join(' '), claim.section, claim.note, claim.tags.join(' ')]),
  };
}
