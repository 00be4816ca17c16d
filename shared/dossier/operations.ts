import { z } from 'zod';
import { command, query } from '../api/operation';
import { ById, Id, Language, Nothing } from '../domain/primitives';
import type { Readiness } from './readiness';
import type { SchemeFile, SchemeSummary } from './scheme';
import {
  type Dossier,
  type DossierExport,
  DossierExportRequest,
  type DossierPart,
  DossierPackageRequest,
  DossierRef,
  DossierSetup,
  EvidenceAddInput,
  type EvidenceAdded,
  type EvidenceItem,
  EvidenceLinkInput,
  EvidenceUpdateInput,
  FindingsInput,
  KeyResultInput,
  PartRequest,
  RateInput,
  type SavedDossierPackage,
  SchemeImportInput,
  SetTextInput,
} from './schemas';

/** What a dossier is computed from besides its own rows: the engagement, its roadmap and its rounds. */
const AROUND = ['engagements', 'clients', 'initiatives', 'assessments', 'answers', 'frameworks', 'schemes'] as const;
const DOSSIER = ['dossiers', 'evidence', ...AROUND] as const;

export const dossierOperations = {
  /** Recognition schemes: the built-in `sx-recognition` and imported ones, with the dossiers using each. */
  'schemes.list': query<SchemeSummary[]>()({ input: Nothing, reads: ['schemes', 'dossiers'] }),
  'schemes.get': query<SchemeFile>()({
    input: z.object({ id: Id, version: z.string().max(32).optional() }),
    reads: ['schemes'],
    errors: ['not_found'],
  }),
  /** A scheme file's JSON text; refused with every problem's path when it does not validate. */
  'schemes.import': command<{ id: string; version: string; added: boolean }>()({
    input: SchemeImportInput,
    writes: ['schemes'],
    audit: 'scheme',
    errors: ['conflict'],
  }),

  /** An engagement's dossier: parts with text, count, limit and status (the outline), ratings, key results, evidence, readiness. */
  'dossier.get': query<Dossier>()({
    /** `language` words the drafts of strengths and areas for improvement (the app's language when absent). */
    input: DossierRef.extend({ language: Language.optional() }),
    reads: [...DOSSIER],
    errors: ['not_found'],
  }),
  /** One part for its editor: guidance in both languages, the limit, the live count's start and its evidence. */
  'dossier.part': query<DossierPart>()({
    input: PartRequest,
    reads: [...DOSSIER],
    errors: ['not_found'],
  }),
  /** The scheme, the reference date and the signatory; starts the dossier when there is none. */
  'dossier.setup': command<{ engagementId: string }>()({
    input: DossierSetup,
    writes: ['dossiers', 'schemes'],
    audit: 'dossier',
    errors: ['not_found'],
  }),
  /** A part's text; refused (`invalid_input`, with the count and the limit) when over the scheme's limit. */
  'dossier.setText': command<{ engagementId: string; partId: string; count: number }>()({
    input: SetTextInput,
    writes: ['dossiers', 'schemes'],
    audit: false,
    errors: ['not_found'],
  }),
  'dossier.rate': command<{ engagementId: string; element: string }>()({
    input: RateInput,
    writes: ['dossiers', 'schemes'],
    audit: 'dossier',
    errors: ['not_found'],
  }),
  'dossier.setFindings': command<{ engagementId: string; element: string }>()({
    input: FindingsInput,
    writes: ['dossiers', 'schemes'],
    audit: false,
    errors: ['not_found'],
  }),
  /** Adds a key result or, with `id`, replaces it. */
  'dossier.saveKeyResult': command<{ id: string }>()({
    input: KeyResultInput,
    writes: ['dossiers', 'schemes'],
    audit: 'dossier',
    errors: ['not_found'],
  }),
  'dossier.removeKeyResult': command<{ id: string }>()({
    input: ById,
    writes: ['dossiers'],
    audit: 'dossier',
    errors: ['not_found'],
  }),
  /** The readiness check against the scheme, every evidence file re-verified; `language` words its messages. */
  'dossier.check': query<Readiness & { messages: string[] }>()({
    input: DossierRef.extend({ language: Language.optional() }),
    reads: [...DOSSIER],
    errors: ['not_found'],
    async: true,
  }),
  /** The dossier as a Word file, built in memory (base64) for a download or the CLI. */
  'dossier.export': query<DossierExport>()({
    input: DossierExportRequest,
    reads: [...DOSSIER, 'settings', 'contacts'],
    errors: ['not_found'],
    async: true,
  }),
  /**
   * The submission package (.zip): the .docx, every linked evidence file, manifest.json and SHA256SUMS,
   * written through a temporary file beside the target — to `out` from the CLI, through the Save dialog
   * in the desktop app. Refused (`conflict`) when a linked file is missing or changed; `file_locked` /
   * `folder_not_writable` leave the target as it was.
   */
  'dossier.package': command<SavedDossierPackage>()({
    input: DossierPackageRequest,
    writes: [],
    audit: false,
    errors: ['not_found', 'conflict', 'unavailable', 'forbidden', 'file_locked', 'folder_not_writable'],
    async: true,
  }),

  /**
   * Adds a file to the evidence register: stored once by its SHA-256 in the data folder, with its metadata
   * and links. Over the per-file or per-dossier limit, unreadable, or a `path` from anything but the CLI:
   * refused, nothing stored.
   */
  'evidence.add': command<EvidenceAdded>()({
    input: EvidenceAddInput,
    writes: ['evidence', 'dossiers', 'schemes'],
    audit: 'evidence',
    errors: ['not_found', 'forbidden'],
    async: true,
  }),
  /** The register, each file's state checked (size and time, re-hashed when either moved). */
  'evidence.list': query<EvidenceItem[]>()({
    input: DossierRef,
    reads: ['evidence', 'dossiers', 'engagements'],
    errors: ['not_found'],
  }),
  'evidence.update': command<{ id: string }>()({
    input: EvidenceUpdateInput,
    writes: ['evidence', 'dossiers'],
    audit: 'evidence',
    errors: ['not_found'],
  }),
  'evidence.link': command<{ id: string; parts: string[] }>()({
    input: EvidenceLinkInput,
    writes: ['evidence', 'dossiers'],
    audit: false,
    errors: ['not_found'],
  }),
  'evidence.unlink': command<{ id: string; parts: string[] }>()({
    input: EvidenceLinkInput,
    writes: ['evidence', 'dossiers'],
    audit: false,
    errors: ['not_found'],
  }),
  /** Removes it from the register; its file leaves the store only when no other evidence holds it. */
  'evidence.remove': command<{ id: string; fileRemoved: boolean }>()({
    input: ById,
    writes: ['evidence', 'dossiers'],
    audit: 'evidence',
    errors: ['not_found'],
    async: true,
  }),
};
