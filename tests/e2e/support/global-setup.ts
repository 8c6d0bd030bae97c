// One preview server for all browser specs; its URL reaches them through provide().
import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { serveDist } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  const server = await serveDist();
  project.provide('baseUrl', server.url);
  return () => server.close();
}
