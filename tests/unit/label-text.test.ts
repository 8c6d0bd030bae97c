import { describe, expect, it } from 'vitest';
import { LABEL_WRAP_AT, wrapLabel } from '../../src/core/label-text';

describe('map label text', () => {
  it('keeps a name of 16 characters or fewer on one line', () => {
    expect(LABEL_WRAP_AT).toBe(16);
    expect(wrapLabel('Sint-Niklaas')).toBe('Sint-Niklaas');
    expect(wrapLabel('Wetteren Wichele')).toBe('Wetteren Wichele'); // 16: still one line
  });

  it('breaks a longer name once, at the space nearest its middle', () => {
    expect(wrapLabel('Wetteren, Wichelen en Laarne')).toBe('Wetteren, Wichelen\nen Laarne');
    expect(wrapLabel('Diest en Scherpenheuvel-Zichem')).toBe('Diest en\nScherpenheuvel-Zichem');
    expect(wrapLabel('aaaa bbbbbbbbbbbbbbbb cc')).toBe('aaaa\nbbbbbbbbbbbbbbbb cc'); // 8 from the middle against 9
    expect(wrapLabel('aaaaaaaaaa bbbbbbbbbb')).toBe('aaaaaaaaaa\nbbbbbbbbbb');
    // Of two spaces as near the middle, the first.
    expect(wrapLabel('aaaaaaaa bbb ccccccc')).toBe('aaaaaaaa\nbbb ccccccc'); // spaces at 8 and 12, both 2 from the middle
  });

  it('never breaks inside a word or at a hyphen, and takes its own width', () => {
    expect(wrapLabel('Scherpenheuvel-Zichem')).toBe('Scherpenheuvel-Zichem');
    expect(wrapLabel('Kortrijk Aalbeke', 8)).toBe('Kortrijk\nAalbeke');
    expect(wrapLabel('Kortrijk', 8)).toBe('Kortrijk');
  });
});
