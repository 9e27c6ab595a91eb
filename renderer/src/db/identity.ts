/** A new record id. */
export function newId(): string {
  return crypto.randomUUID();
}

/** The current time as ISO-8601 UTC. */
export function nowIso(): string {
  return new Date().toISOString();
}

/** SHA-256 of bytes or of a string's UTF-8 encoding, as lower-case hex. */
export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
