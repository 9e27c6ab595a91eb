// shared/ is compiled without DOM and Node types so it cannot reach for either by accident.
// These few globals exist alike in Node, browsers and workers; declaring only them keeps that promise checkable.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: Uint8Array): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
