// citation-js ships no types; these are the members our adapter uses (see parse-reference-list.ts).
declare module '@citation-js/core' {
  export class Cite {
    static async(data: unknown, options?: { forceType?: string; generateGraph?: boolean }): Promise<Cite>;
    data: Record<string, unknown>[];
  }
  export const plugins: {
    output: { format(name: string, data: readonly Record<string, unknown>[], options?: Record<string, unknown>): unknown };
  };
  export const logger: { level: string; _log: unknown[] };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
