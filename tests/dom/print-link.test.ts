// The printout's link and QR code follow the view, but after the frame that shows
// it: a click's task makes only what the user asked for (the panel), and a print
// started at any moment (beforeprint) still gets the link of the view on screen.
import { describe, expect, it } from 'vitest';
import { openApp, waitFor } from './support/app';

const link = () => document.getElementById('print-link')?.textContent ?? '';
const qr = () => document.querySelector('#print-qr svg');

/** The overview, once its printout's link and QR code are made; then a click on a project in the list. */
async function clickFromOverview(id: string, heading: string) {
  const app = await openApp('#/');
  await waitFor(() => qr() && link().endsWith('#/'), "the overview's link and QR code");
  const overviewQr = qr();
  app.click(`.project-list a[href="#/project/${id}"]`);
  await app.waitForHeading(heading);
  return overviewQr;
}

describe("the printout's link", () => {
  it('follows a new view after its frame, not in the task that shows it', async () => {
    const overviewQr = await clickFromOverview('w13', 'W13');
    // The click's task has shown the panel; the link is made after that frame.
    expect(link().endsWith('#/')).toBe(true);
    await waitFor(() => link().endsWith('#/project/w13'), "W13's link");
    expect(qr()).not.toBe(overviewQr);
  });

  it('is the view on screen in a print started right after a click', async () => {
    const overviewQr = await clickFromOverview('gent', 'Gent');
    dispatchEvent(new Event('beforeprint'));
    expect(link().endsWith('#/project/gent')).toBe(true);
    expect(qr()).not.toBe(overviewQr);
  });
});
