// What tells an article's own paragraph from page furniture when Readability has dropped it: the paragraph is a
// sentence or more of prose, mostly not links, in a box not named like furniture.

// A paragraph must read as at least one full sentence: this many characters (a short Chinese sentence is about 20),
// ending in a full stop of any script, perhaps inside closing quotes or brackets.
const MIN_PROSE_CHARS = 20;
const SENTENCE_END = /[.!?。！？…][\s"'”’)）」』]*$/u;
// More of the text in links than this and it is a list of links, not prose. Readability's bar is a quarter, measured
// in characters; a Chinese sentence linking a few Latin names (Debian, GNU/Linux, Unix) reaches 0.3 of its
// characters, so the bar here is a third.
const MAX_LINK_SHARE = 1 / 3;
// Class and id words Readability treats as furniture (its `unlikelyCandidates` and `negative` patterns), with the
// tables of contents and navigation of generated manuals.
const FURNITURE_NAME =
  /-ad-|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|contact|masthead|outbrain|promo|share|shopping|widget|newsletter|subscribe|suggest|recommend|trending|cookie|byline|caption|modal|login|signin|signup|\bnav|\btoc\b/iu;

/** Whether text reads as a paragraph of an article: a full sentence or more, with links making up little of it. */
export function isArticleProse(text: string, linkChars: number): boolean {
  const prose = text.replace(/\s+/gu, ' ').trim();
  if ([...prose].length < MIN_PROSE_CHARS || !SENTENCE_END.test(prose)) return false;
  return linkChars / prose.length <= MAX_LINK_SHARE;
}

// Landmark roles of what surrounds an article, and dialogs (a sign-in box hidden until asked for).
const FURNITURE_ROLES = new Set(['dialog', 'alertdialog', 'navigation', 'banner', 'complementary', 'contentinfo', 'search', 'menu', 'menubar', 'toolbar']);

/** Whether an element's ARIA role is one of what surrounds an article (navigation, banner, a dialog) rather than the article. */
export function isFurnitureRole(role: string | null): boolean {
  return role !== null && role.split(/\s+/u).some((r) => FURNITURE_ROLES.has(r.toLowerCase()));
}

/** Whether an element's class and id (joined by a space) name page furniture: comments, sharing, navigation, a table of contents. */
export function isFurnitureName(classAndId: string): boolean {
  return FURNITURE_NAME.test(classAndId);
}
