import { type ReactNode, Suspense, useState } from 'react';

/**
 * Mounts a modal whose code is loaded on demand (`React.lazy`) from the first time it is opened, and keeps
 * it mounted afterwards so it closes with its transition. The first screens then carry no form code (and
 * no zod) until someone asks for a form; see docs/benchmarks.md for what that saves at start.
 */
export function LazyModal({ opened, children }: { opened: boolean; children: ReactNode }) {
  const [wanted, setWanted] = useState(opened);
  if (opened && !wanted) setWanted(true);
  if (!wanted && !opened) return null;
  return <Suspense fallback={null}>{children}</Suspense>;
}
