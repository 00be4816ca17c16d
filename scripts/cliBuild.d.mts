export declare const CLI_OUT_DIR: string;

export declare function freshCliEntry(root: string): string | null;

export declare function buildCli(root: string, options?: { keepSuperseded?: boolean }): Promise<string>;

export declare function cliEntry(root: string, note: (line: string) => void): Promise<string | null>;
