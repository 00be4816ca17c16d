import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ResolvedSettings, Settings } from '../../../../shared/settings/schemas';
import { apiQueryKey, useApiMutation } from '../../api/client';

/** The settings a single control chooses (not the branding, which has a form of its own). */
type Choice = Exclude<keyof Settings, 'branding'>;

interface SaveCallbacks {
  onSuccess?: (resolved: ResolvedSettings) => void;
  onError?: (error: unknown) => void;
}

/**
 * Saves settings from a controlled input (a radio, a switch, a select) and shows the choice from the moment
 * it is made until the answer arrives. Waiting for the mutation's pending state is not enough: TanStack Query
 * tells the component a task later, and React puts a controlled input back to its value at the end of the
 * click, so the choice would snap back for a moment and a check right after the click would find it undone.
 * `shown(key)` is the choice still being saved, else the saved setting.
 */
export function useSettingsSave(current: ResolvedSettings) {
  const queryClient = useQueryClient();
  const [picked, setPicked] = useState<Partial<Pick<Settings, Choice>>>({});
  const update = useApiMutation('settings.update', {
    // The new settings apply the moment the answer arrives, before any refetch.
    onSuccess: (resolved) => queryClient.setQueryData(apiQueryKey('settings.get', {}), resolved),
  });
  const save = (patch: Partial<Pick<Settings, Choice>>, callbacks: SaveCallbacks = {}) => {
    setPicked((earlier) => ({ ...earlier, ...patch }));
    update.mutate(patch, {
      ...(callbacks.onSuccess ? { onSuccess: callbacks.onSuccess } : {}),
      ...(callbacks.onError ? { onError: callbacks.onError } : {}),
      // Only the latest save's callbacks run (TanStack Query), so its end clears every choice laid over.
      onSettled: () => setPicked({}),
    });
  };
  const shown = <K extends Choice>(key: K): Settings[K] =>
    key in picked ? (picked[key] as Settings[K]) : current[key];
  return { save, shown };
}
