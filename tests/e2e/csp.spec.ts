// The Content-Security-Policy of the production build. (Hostile routes and search
// input run in tests/dom: what matters there is that nothing is rendered as HTML.)
import { describe, expect, it } from 'vitest';
import { useApp } from './support/fixture';

const newApp = useApp();

describe('content security policy', () => {
  it('ships a CSP meta tag without unsafe-inline or unsafe-eval', async () => {
    const app = await newApp();
    await app.open('#/project/w13');
    await app.mapIdle();
    const csp = await app.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    // The shared after-test check asserts that no violation was reported.
  });
});
