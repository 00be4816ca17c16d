import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiFailure } from '../api/client';
import { EmptyState } from './EmptyState';
import { LoadingBlock, LoadingPage } from './Loading';
import { QueryError } from './QueryError';

/** What a view needs of a react-query result to show its state. */
export interface QueryLike {
  isError: boolean;
  isPending: boolean;
  error: unknown;
  refetch(): unknown;
}

/**
 * A query's failure with a retry, or its placeholder while it loads; nothing once the data is in. A failed
 * refresh still shows (over data that may be stale), as the screens always did.
 */
export function QueryState({ query, loading = <LoadingBlock /> }: { query: QueryLike; loading?: ReactNode }) {
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending) return <>{loading}</>;
  return null;
}

/** The way back from a screen whose subject is gone. */
export interface BackLink {
  to: string;
  label: string;
}

/** A screen's subject was deleted (in another window, or by the CLI): say so and offer the way back. */
export function NoLongerExists({ back }: { back: BackLink }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      body={t('errors.not_found')}
      action={
        <Button component={Link} to={back.to} variant="default">
          {back.label}
        </Button>
      }
    />
  );
}

/** A detail screen (one client, one engagement) before its subject is shown: gone, failed or loading. */
export function SubjectState({ query, back }: { query: QueryLike; back: BackLink }) {
  if (query.isError && isApiFailure(query.error) && query.error.code === 'not_found') {
    return <NoLongerExists back={back} />;
  }
  return <QueryState query={query} loading={<LoadingPage />} />;
}
