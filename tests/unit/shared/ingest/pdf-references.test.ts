import { describe, expect, it } from 'vitest';
import type { DraftBlock } from '../../../../shared/ingest/build-blocks';
import { extractPdfReferences } from '../../../../shared/ingest/pdf-references';

const para = (text: string): DraftBlock => ({ kind: 'paragraph', text });

describe('extractPdfReferences', () => {
  it('keeps keyed entries with their key, as an RFC prints them (ietf-1 fragment)', () => {
    const split = extractPdfReferences([
      para('Body text citing [WORDS] and [HTTP].'),
      { kind: 'heading', text: '17. References', level: 2 },
      para('[WORDS] Bradner, S., "Key words for use in RFCs to Indicate Requirement'),
      para('Levels", BCP 14, RFC 2119, March 1997.'),
      para('[HTTP] Fielding et al., "Hypertext Transfer Protocol (HTTP/1.1): Semantics and Content", RFC7231, June 2014.'),
    ]);
    expect(split.references.map((r) => r.text)).toEqual([
      '[WORDS] Bradner, S., "Key words for use in RFCs to Indicate Requirement Levels", BCP 14, RFC 2119, March 1997.',
      '[HTTP] Fielding et al., "Hypertext Transfer Protocol (HTTP/1.1): Semantics and Content", RFC7231, June 2014.',
    ]);
    expect(split.drafts).toEqual([para('Body text citing [WORDS] and [HTTP].')]);
  });

  it('reads Harvard-style entries and leaves a section of prose in the text', () => {
    const harvard = extractPdfReferences([{ kind: 'heading', text: 'Bibliography', level: 1 }, para('Smith, J. A., 2001. A study of things.'), para('Journal of Stuff 3, 1–9.'), para('Wu, B., 2019a. Another study.')]);
    expect(harvard.references.map((r) => r.text)).toEqual(['Smith, J. A., 2001. A study of things. Journal of Stuff 3, 1–9.', 'Wu, B., 2019a. Another study.']);
    const prose = [{ kind: 'heading', text: 'Notes', level: 1 } as DraftBlock, para('these notes are prose, not a list.')];
    expect(extractPdfReferences(prose)).toEqual({ drafts: prose, references: [] });
  });
});
