import { z } from 'zod';
import { command, query } from '../api/operation';
import { ById, Id } from '../domain/primitives';
import {
  AcceptSuggestionInput,
  HorizonInput,
  InitiativeInput,
  InitiativeUpdate,
  type Roadmap,
  type RoadmapExport,
  RoadmapExportRequest,
  type SavedRoadmapExport,
  type Suggestion,
  SuggestionKeyInput,
  SuggestionRequest,
  TargetInput,
} from './schemas';

/** What a roadmap is computed from besides its own rows: the rounds' scores and the framework's names. */
const ROUNDS = ['assessments', 'respondents', 'answers', 'frameworks'] as const;

export const roadmapOperations = {
  /** An engagement's roadmap: horizon, block targets, initiatives in priority order with their progress. */
  'roadmap.get': query<Roadmap>()({
    input: z.object({ engagementId: Id }),
    reads: ['roadmap', 'initiatives', 'engagements', 'contacts', ...ROUNDS],
    errors: ['not_found'],
  }),
  'roadmap.setHorizon': command<{ engagementId: string }>()({
    input: HorizonInput,
    writes: ['roadmap'],
    audit: 'roadmap',
    errors: ['not_found'],
  }),
  /** Sets (or replaces) a building block's target; the latest finalized round's score is kept as its start. */
  'roadmap.setTarget': command<{ engagementId: string }>()({
    input: TargetInput,
    writes: ['roadmap'],
    audit: 'roadmap',
    errors: ['not_found'],
  }),
  'roadmap.removeTarget': command<{ engagementId: string }>()({
    input: z.object({ engagementId: Id, block: z.string().trim().min(1).max(64) }),
    writes: ['roadmap'],
    audit: 'roadmap',
    errors: ['not_found'],
  }),
  /** Suggested initiatives from a finalized round, best first, each with its evidence. */
  'roadmap.suggest': query<Suggestion[]>()({
    input: SuggestionRequest,
    reads: ['roadmap', 'initiatives', 'pool', 'shifts', 'clients', 'engagements', ...ROUNDS],
    errors: ['not_found', 'conflict'],
  }),
  /** A suggestion taken over as it is: an initiative in the next quarters, editable afterwards. */
  'roadmap.acceptSuggestion': command<{ id: string }>()({
    input: AcceptSuggestionInput,
    writes: ['initiatives'],
    audit: 'initiative',
    errors: ['not_found', 'conflict'],
  }),
  'roadmap.dismissSuggestion': command<{ engagementId: string }>()({
    input: SuggestionKeyInput,
    writes: ['roadmap'],
    audit: false,
    errors: ['not_found'],
  }),
  'roadmap.restoreSuggestion': command<{ engagementId: string }>()({
    input: SuggestionKeyInput,
    writes: ['roadmap'],
    audit: false,
    errors: ['not_found'],
  }),
  'initiatives.create': command<{ id: string }>()({
    input: InitiativeInput,
    writes: ['initiatives'],
    audit: 'initiative',
    errors: ['not_found'],
  }),
  'initiatives.update': command<{ id: string }>()({
    input: InitiativeUpdate,
    writes: ['initiatives'],
    audit: 'initiative',
    errors: ['not_found'],
  }),
  'initiatives.delete': command<{ id: string }>()({
    input: ById,
    writes: ['initiatives'],
    audit: 'initiative',
    errors: ['not_found'],
  }),
  /** The roadmap as a Word or Excel file, built in memory for a download (the browser over the bridge). */
  'roadmap.export': query<RoadmapExport>()({
    input: RoadmapExportRequest,
    reads: ['roadmap', 'initiatives', 'engagements', 'clients', 'contacts', 'settings', ...ROUNDS],
    errors: ['not_found'],
    async: true,
  }),
  /**
   * The desktop app's export: the Save dialog, then the file written through a temporary file. `file_locked`
   * when it is open in Word or Excel, `folder_not_writable` for a read-only place; the file is left as it was.
   */
  'roadmap.save': command<SavedRoadmapExport>()({
    input: RoadmapExportRequest,
    writes: [],
    audit: false,
    errors: ['not_found', 'unavailable', 'file_locked', 'folder_not_writable'],
    async: true,
  }),
};
