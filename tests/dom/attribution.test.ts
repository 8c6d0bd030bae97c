// Sources where figures and data are shown: the presenter's figures slide names
// Statbel, and the attribution links the licence texts shipped with the app.
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

  it('links the licence texts that ship with the app, MIT notice of the postal codes included', async () => {
    await openApp('#/');
    const link = await waitFor(() => document.querySelector<HTMLAnchorElement>('.attribution a[href="./LICENSES.txt"]'), 'the licences link');
    expect(link.textContent).toBe('Licenties van de gegevens');
    const { readFileSync } = await import('node:fs');
    const text = readFileSync('public/LICENSES.txt', 'utf8');
    expect(text).toContain('rubenv/belgium-zipcodes');
    expect(text).toContain('Copyright (C) 2013 by Ruben Vermeersch');
    expect(text).toContain('Permission is hereby granted, free of charge');
  });
});
