// The data series every chart colours by (a timeline's event kinds among them): one name each, one colour token each (`--c-<series>` in
// app/globals.css), one legend label each (`series.<name>` in the messages). Surfaces never name a colour.

export type Series =
  | 'host'
  | 'partner'
  | 'antenna'
  | 'eu'
  | 'national'
  | 'unsplit'
  /** A wave's announced total less its stated EU part: national money, or money no source splits. */
  | 'rest'
  | 'sector'
  | 'selected'
  | 'antennas'
  /** A factory's start of services. */
  | 'launch'
  | 'operational';

interface Segment {
  series: Series;
  value: number;
}

/** What a bar is called: a country (named in the page's language) or a name as the data gives it. */
export type BarLabel = { country: string } | { text: string };

/** One bar: a label, its total (null: not disclosed, never drawn as zero) and its stacked parts. */
export interface BarRow {
  key: string;
  label: BarLabel;
  total: number | null;
  /** The total is a stated lower bound ("over €500 m"). */
  atLeast?: boolean;
  segments: Segment[];
}

/** A bar chart as every surface draws it: the rows on one scale, the unit of their figures and the legend. */
export interface BarChart {
  unit: 'count' | 'eur';
  rows: BarRow[];
  legend: Series[];
}
