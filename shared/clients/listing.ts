/**
 * The client list's and Home's paging and sorting constants, apart from the zod schemas that use them: the
 * first screen needs these values, not the schemas (and zod stays out of the renderer's first script).
 */
export const CLIENT_SORTS = ['name', 'sector', 'sizeBand', 'country', 'updatedAt'] as const;

/** Home's list of engagements in progress comes a page at a time, most relevant first. */
export const HOME_PAGE_SIZE = 25;
