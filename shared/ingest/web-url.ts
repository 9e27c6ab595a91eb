// Browsers mark a saved page with the address it came from: <!-- saved from url=(0042)https://example.com/page -->.
const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/iu;

/** The address a page was saved from, when the browser that saved it wrote one down. */
export function savedFromUrl(html: string): string | undefined {
  return webUrl(SAVED_FROM.exec(html.slice(0, 2048))?.[1]);
}

/** The value when it is an absolute http(s) address, undefined otherwise: no `javascript:`, `data:` or relative links leave a parser. */
export function webUrl(value: string | null | undefined): string | undefined {
  const trimmed = (value ?? '').trim();
  return /^https?:\/\/[^\s<>"]+$/iu.test(trimmed) ? trimmed : undefined;
}
