import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { textParagraphs } from '../../src/core/text-paragraphs';

describe('textParagraphs', () => {
  it('joins the lines of a paragraph, keeps each list item apart and drops underlines', () => {
    expect(textParagraphs('Title\n=====\n\nOne line\nand the next.\n\n- first item\n  goes on\n- second\n')).toEqual([
      'Title',
      'One line and the next.',
      '- first item goes on',
      '- second',
    ]);
  });

  it('keeps every word of the shipped licence texts, the MIT notice as whole paragraphs', () => {
    const text = readFileSync('public/LICENSES.txt', 'utf8');
    const paragraphs = textParagraphs(text);
    const words = (s: string) => s.split(/\s+/).filter((w) => w && !/^=+$/.test(w));
    expect(words(paragraphs.join(' '))).toEqual(words(text));
    expect(paragraphs).toContain('Copyright (C) 2013 by Ruben Vermeersch <ruben@savanne.be>');
    expect(
      paragraphs.some((p) =>
        p.startsWith('Permission is hereby granted, free of charge, to any person obtaining a copy of this software'),
      ),
    ).toBe(true);
    expect(paragraphs.filter((p) => p.startsWith('- '))).toHaveLength(7);
  });
});
