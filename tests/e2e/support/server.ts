// Serves the built app (dist/) with Vite's preview server on a free local port.
import { preview, type PreviewServer } from 'vite';

export async function serveDist(): Promise<{ url: string; close(): Promise<void> }> {
  const server: PreviewServer = await preview({
    configFile: false,
    root: process.cwd(),
    base: './',
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server did not report its URL');
  return { url: url.replace(/\/$/, ''), close: () => server.close() };
}
