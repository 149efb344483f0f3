// The frame every slide shares: a title, the figure's takeaway in large type, its drawing, the source; and the shared
// map as a screen shows it.
import { useTranslations } from 'next-intl';
import type { MapOutline, Point } from '@/lib/geo/europe';
import type { SlideId } from '@/lib/url/present';
import { filterCaption } from '@/lib/views/caption';
import type { CountryRole } from '@/lib/views/countries';
import type { FilteredView } from '@/lib/views/filtered';
import type { Message } from '@/lib/i18n/message';
import { EuropeMap, type MapBox } from '@/components/charts/europe-map';
import { useChartWords } from '@/components/words/use-chart-words';
import { useFormats } from '@/components/words/use-formats';
import { useSentences } from '@/components/words/use-sentences';
import styles from './present-slides.module.css';

export interface PresentMapGeometry {
  outline: MapOutline;
  /** Projected factory and antenna positions, by id. */
  points: Record<string, Point>;
}

/** Characters past which a takeaway takes the smaller size (about three lines of the side layout at 1280×720). */
const LONG_TAKEAWAY = 110;

/** The part of the Europe box with every site in it, from Iceland to Cyprus: the screen shows Europe large. */
const SCREEN_CROP: MapBox = { x: 230, y: 84, width: 650, height: 634 };

/** The `present` messages, the sentences of the view models and the chart words, in the page's language. */
export function useWords(view: FilteredView) {
  return { t: useTranslations('present'), say: useSentences(view.data.sectors), chart: useChartWords() };
}

/** The shared map, as a screen shows it: large, cropped, no text inside (labels live in HTML). */
export function ScreenMap({ map, roles, factoryIds, antennaIds, highlight, label }: {
  map: PresentMapGeometry;
  roles: Record<string, CountryRole>;
  factoryIds: readonly string[];
  antennaIds: readonly string[];
  highlight?: string;
  label: string;
}) {
  const dot = (kind: 'factory' | 'antenna') => (id: string) => {
    const p = map.points[id];
    return p ? [{ id, kind, x: p[0], y: p[1] }] : [];
  };
  return (
    <EuropeMap
      outline={map.outline}
      roles={roles}
      dots={[...antennaIds.flatMap(dot('antenna')), ...factoryIds.flatMap(dot('factory'))]}
      label={label}
      look="screen"
      crop={SCREEN_CROP}
      highlight={highlight}
    />
  );
}

export interface SlideProps {
  view: FilteredView;
  map: PresentMapGeometry;
}

export function Frame({
  id,
  title,
  takeaway,
  layout = 'stack',
  aside,
  view,
  children,
}: {
  id: SlideId;
  title: string;
  takeaway: readonly Message[];
  layout?: 'stack' | 'side';
  aside?: React.ReactNode;
  view: FilteredView;
  children?: React.ReactNode;
}) {
  const { t, say } = useWords(view);
  const fmt = useFormats();
  const caption = filterCaption(view.filters);
  const sentence = say(takeaway);
  return (
    <section className={styles.slide} data-slide={id} data-layout={layout} aria-roledescription="slide" aria-label={title}>
      <header className={styles.head}>
        <h2 className={styles.title}>{title}</h2>
        <p className={styles.takeaway} data-testid="slide-takeaway" data-long={sentence.length > LONG_TAKEAWAY || undefined}>
          {sentence}
        </p>
        {aside}
      </header>
      <div className={styles.body} data-slide-body>
        {children}
      </div>
      <footer className={styles.foot}>
        <p className={styles.source}>{t('source', { date: fmt.date(view.data.asOf) })}</p>
        {caption && <p className={styles.caption}>{say(caption)}</p>}
      </footer>
    </section>
  );
}

