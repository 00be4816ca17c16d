import { DEFAULT_K } from '../../../../shared/pool/statistics';
import { useApiQuery } from '../../api/client';

/** The minimum group size k from Settings (the service applies it too when an input gives none). */
export function useBenchmarkK(): number {
  const settings = useApiQuery('settings.get', {});
  return settings.data?.benchmarkK ?? DEFAULT_K;
}
