export declare const WEB_SOURCES: string[];
export declare const WEB_BUILD_MARKER: string;
export declare function newestSource(root: string, paths?: string[], skip?: RegExp): { path: string; mtimeMs: number } | null;
export declare function staleReason(root?: string): string | null;
export declare function ensureWebBuild(options?: { root?: string; log?: (message: string) => void; force?: boolean }): Promise<boolean>;
