// A plain-text file hard-wrapped for a terminal (LICENSES.txt), as paragraphs a
// narrow panel can wrap itself: lines of one paragraph joined, each "- " item a
// paragraph of its own, "====" underlines dropped. No word is changed.
export function textParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  for (const block of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    let current: string | null = null;
    for (const raw of block.split('\n')) {
      const line = raw.trim();
      if (!line || /^=+$/.test(line)) continue;
      if (current === null || line.startsWith('- ')) {
        if (current !== null) paragraphs.push(current);
        current = line;
      } else current += ` ${line}`;
    }
    if (current !== null) paragraphs.push(current);
  }
  return paragraphs;
}
