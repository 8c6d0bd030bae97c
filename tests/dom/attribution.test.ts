// Sources where figures and data are shown: the presenter's figures slide names
// Statbel, and the licence texts are shown under the attribution, in the page.
import { describe, expect, it } from 'vitest';
import { openApp, waitFor } from './support/app';

describe('attribution', () => {
  it("names the source of the figures on the presenter's opening slide, not on a project slide", async () => {
    await openApp('#/presentatie/1');
    const source = await waitFor(() => document.querySelector('#presenter .presenter-source'), 'the source line');
    expect(source.textContent).toContain('Statbel, bevolking op 1 januari 2018');
    location.hash = '#/presentatie/2';
    await waitFor(
      () =>
        document.querySelector('#presenter .presenter-summary') &&
        !document.querySelector('#presenter .presenter-figures'),
      'a project slide',
    );
    expect(document.querySelector('#presenter .presenter-source')).toBeNull();
  });

  it("credits the map's boundaries on every slide, the opening one and a project's", async () => {
    await openApp('#/presentatie/1');
    for (const step of [1, 2]) {
      location.hash = `#/presentatie/${step}`;
      await waitFor(
        () => document.querySelector('#presenter .presenter-step')?.textContent?.startsWith(`${step} /`),
        `slide ${step}`,
      );
      expect(document.querySelector('#presenter .presenter-credit')?.textContent).toContain(
        'Statbel (open data), vereenvoudigd door Provincies in Cijfers',
      );
    }
  });

  it('says which figures come from which compilation, under which licence, and whose the names below the village are', async () => {
    await openApp('#/');
    const attribution = await waitFor(() => document.querySelector('.attribution'), 'the attribution');
    expect(attribution.textContent).toContain('via vandenbroucke/belgian_municipalities (GPL-3.0)');
    // Kern names are Provincies in Cijfers', not Statbel's (the sources name no other).
    expect(attribution.textContent).toContain('kernnamen: Provincies in Cijfers');
    const text = document.querySelector('details.licences .licence-text')?.textContent ?? '';
    expect(text).toMatch(
      /Population on 1 January 2018 per municipality.*vandenbroucke\/belgian_municipalities.*GPL-3\.0/s,
    );
  });

  it('shows the licence texts under the attribution, MIT notice of the postal codes included, as text', async () => {
    await openApp('#/');
    const licences = await waitFor(
      () => document.querySelector<HTMLDetailsElement>('details.licences'),
      'the licences',
    );
    expect(licences.querySelector('summary')?.textContent).toBe('Licenties van de gegevens');
    expect(licences.open).toBe(false);
    const text = licences.querySelector('.licence-text')?.textContent ?? '';
    expect(text).toContain('rubenv/belgium-zipcodes');
    expect(text).toContain('Copyright (C) 2013 by Ruben Vermeersch');
    expect(text).toContain('Permission is hereby granted, free of charge');
    expect(text).toContain(
      'Permission is hereby granted, free of charge, to any person obtaining a copy of this software',
    );
    // Text, not markup: each paragraph a <p> of text only.
    expect(
      [...licences.querySelectorAll('.licence-text > *')].every((p) => p.tagName === 'P' && p.children.length === 0),
    ).toBe(true);
    // No link to a file beside the page: the single-file build has none.
    expect(document.querySelector('a[href$="LICENSES.txt"]')).toBeNull();
  });
});
