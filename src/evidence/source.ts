// The narrow interface every evidence adapter implements. An adapter knows its source's
// format and nothing about sentences or claims.

import type { EvidenceEvent, HealthBucket, SourceKind, SourceReport } from '../types.js';

/** What an adapter read from one source. */
export interface SourceData {
  report: SourceReport;
  events: EvidenceEvent[];
  /** Per-minute request health, for request-log sources; empty otherwise. */
  health: HealthBucket[];
}

/** One record of an evidence file, with its 0-based index (array element or NDJSON line). */
export interface FileRecord {
  value: unknown;
  index: number;
  /** 1-based line where the record starts, when known. */
  line?: number;
}

/** An adapter for one file export format. */
export interface FileAdapter {
  kind: SourceKind;
  /** Human name of the format, for messages ("gcloud builds list JSON"). */
  format: string;
  /** True when this record (the first of the file) is of this format. */
  detect(first: unknown): boolean;
  /** Reads every record; throws InputError (file + record index) on a record of the wrong shape. */
  read(file: string, records: AsyncIterable<FileRecord>): Promise<SourceData>;
}
