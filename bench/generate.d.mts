// Types of bench/generate.mjs, for the TypeScript tests and benchmarks that import it.

export interface GenerateOptions {
  /** Number of members. */
  members: number;
  /** json (one document) or ndjson (header line, then one line per entry). */
  format?: 'json' | 'ndjson';
  /** Review year (2024: qd124-2023). */
  year?: number;
  /** PRNG seed. */
  seed?: number;
  /** grouped (members of a chi bộ together) or interleaved (round-robin within each commune). */
  order?: 'grouped' | 'interleaved';
  out?: string;
}

export type GeneratedRecord =
  | { kind: 'header'; value: Record<string, unknown> }
  | { kind: 'organization'; value: Record<string, unknown> & { id: string; kind: string } }
  | { kind: 'member'; value: Record<string, unknown> & { id: string; orgId: string } };

export const NATIONAL_MEMBERS: number;
export function parseOptions(argv: readonly string[]): Required<Omit<GenerateOptions, 'out'>> & { out?: string; help?: boolean };
export function reviewRecords(options: Required<Omit<GenerateOptions, 'out' | 'format'>>): Generator<GeneratedRecord>;
export function reviewText(options: Required<Omit<GenerateOptions, 'out'>>): Generator<string>;
export function generateReview(options: Partial<GenerateOptions> & { members: number }): {
  format: 'xeploai/review@1';
  year: number;
  organizations: (Record<string, unknown> & { id: string; kind: string })[];
  members: (Record<string, unknown> & { id: string; orgId: string })[];
  [field: string]: unknown;
};
export function writeReview(options: Required<Omit<GenerateOptions, 'out'>>, stream: NodeJS.WritableStream): Promise<void>;
