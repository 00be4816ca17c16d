import { z } from 'zod';
import { command, query } from '../api/operation';
import { ById, Id, Nothing } from '../domain/primitives';
import {
  type ClientDetail,
  ClientInput,
  ClientListQuery,
  type ClientPage,
  ContactInput,
  type Engagement,
  EngagementInput,
  EngagementStatus,
  EngagementUpdate,
  type HomeBadge,
  HomeQuery,
  type HomeSummary,
} from './schemas';
import { ErasureInput, type ErasurePreview, type ErasureReport } from './erasure';

/** Everything below a client goes when the client (or its engagement) is deleted. */
const CASCADE = [
  'engagements',
  'assessments',
  'respondents',
  'answers',
  'shifts',
  'pool',
  'roadmap',
  'initiatives',
  'notes',
  'dossiers',
  'evidence',
] as const;

export const clientOperations = {
  /** A page of the engagements in progress with each one's next step, and the counts Home shows. */
  'home.summary': query<HomeSummary>()({
    input: HomeQuery,
    reads: ['clients', 'engagements', 'assessments', 'answers', 'reports'],
  }),
  /** The frame's demo badge: two counts, cheap on any database (the shell asks on every start). */
  'home.badge': query<HomeBadge>()({ input: Nothing, reads: ['clients', 'engagements'] }),

  // A client's list row and page show its contacts and engagements (search covers both).
  'clients.list': query<ClientPage>()({ input: ClientListQuery, reads: ['clients', 'contacts', 'engagements'] }),
  'clients.get': query<ClientDetail>()({
    input: ById,
    reads: ['clients', 'contacts', 'engagements'],
    errors: ['not_found'],
  }),
  'clients.create': command<{ id: string }>()({ input: ClientInput, writes: ['clients'], audit: 'client' }),
  'clients.update': command<{ id: string }>()({
    input: ClientInput.extend({ id: Id }),
    writes: ['clients'],
    audit: 'client',
    errors: ['not_found'],
  }),
  'clients.archive': command<{ id: string }>()({
    input: ById,
    writes: ['clients'],
    audit: 'client',
    errors: ['not_found'],
  }),
  'clients.restore': command<{ id: string }>()({
    input: ById,
    writes: ['clients'],
    audit: 'client',
    errors: ['not_found'],
  }),
  /** What erasing a client would remove, and the backups that still hold it. */
  'clients.erasurePreview': query<ErasurePreview>()({
    input: ById,
    reads: ['clients', 'contacts', 'engagements', 'assessments', 'respondents', 'answers', 'pool'],
    errors: ['not_found'],
    async: true,
  }),
  /**
   * Erases a client with everything below it, from the tables, the search index, the audit log and the file's
   * bytes; `confirm` must repeat the client's name. Async: a backup is made first.
   */
  'clients.erase': command<ErasureReport>()({
    input: ErasureInput,
    writes: ['clients', 'contacts', ...CASCADE],
    audit: 'client',
    errors: ['not_found', 'conflict', 'folder_not_writable'],
    async: true,
  }),

  'contacts.create': command<{ id: string }>()({
    input: ContactInput,
    writes: ['contacts'],
    audit: 'contact',
    errors: ['not_found'],
  }),
  'contacts.update': command<{ id: string }>()({
    input: ContactInput.extend({ id: Id }),
    writes: ['contacts'],
    audit: 'contact',
    errors: ['not_found'],
  }),
  'contacts.delete': command<{ id: string }>()({
    input: ById,
    writes: ['contacts'],
    audit: 'contact',
    errors: ['not_found'],
  }),

  'engagements.list': query<Engagement[]>()({
    input: z.object({ clientId: Id.optional(), statuses: z.array(EngagementStatus).optional() }).default({}),
    reads: ['engagements', 'clients'],
  }),
  'engagements.get': query<Engagement>()({ input: ById, reads: ['engagements', 'clients'], errors: ['not_found'] }),
  'engagements.create': command<{ id: string }>()({
    input: EngagementInput,
    writes: ['engagements'],
    audit: 'engagement',
    errors: ['not_found'],
  }),
  'engagements.update': command<{ id: string }>()({
    input: EngagementUpdate,
    writes: ['engagements'],
    audit: 'engagement',
    errors: ['not_found'],
  }),
  'engagements.delete': command<{ id: string }>()({
    input: z.object({ id: Id, confirm: z.literal(true) }),
    writes: CASCADE,
    audit: 'engagement',
    errors: ['not_found'],
  }),
};
