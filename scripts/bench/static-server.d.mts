/** A static file server over `dir` (read per request, gzip, no-store) on a free local port. */
export function serveStatic(dir: string): Promise<{ url: string; close(): Promise<void> }>;
