export declare const SERVER_ENTRY: string;
export declare const SERVER_OUT_DIR: string;
export declare const SERVER_BUNDLE: string;
export declare const SERVER_SOURCES: string[];
export declare const SERVER_ASSETS: Record<string, string>;
export declare function serverStaleReason(root?: string): string | null;
export declare function buildServer(options?: { root?: string; log?: (message: string) => void }): Promise<void>;
export declare function ensureServerBuild(options?: { root?: string; log?: (message: string) => void }): Promise<boolean>;
