import { command, query } from '../api/operation';
import {
  type BundleExport,
  BundleExportInput,
  BundleImportInput,
  type BundleImportReport,
  type BundlePreview,
} from './schemas';

/** What an import may add: the client's own rows and the framework versions its rounds use. */
const CLIENT_AND_BELOW = [
  'clients',
  'contacts',
  'engagements',
  'frameworks',
  'assessments',
  'respondents',
  'answers',
  'shifts',
] as const;

export const bundleOperations = {
  /** One client with the chosen engagements as a `.sxwb` file (base64), optionally encrypted. */
  'bundles.export': command<BundleExport>()({
    input: BundleExportInput,
    writes: [],
    audit: false,
    errors: ['not_found'],
    async: true,
  }),
  /** What importing a bundle would add, what is already here, what differs and what clashes. Writes nothing. */
  'bundles.preview': query<BundlePreview>()({
    input: BundleImportInput,
    reads: [...CLIENT_AND_BELOW],
    async: true,
  }),
  /**
   * Imports a bundle: as a new client, or into the same client when it is here (by id). Rows this database
   * already has are never overwritten; what differs is reported. Refused whole (`conflict`) when a row
   * clashes; `invalid_input` with `details.bundle` when the file is refused.
   */
  'bundles.import': command<BundleImportReport>()({
    input: BundleImportInput,
    writes: CLIENT_AND_BELOW,
    audit: 'client',
    errors: ['conflict'],
    async: true,
  }),
};
