export declare const FALLBACK_LINE: string;

export declare function chooseLaunchMode(facts: {
  electronPath: string | null;
  exists: (path: string) => boolean;
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
}): { mode: 'electron'; electronPath: string } | { mode: 'serve'; reason: string };

export declare function nativeBuildIsCurrent(
  buildInfo: unknown,
  wanted: { electron: string; betterSqlite3: string; platform: string; arch: string },
): boolean;
