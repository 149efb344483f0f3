// The drawings under golden files: each is rendered on the server for a fixed model (the fixtures' dataset, in
// English) and compared with its committed output in test/drawings/. A change to a drawing shows in review as a diff
// of its HTML; a drawing that breaks (every bar at zero width, every marker at the origin) fails here, not in an eye.
// After an intended change: `npx vitest run test/drawings.test.tsx -u`, then read the diff.
import { NextIntlClientProvider } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Bars } from '@/components/charts/bars';
import { CountryMap } from '@/components/charts/country-map';
import { EuropeMap } from '@/components/charts/europe-map';
import { TimelineList } from '@/components/charts/timeline-list';
import { useChartWords } from '@/components/words/use-chart-words';
import { CompareTable } from '@/components/compare/compare-table';
import { mapOutline } from '@/lib/geo/europe';
import { compareModel } from '@/lib/views/compare';
import { countriesModel } from '@/lib/views/countries';
import { fundingModel } from '@/lib/views/funding';
import { mapMarkers } from '@/lib/views/map-markers';
import { timelineModel } from '@/lib/views/timeline';
import { dataset, view } from './fixtures';
import { messagesOf, sentencesFor, wordsFor } from './i18n';
import { renderSentences } from '@/lib/i18n/render-message';

const messages = messagesOf('en');
/** Only the fixtures' countries: the whole of Europe would bury a change in lines of unchanged outlines. */
const SHOWN = new Set(['IT', 'SE', 'FI', 'AT', 'SI', 'NO', 'MT']);
const full = mapOutline();
const geometry = { ...full, countries: full.countries.filter((c) => c.code && SHOWN.has(c.code)) };
const markers = mapMarkers(dataset, wordsFor('map'));
const say = (m: Parameters<typeof renderSentences>[0][number]) => renderSentences([m], sentencesFor('en', dataset.sectors));

/** Server HTML of a drawing in English, one element per line so a diff points at the element that changed. */
function render(node: React.ReactNode): string {
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale="en" messages={messages} timeZone="UTC">
      {node}
    </NextIntlClientProvider>,
  );
  return `${html.replace(/></g, '>\n<')}\n`;
}

/** The HTML bars need the chart words, which a hook gives: this is the island's own way of getting them. */
function FundingBars() {
  return <Bars chart={fundingModel(view()).factoryBars} words={useChartWords()} layout="inline" label="Investment per factory" />;
}

describe('drawings, rendered on the server for a fixed model', () => {
  it('the HTML bars', async () => {
    await expect(render(<FundingBars />)).toMatchFileSnapshot('drawings/bars.html');
  });

  it('the Europe map, as screen mode draws it', async () => {
    const model = countriesModel(view());
    const dots = markers.map((m) => ({ id: m.id, kind: m.kind, x: m.x, y: m.y }));
    const map = <EuropeMap outline={geometry} roles={model.roles} dots={dots} label="Europe" look="screen" highlight="alpha" />;
    await expect(render(map)).toMatchFileSnapshot('drawings/europe-map.html');
  });

  it('the country map, with its markers, links and legend', async () => {
    const model = countriesModel(view());
    await expect(render(<CountryMap geometry={geometry} markers={markers} roles={model.roles} selected={['IT']} />)).toMatchFileSnapshot('drawings/country-map.html');
  });

  it('the timeline list', async () => {
    await expect(render(<TimelineList model={timelineModel(view())} factories={dataset.factories} say={say} />)).toMatchFileSnapshot('drawings/timeline-list.html');
  });

  it('the compare table', async () => {
    const model = compareModel(dataset, ['alpha', 'gamma']);
    const table = <CompareTable model={model} sectorLabel={(slug) => slug} without={(id) => `/compare?without=${id}`} />;
    await expect(render(table)).toMatchFileSnapshot('drawings/compare-table.html');
  });
});
