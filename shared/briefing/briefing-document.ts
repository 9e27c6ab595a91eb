import type { Briefing, Citation, Claim, Source } from '../model';
import { footnoteText } from './footnote-text';

/** A claim as it stands in a briefing: its text and the numbers of its footnotes. */
export interface ClaimBlock {
  kind: 'claim';
  claimId: string;
  text: string;
  footnotes: number[];
  /** True when none of the claim's citations is resolved to an original. */
  unresolved: boolean;
}

export interface ProseBlock {
  kind: 'prose';
  text: string;
}

export interface BriefingDocumentSection {
  heading: string;
  blocks: (ClaimBlock | ProseBlock)[];
}

/** A briefing laid out for rendering: every format renderer reads this and nothing else. */
export interface BriefingDocument {
  title: string;
  audience: string;
  summary: string;
  date: string;
  sections: BriefingDocumentSection[];
  footnotes: { n: number; text: string }[];
}

/** What the builder needs to look up; missing entries are reported in the output, never dropped silently. */
export interface BriefingLookup {
  claims: ReadonlyMap<string, Claim>;
  citationsByClaim: ReadonlyMap<string, readonly Citation[]>;
  sources: ReadonlyMap<string, Source>;
}

/** Lays out a briefing: claims in order under their section headings, footnotes numbered in order of first use, identical footnotes shared. */
export function buildBriefingDocument(briefing: Briefing, lookup: BriefingLookup, date: string): BriefingDocument {
  const footnotes: { n: number; text: string }[] = [];
  const numberByText = new Map<string, number>();
  const footnoteFor = (text: string): number => {
    const existing = numberByText.get(text);
    if (existing !== undefined) return existing;
    const n = footnotes.length + 1;
    footnotes.push({ n, text });
    numberByText.set(text, n);
    return n;
  };

  const sections = briefing.sections.map((section) => ({
    heading: section.heading,
    blocks: section.items.map((item): ClaimBlock | ProseBlock => {
      if (item.kind === 'prose') return { kind: 'prose', text: item.text };
      const claim = lookup.claims.get(item.claimId);
      if (!claim) return { kind: 'prose', text: '[A claim in this briefing has been deleted.]' };
      const citations = [...(lookup.citationsByClaim.get(claim.id) ?? [])];
      const numbers = citations.map((c) => {
        const citing = lookup.sources.get(c.sourceId);
        const resolved = c.resolvedSourceId ? lookup.sources.get(c.resolvedSourceId) : undefined;
        return footnoteFor(citing ? footnoteText(c, citing, resolved) : `A source that is no longer in the workspace${c.locator.marker ? `, marker ${c.locator.marker}` : ''}.`);
      });
      return { kind: 'claim', claimId: claim.id, text: claim.text, footnotes: [...new Set(numbers)], unresolved: !citations.some((c) => c.resolved) };
    }),
  }));
  return { title: briefing.title, audience: briefing.audience, summary: briefing.summary, date, sections, footnotes };
}
