// What the presenter's console shows beside the slide, as data: the answer's own
// text for a project with the passages its sentences rest on marked, the time
// since the talk began, and which screen the slide should go to.
import type { Project } from './types';

export interface Segment {
  text: string;
  /** A passage one of the summary's sentences rests on. */
  marked: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The source text as paragraphs of segments, the passages marked. Passages are
 * word for word but for whitespace (validation allows that), so they are found
 * with any run of whitespace between words; overlapping passages merge into one
 * marked stretch. A passage not found marks nothing (validation has refused it).
 */
export function markPassages(text: string, passages: readonly string[]): Segment[][] {
  const ranges: [number, number][] = [];
  for (const passage of passages) {
    const words = passage.trim().split(/\s+/).filter(Boolean);
    if (!words.length) continue;
    const found = new RegExp(words.map(escapeRegExp).join('\\s+')).exec(text);
    if (found) ranges.push([found.index, found.index + found[0].length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  const flat: Segment[] = [];
  let at = 0;
  for (const [from, to] of merged) {
    if (from > at) flat.push({ text: text.slice(at, from), marked: false });
    flat.push({ text: text.slice(from, to), marked: true });
    at = to;
  }
  if (at < text.length) flat.push({ text: text.slice(at), marked: false });
  // Paragraphs are the source's lines; a marked stretch may run across one.
  const paragraphs: Segment[][] = [[]];
  for (const seg of flat) {
    seg.text.split('\n').forEach((piece, i) => {
      if (i > 0) paragraphs.push([]);
      if (piece) paragraphs[paragraphs.length - 1]!.push({ text: piece, marked: seg.marked });
    });
  }
  return paragraphs.filter((p) => p.length > 0);
}

/** Every passage a project's summary rests on, in the order of its sentences. */
export function passagesOf(project: Pick<Project, 'summary'>): string[] {
  return [...new Set(project.summary.flatMap((s) => s.from))];
}

/** Elapsed time as a presenter reads it: "0:00", "12:05", "1:02:03". */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600),
    m = Math.floor((total % 3600) / 60),
    s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** A screen as the Window Management API describes it (the fields we read). */
export interface ScreenInfo {
  left: number;
  top: number;
  isPrimary?: boolean;
  isInternal?: boolean;
}

/**
 * The screen the slide should go to: another screen than the console's, an
 * external one (a projector) first. Null with a single screen.
 */
export function otherScreen<S extends ScreenInfo>(screens: readonly S[], current: ScreenInfo): S | null {
  const others = screens.filter((s) => s.left !== current.left || s.top !== current.top);
  return others.find((s) => s.isInternal === false) ?? others[0] ?? null;
}
