// Sources where figures and data are shown: the presenter's figures slide names
// Statbel, and the licence texts are shown under the attribution, in the page.
import { describe, expect, it } from 'vitest';
import { openApp, waitFor } from './support/app';

describe('attribution', () => {
  it('names the source of the figures on the presenter\'s opening slide, not on a project slide', async () => {
    await openApp('#/presentatie/1');
    const source = await waitFor(() => document.querySelector('#presenter .presenter-source'), 'the source line');
    expect(source.textContent).toContain('Statbel, bevolking op 1 januari 2018');
    location.hash = '#/presentatie/2';
    await waitFor(() => document.querySelector('#presenter .presenter-summary') && !document.querySelector('#presenter .presenter-figures'), 'a project slide');
    expect(document.querySelector('#presenter .presenter-source')).toBeNull();
  });

  it('shows the licence texts under the attribution, MIT notice of the postal codes included, as text', async () => {
    await openApp('#/');
    const licences = await waitFor(() => document.querySelector<HTMLDetailsElement>('details.licences'), 'the licences');
    expect(licences.querySelector('summary')?.textContent).toBe('Licenties van de gegevens');
    expect(licences.open).toBe(false);
    const text = licences.querySelector('.licence-text')?.textContent ?? '';
    expect(text).toContain('rubenv/belgium-zipcodes');
    expect(text).toContain('Copyright (C) 2013 by Ruben Vermeersch');
    expect(text).toContain('Permission is hereby granted, free of charge');
    expect(text).toContain('Permission is hereby granted, free of charge, to any person obtaining a copy of this software');
    // Text, not markup: each paragraph a <p> of text only.
    expect([...licences.querySelectorAll('.licence-text > *')].every((p) => p.tagName === 'P' && p.children.length === 0)).toBe(true);
    // No link to a file beside the page: the single-file build has none.
    expect(document.querySelector('a[href$="LICENSES.txt"]')).toBeNull();
  });
});
