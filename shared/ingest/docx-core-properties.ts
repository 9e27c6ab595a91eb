/** What a Word file's `docProps/core.xml` says about it. */
export interface CoreProperties {
  title?: string;
  creators: string[];
  /** When the file was created, as `YYYY-MM-DDTHH:mm`. */
  created?: string;
}

const MAX_CODE_POINT = 0x10ffff;
const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Reads title, creator and creation date from a Word file's core properties XML; absent ones are left out. */
export function readCoreProperties(xml: string): CoreProperties {
  const props: CoreProperties = { creators: [] };
  const title = element(xml, 'dc:title');
  if (title) props.title = title;
  // Word writes one creator; other tools separate several with semicolons.
  const creator = element(xml, 'dc:creator');
  if (creator) props.creators = creator.split(';').map((c) => c.trim()).filter((c) => c !== '');
  const created = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/u.exec(element(xml, 'dcterms:created') ?? '');
  if (created) props.created = `${created[1]}T${created[2]}`;
  return props;
}

function element(xml: string, name: string): string | undefined {
  const match = new RegExp(`<${name}(?:\\s[^>]*)?>([^<]*)</${name}>`, 'u').exec(xml);
  const value = match?.[1] ? decodeEntities(match[1]).replace(/\s+/gu, ' ').trim() : '';
  return value === '' ? undefined : value;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/giu, (whole, entity: string) => {
    if (!entity.startsWith('#')) return XML_ENTITIES[entity] ?? whole;
    const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
    return code > 0 && code <= MAX_CODE_POINT ? String.fromCodePoint(code) : whole;
  });
}
