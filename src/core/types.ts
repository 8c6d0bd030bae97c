// The shapes of the app's data: the pilot projects file and the geo outputs.

import type { Lang } from './languages';

export type { Lang };
export type Text = Record<Lang, string>;

export interface Partner {
  name: string;
  type: string;
  /** The words of the project's source text that name it, verbatim. */
  phrase: string;
}

/** A target group: a word of the vocabulary, and the answer's own phrase that justifies it. */
export interface TargetGroup {
  type: string;
  /** Verbatim from the project's source text. */
  phrase: string;
}

export interface SubArea {
  code: string;
  label: Text;
}

/** Sentences as one paragraph. */
export function sentencesText(sentences: Sentence[], lang: Lang): string {
  return sentences.map((s) => s[lang]).join(' ');
}

/** A project's summary as one paragraph. */
export function summaryText(p: Pick<Project, 'summary'>, lang: Lang): string {
  return sentencesText(p.summary, lang);
}

/** The theme keys of a project. */
export function themeKeys(p: Pick<Project, 'themes'>): string[] {
  return p.themes.map((t) => t.type);
}

/**
 * A sentence, in every language, with the passages of the answer it rests on
 * (word for word); an overview sentence may rest on the question's own words
 * instead (`fromQuestion`), which are the questioner's, not the minister's.
 */
export type Sentence = Text & { from: string[]; fromQuestion?: string[] };

/** A tag (theme) with the words of the answer that justify it. */
export interface Tag {
  type: string;
  phrase: string;
}

export interface Project {
  id: string;
  name: string;
  municipalities: string[];
  summary: Sentence[];
  themes: Tag[];
  targetGroups: TargetGroup[];
  partners: Partner[];
  subAreas?: SubArea[];
  sourceHeading: string;
  sourceText: string;
}

export interface ProjectsDoc {
  source: Text;
  /** The overview's paragraph, sentence by sentence, each with the passages of the question and answer it rests on. */
  intro: Sentence[];
  themes: Record<string, Text>;
  targetGroupTypes: Record<string, Text>;
  partnerTypes: Record<string, Text>;
  projects: Project[];
}

/** A 2017 municipality as the geo build writes it (public/geo/base.topo.json). */
export interface Municipality {
  code: string;
  naam: string;
  /** Province NIS code in 2017. */
  prov: string;
  /** Legal population on 1 January 2018 (Statbel). */
  pop: number;
  /** Area in km² from the unsimplified source geometry. */
  km2: number;
  /** NIS code of the current (2025) municipality that contains it. */
  nu: string;
  /** Year of the merger that made that current municipality (1 January 2019 or 2025), if it merged. */
  fusie?: 2019 | 2025;
  /** Code of its eerstelijnszone (primary-care zone, current), e.g. "elz18". */
  elz: string;
}

export interface CurrentMunicipality {
  code: string;
  naam: string;
  prov: string;
}
