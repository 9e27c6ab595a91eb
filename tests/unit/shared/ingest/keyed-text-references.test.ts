import { describe, expect, it } from 'vitest';
import { keyedTextReferences } from '../../../../shared/ingest/keyed-text-references';

// Pages 20 and 21 of draft-dejong-remotestorage-04 (ietf-1 in the Readability test pages), as their <pre> text.
const PAGE_20 = `16. Acknowledgements

    The authors would like to thank everybody who contributed to the
    development of this protocol.

17. References

17.1. Normative References

    [WORDS]
        Bradner, S., "Key words for use in RFCs to Indicate Requirement
        Levels", BCP 14, RFC 2119, March 1997.


de Jong                                                        [Page 20]`;
const PAGE_21 = `Internet-Draft              remoteStorage                  December 2014


    [CORS]
        van Kesteren, Anne (ed), "Cross-Origin Resource Sharing --
        W3C Candidate Recommendation 29 January 2013",


de Jong                                                        [Page 21]`;
const PAGE_22 = `Internet-Draft              remoteStorage                  December 2014


        http://www.w3.org/TR/cors/, January 2013.

    [MANIFEST]
        Mozilla Developer Network (ed), "App manifest -- Revision
        330541", https://developer.mozilla.org/en-
        US/Apps/Build/Manifest$revision/566677, April 2014.

18. Authors' addresses

    Michiel B. de Jong`;

describe('keyedTextReferences', () => {
  it('reads an RFC keyed list across page breaks, without the page footers and headers, and takes it out of the text', () => {
    const { entries, texts } = keyedTextReferences([PAGE_20, PAGE_21, PAGE_22]);
    expect(entries).toEqual([
      { key: 'WORDS', text: 'Bradner, S., "Key words for use in RFCs to Indicate Requirement Levels", BCP 14, RFC 2119, March 1997.' },
      {
        key: 'CORS',
        text: 'van Kesteren, Anne (ed), "Cross-Origin Resource Sharing -- W3C Candidate Recommendation 29 January 2013", http://www.w3.org/TR/cors/, January 2013.',
        url: 'http://www.w3.org/TR/cors/',
      },
      {
        key: 'MANIFEST',
        text: 'Mozilla Developer Network (ed), "App manifest -- Revision 330541", https://developer.mozilla.org/en-US/Apps/Build/Manifest$revision/566677, April 2014.',
        url: 'https://developer.mozilla.org/en-US/Apps/Build/Manifest$revision/566677',
      },
    ]);
    expect(texts.join('\n')).not.toMatch(/Bradner|van Kesteren|Mozilla Developer/u);
    expect(texts[0]).toContain('development of this protocol.');
    expect(texts[0]).toContain('17.1. Normative References');
    expect(texts[2]).toContain("18. Authors' addresses\n\n    Michiel B. de Jong");
  });

  it('leaves text alone where no reference heading opens a keyed list', () => {
    const text = `5. Response codes\n\n    [HTTP] says what a 304 means.\n    [WORDS] also applies.`;
    expect(keyedTextReferences([text])).toEqual({ entries: [], texts: [text] });
  });
});
