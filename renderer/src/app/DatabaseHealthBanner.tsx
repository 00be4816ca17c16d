import { Alert, Anchor, Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../api/client';
import { IconAlert } from '../ui/icons';

/**
 * A line above every screen while the database cannot take changes: being checked for damage (a large
 * file at the start) or restored, or found damaged — then with the way to the backups. Asked again every
 * two seconds while a check or restore runs; a failed save that reports damage asks at once (queryClient.ts).
 */
export function DatabaseHealthBanner() {
  const { t } = useTranslation();
  const health = useApiQuery(
    'database.health',
    {},
    {
      refetchInterval: (query) => {
        const state = query.state.data?.state;
        return state === 'checking' || state === 'restoring' ? 2000 : false;
      },
    },
  );
  const state = health.data?.state;
  if (state !== 'checking' && state !== 'restoring' && state !== 'corrupt') return null;
  return (
    <Box px="lg" pt="md">
      {state === 'corrupt' ? (
        <Alert color="red" variant="light" icon={<IconAlert />} role="alert" data-testid="database-health">
          {t('health.corrupt')}{' '}
          <Anchor component={Link} to="/settings#backups" size="sm">
            {t('health.toBackups')}
          </Anchor>
        </Alert>
      ) : (
        <Alert color="blue" variant="light" role="status" data-testid="database-health">
          {t(state === 'checking' ? 'health.checking' : 'health.restoring')}
        </Alert>
      )}
    </Box>
  );
}
