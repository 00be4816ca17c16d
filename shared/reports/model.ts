import type { BenchmarkBarsInput } from '../charts/benchmarkBars';
import type { BlockBarsInput } from '../charts/blockBars';
import type { BlockRadarInput } from '../charts/blockRadar';
import type { PerceptionGapsInput } from '../charts/perceptionGaps';
import type { PyramidChartInput } from '../charts/pyramidChart';
import type { RoadmapTimelineInput } from '../charts/roadmapTimeline';
import type { AnswerDistributionInput } from '../charts/answerDistribution';
import type { KeyResultTrendInput } from '../charts/keyResultTrend';
import type { RoundDeltasInput } from '../charts/roundDeltas';
import type { ShiftsChartInput } from '../charts/shiftsChart';
import type { Language } from '../domain/identifiers';

/**
 * A report as data: what the document says, in which order, already in its language and with its numbers
 * formatted. Plain JSON (no functions, no bytes), so it can be snapshot-tested and every report kind
 * (management, roadmap, recognition dossier) shares one Word renderer (`main/report`).
 */

/** A piece of running text; plain strings are ordinary runs. */
export type Inline = string | { text: string; bold?: boolean; italic?: boolean };

export type Align = 'left' | 'right' | 'center';

export interface TableCell {
  text: string;
  align?: Align;
  bold?: boolean;
  /** Greyed: a value left out, or a note such as "suppressed (n < 3)". */
  muted?: boolean;
  /** A tinted background: `accent` marks the client's own row, `band` a benchmark band. */
  shade?: 'accent' | 'band';
}

export interface TableColumn {
  header: string;
  align: Align;
  /** Relative width; the renderer scales the columns to the page width. */
  weight: number;
}

/**
 * A chart is the name of one of the builders in `shared/charts` and its input. The renderer calls the
 * builder with the report's chart style, so the document and the screen draw the very same chart.
 */
export type ChartSpec =
  | { builder: 'blockRadar'; input: BlockRadarInput }
  | { builder: 'blockBars'; input: BlockBarsInput }
  | { builder: 'benchmarkBars'; input: BenchmarkBarsInput }
  | { builder: 'perceptionGaps'; input: PerceptionGapsInput }
  | { builder: 'pyramidChart'; input: PyramidChartInput }
  | { builder: 'shiftsChart'; input: ShiftsChartInput }
  | { builder: 'roundDeltas'; input: RoundDeltasInput }
  | { builder: 'roadmapTimeline'; input: RoadmapTimelineInput }
  | { builder: 'answerDistribution'; input: AnswerDistributionInput }
  | { builder: 'keyResultTrend'; input: KeyResultTrendInput };

export type ReportBlock =
  /** Level 1 starts a chapter (on a new page); levels 1–3 feed the table of contents. */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; content: Inline[]; variant?: 'body' | 'lead' | 'note' }
  | { kind: 'bullets'; items: Inline[][] }
  | {
      kind: 'table';
      id: string;
      caption: string;
      columns: TableColumn[];
      rows: TableCell[][];
      /** Under the table, small: what an abbreviation or a dash means. */
      note?: string;
    }
  | {
      kind: 'chart';
      id: string;
      caption: string;
      /** Alt text: the chart's content in one or two sentences, for screen readers and for Word's alt text. */
      alt: string;
      chart: ChartSpec;
      /** Drawing size in CSS pixels (96 per inch); the image is rendered at print resolution from it. */
      width: number;
      height: number;
    }
  /** A figure that cannot be drawn, with the reason, in place of the figure. */
  | { kind: 'absent'; caption: string; reason: string }
  /** The contents: the chapters and their sections (heading levels 1 and 2), each a link to its heading. */
  | { kind: 'toc'; title: string };

export interface ReportBranding {
  firmName: string;
  /** `#rrggbb`: headings, the cover and the client's series in charts. */
  accent: string;
  /** The document's font (Word falls back when it is not installed). */
  font: string;
  /** Present when a usable logo was given; the bytes travel beside the model (see `ReportAssets`). */
  logo: { type: 'png' | 'jpg' | 'svg'; width: number; height: number } | null;
}

export interface ReportDocument {
  kind: 'management' | 'roadmap' | 'dossier';
  /**
   * The document's date in its properties (`docProps/core.xml`) and its zip entries, when it must repeat byte
   * for byte (a dossier's package); the moment of rendering when absent.
   */
  fixedDate?: string;
  language: Language;
  /** Document properties (File > Properties) and the running header. */
  title: string;
  subject: string;
  /** A visible mark on every page while the round is not finalized. */
  draft: { label: string } | null;
  branding: ReportBranding;
  cover: {
    title: string;
    subtitle: string;
    /** Client, engagement, round, date, consultant: label and value, already formatted. */
    facts: { label: string; value: string }[];
    confidentiality: string;
  };
  /** Running header (left) and the footer's page label ("Page 3 of 12"). */
  header: string;
  footer: { page: string; of: string };
  body: ReportBlock[];
  /** Why a figure or section is absent, in the report's language (also shown to the user after export). */
  warnings: string[];
}

/** The bytes a model refers to. */
export interface ReportAssets {
  logo: { type: 'png' | 'jpg' | 'svg'; data: Uint8Array } | null;
}
