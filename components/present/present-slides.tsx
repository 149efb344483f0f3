// One slide at a time, drawn from the view models of the shown factories: a figure's slide (figure-slides.tsx), a
// factory's spotlight, or the empty slide. The same models, and so the same figures and sentences, as the dashboard.
import { useTranslations } from 'next-intl';
import type { Factory } from '@/lib/data/schema';
import { isSlideFigure } from '@/lib/figures/registry';
import { spotlightOf, type SlideId } from '@/lib/url/present';
import { message } from '@/lib/i18n/message';
import { spotlightModel } from '@/lib/views/spotlight';
import { SLIDES } from './figure-slides';
import { Frame, ScreenMap, useWords, type SlideProps } from './slide-frame';
import styles from './present-slides.module.css';

export type { PresentMapGeometry } from './slide-frame';

function SpotlightSlide({ view, map, factory }: SlideProps & { factory: Factory }) {
  const { t, say } = useWords(view);
  const model = spotlightModel(factory, view.antennas);
  return (
    <Frame
      id={`spotlight-${factory.id}`}
      title={factory.name}
      takeaway={model.takeaway}
      layout="side"
      view={view}
      aside={
        <dl className={styles.facts}>
          {model.facts.map(({ term, value }) => (
            <div key={term}>
              <dt>{t(term)}</dt>
              <dd>{say(value)}</dd>
            </div>
          ))}
        </dl>
      }
    >
      <ScreenMap
        map={map}
        roles={model.roles}
        factoryIds={[factory.id]}
        antennaIds={model.antennaIds}
        highlight={factory.id}
        label={say(model.map)}
      />
    </Frame>
  );
}

export function PresentSlide({ slide, view, map }: { slide: SlideId } & SlideProps) {
  const t = useTranslations('present');
  const spotlight = spotlightOf(slide);
  if (spotlight) {
    const factory = view.factories.find((f) => f.id === spotlight);
    if (factory) return <SpotlightSlide view={view} map={map} factory={factory} />;
  }
  if (isSlideFigure(slide)) {
    const Slide = SLIDES[slide];
    return <Slide view={view} map={map} />;
  }
  return <Frame id="empty" title={t('emptyTitle')} takeaway={[message('noMatch')]} view={view} />;
}
