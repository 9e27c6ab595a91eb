import { decodeText, type DecodeResult } from './decode-text';

// Browsers look for a <meta charset> in the first 1024 bytes; saved pages sometimes push it further down with long
// comments or scripts, so a little more is read.
const PRESCAN_BYTES = 4096;
const META_CHARSET = /<meta\s[^>]*?charset\s*=[\s"']*([\w.:-]+)/iu;

/** The character encoding a page declares for itself (`<meta charset>` or `http-equiv`), or null when it declares none. */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  let head = '';
  const end = Math.min(bytes.length, PRESCAN_BYTES);
  for (let i = 0; i < end; i++) head += String.fromCharCode(bytes[i] ?? 0);
  const label = META_CHARSET.exec(head)?.[1]?.toLowerCase();
  return label ?? null;
}

/** Decodes an HTML page: a byte-order mark wins, then the page's declared charset, then the rules for plain text. */
export function decodeHtml(bytes: Uint8Array): DecodeResult {
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const declared = hasBom ? null : declaredHtmlCharset(bytes);
  if (declared === null) return decodeText(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared);
  } catch {
    return withNotice(decodeText(bytes), `The page declares an unknown character set “${declared}”; it was read by guessing.`);
  }
  // A page saved as UTF-8 by a browser may keep its original <meta charset>: valid UTF-8 is then the better reading.
  if (decoder.encoding !== 'utf-8' && isValidUtf8(bytes)) return decodeText(bytes);
  const text = decoder.decode(bytes);
  const notices = text.includes('\uFFFD') ? [`Some bytes are not valid ${decoder.encoding.toUpperCase()}; they are shown as \uFFFD.`] : [];
  return { ok: true, text, encoding: decoder.encoding, notices };
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function withNotice(result: DecodeResult, notice: string): DecodeResult {
  return result.ok ? { ...result, notices: [...result.notices, notice] } : result;
}
