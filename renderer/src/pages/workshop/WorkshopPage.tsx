import { Button, Center, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useApiQuery } from '../../api/client';
import { AppStateMarker } from '../../app/AppStateMarker';
import { LoadingScreen } from '../../ui/Loading';
import { QueryError } from '../../ui/QueryError';
import { WorkshopScreen } from './WorkshopScreen';

/**
 * `#/assessments/:id/workshop`: the projector screen. It lives outside the app's frame, so nothing of
 * other clients or engagements is on the wall; the only way out is Esc (or the Leave button).
 */
export function WorkshopPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { assessmentId = '' } = useParams();
  // The screen keeps its own copy of the answers while typing; a refetch on focus would only add work.
  // The screen keeps its own copy of the answers as they are typed: its own saves must not refetch it.
  const workspace = useApiQuery(
    'assessments.workspace',
    { id: assessmentId },
    { refetchOnWindowFocus: false, meta: { ignoreChangesOf: ['answers'] } },
  );

  return (
    <>
      <AppStateMarker />
      {workspace.data ? (
        <WorkshopScreen key={workspace.data.assessment.id} workspace={workspace.data} />
      ) : workspace.isError ? (
        <Center mih="100dvh" p="xl">
          <Stack maw={560} gap="md">
            <QueryError error={workspace.error} onRetry={() => void workspace.refetch()} />
            <Button variant="default" onClick={() => navigate('/')}>
              {t('workshop.leave')}
            </Button>
          </Stack>
        </Center>
      ) : (
        <LoadingScreen />
      )}
    </>
  );
}
