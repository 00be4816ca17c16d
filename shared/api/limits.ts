import { z } from 'zod';

/**
 * How much one file may bring in (docs/file-formats.md "Size limits"). Each cap is checked as early as it
 * can be: the file's size by the operation's input schema (a longer base64 text is refused before it is
 * decoded) and by the loopback bridge from the request's declared length; the number of respondents or
 * records by counting line breaks before a single row is parsed. Beyond them an import would hold the
 * machine's memory and the write lock for minutes; within them it runs in seconds off the UI's thread.
 */

const MB = 1024 * 1024;

export const IMPORT_LIMITS = {
  /** A Responses CSV: 10 MB holds 10,000 respondents of a 200-question framework. */
  surveyFileBytes: 10 * MB,
  surveyRespondents: 10_000,
  /** A Benchmark CSV or JSON pack: a million records are ~115 MB as CSV. */
  benchmarkFileBytes: 160 * MB,
  benchmarkRecords: 1_500_000,
  /**
   * From this size on a Benchmark file is backed up before (a verified `before-import` backup, where the
   * database keeps backups): 10 MB is ~90,000 records, an import a consultant would not want to undo by hand.
   */
  benchmarkBackupFromBytes: 10 * MB,
} as const;

/** The length of `bytes` bytes written as base64 (with padding). */
export const base64Length = (bytes: number): number => 4 * Math.ceil(bytes / 3);

/** Bytes as megabytes for a message: 10485760 → "10 MB", 1.5 MB → "1.5 MB". */
export function megabytes(bytes: number): string {
  const mb = bytes / MB;
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}

/**
 * A file's bytes as an operation takes them: base64 text from every transport (so a broken encoding
 * reaches the validator intact), or — from a caller in the same process, such as the CLI — the bytes
 * themselves, which spares encoding a large file only to decode it again. JSON cannot carry a Uint8Array,
 * so over the loopback bridge only the text form exists; no form names a path on the machine.
 */
export function fileContent(maxBytes: number) {
  const tooLarge = `The file is larger than ${megabytes(maxBytes)}, the most one import takes.`;
  return {
    contentBase64: z.string().max(base64Length(maxBytes), tooLarge).optional(),
    content: z
      .instanceof(Uint8Array)
      .refine((bytes) => bytes.byteLength <= maxBytes, tooLarge)
      .optional(),
  };
}

/** Refinement for an input built with `fileContent`: exactly one of the two forms. */
export const oneFileContent = {
  check: (x: { contentBase64?: string | undefined; content?: Uint8Array | undefined }) =>
    (x.contentBase64 === undefined) !== (x.content === undefined),
  params: { path: ['contentBase64'], message: 'Give the file once: as contentBase64 or as content.' },
};
