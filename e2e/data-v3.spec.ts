// Every figure with its source, every date with its status. On the bundled data: each figure of each factory page
// has references that link to that page's source list. On the hostile build (e2e/fixtures/hostile.json, served at
// PORTS.hostile): IT4LIA's supercomputer was planned for 2025 and is not reported by the check of 26 November 2026,
// so its page and the dashboard's timeline call it overdue, in English and in German; Mimer, last checked more than 90 days before the data's
// date, says so.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PORTS } from './ports';

interface Record {
  id: string;
  name: string;
  selectedOn: string;
  partnerCountries: string[];
  sectors: string[];
  funding: { totalEur: number | null; euEur: number | null; nationalEur: number | null };
  events: { kind: 'launch' | 'operation'; date: string; status: string }[];
  sources: { id: string; url: string; title: string }[];
}
const data = JSON.parse(readFileSync('data/ai-factories.json', 'utf8')) as { asOf: string; factories: Record[] };
const HOSTILE = `http://127.0.0.1:${PORTS.hostile}`;

/** The figures a record states, as the page marks them (`data-figure`). */
function statedFigures(f: Record): string[] {
  const money = (['totalEur', 'euEur', 'nationalEur'] as const).filter((k) => f.funding[k] !== null).map((k) => `funding.${k}`);
  return [
    ...(f.partnerCountries.length ? ['partnerCountries'] : []),
    ...(f.sectors.length ? ['sectors'] : []),
    'supercomputer',
    ...money,
    ...f.events.map((e) => `events.${e.kind}`),
  ];
}

/** Each reference of a figure: its number, where it links, and the text of the list item it lands on. */
function references(page: Page, figure: string) {
  return page.locator(`[data-figure="${figure}"] sup[data-refs] a`).evaluateAll((links) =>
    links.map((a) => {
      const target = document.getElementById((a.getAttribute('href') ?? '').slice(1));
      return { href: a.getAttribute('href'), inSources: !!target?.closest('section[aria-labelledby="sources"] ol'), target: target?.textContent ?? '' };
    }),
  );
}

test('every stated figure on every factory page has references that link to the page’s own sources', async ({ page }) => {
  test.setTimeout(90_000);
  for (const f of data.factories) {
    await page.goto(`/factories/${f.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(f.name);
    const sources = page.locator('section[aria-labelledby="sources"] > ol > li');
    await expect(sources).toHaveCount(f.sources.length);
    for (const figure of statedFigures(f)) {
      const refs = await references(page, figure);
      expect(refs.length, `${f.id} ${figure} has a reference`).toBeGreaterThan(0);
      for (const r of refs) {
        expect(r.href, `${f.id} ${figure}`).toMatch(/^#source-\d+$/);
        expect(r.inSources, `${f.id} ${figure} ${r.href} lands in the source list`).toBe(true);
      }
    }
    // The selection date's references sit in the lede.
    await expect(page.locator('header sup[data-refs] a').first()).toHaveAttribute('href', /^#source-\d+$/);
    await expect(page.getByText(/^Last checked against its sources on /)).toBeVisible();
  }
});

test('IT4LIA’s €420 m names the sources that state it, and its launch is not its machine’s start', async ({ page }) => {
  await page.goto('/factories/it4lia');
  const total = await references(page, 'funding.totalEur');
  expect(total.map((r) => r.target)).toEqual([expect.stringContaining('AgID'), expect.stringContaining('Resto del Carlino')]);
  await expect(page.locator('[data-figure="events.launch"] [data-status]')).toHaveAttribute('data-status', 'reported');
  await expect(page.locator('[data-figure="events.launch"]')).toContainText('5 September 2025, reported');
  await expect(page.locator('[data-figure="events.operation"] [data-status]')).toHaveAttribute('data-status', 'overdue');
  await page.locator('[data-figure="funding.totalEur"] sup a').first().click();
  await expect(page).toHaveURL(/#source-\d+$/);
});

test('a planned date that has passed unreported reads as overdue on the bundled data (the Dutch AI Factory)', async ({ page }) => {
  await page.goto('/factories/nlaif');
  const launch = page.locator('[data-figure="events.launch"] [data-status]');
  await expect(launch).toHaveAttribute('data-status', 'overdue');
  await expect(launch).toContainText(`planned for April 2026; not reported as of ${new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${data.asOf}T00:00:00Z`))}`);
  await expect(launch).toContainText('overdue');
  await expect(page.locator('[data-figure="events.operation"] [data-status]')).toHaveAttribute('data-status', 'planned');
});

test.describe('the hostile build', () => {
  test.use({ baseURL: HOSTILE });

  test('shows a planned date passed before the check as overdue, in English and in German', async ({ page }) => {
    await page.goto('/factories/it4lia');
    const operation = page.locator('[data-figure="events.operation"] [data-status]');
    await expect(operation).toHaveAttribute('data-status', 'overdue');
    await expect(operation).toHaveText('planned for 2025; not reported as of 26 November 2026overdue');
    await expect(page.locator('[data-figure="events.launch"] [data-status]')).toHaveAttribute('data-status', 'reported');

    await page.goto('/de/factories/it4lia');
    await expect(operation).toHaveAttribute('data-status', 'overdue');
    await expect(operation).toHaveText('geplant für 2025; Stand 26. November 2026 nicht gemeldetüberfällig');
  });

  test('draws the overdue step apart in the timeline, with its legend, in English and in German', async ({ page }) => {
    // The timeline names the factory (its short name, IT4LIA) and the step, not the machine's description.
    const step = page.getByTestId('timeline').locator('li[data-status="overdue"]').filter({ hasText: 'IT4LIA' });
    await page.goto('/#timeline');
    await expect(step).toContainText('overdue: not reported as of 26 November 2026');
    // A broken ring, not a filled dot: the marker itself says the date is no longer a promise the data backs.
    expect(await step.evaluate((li) => getComputedStyle(li, '::before').borderTopStyle)).toBe('dashed');
    await expect(page.locator('#timeline ul li').filter({ hasText: 'planned, date passed without a report' })).toHaveCount(1);
    await expect(page.getByTestId('timeline').locator('li[data-status="reported"]').filter({ hasText: 'IT4LIA starts its services' })).toHaveCount(1);

    await page.goto('/de#timeline');
    await expect(step).toContainText('überfällig: Stand 26. November 2026 nicht gemeldet');
    await expect(page.locator('#timeline ul li').filter({ hasText: 'geplant, Termin ohne Meldung verstrichen' })).toHaveCount(1);
  });

  test('says so on the page of a record unchecked for more than 90 days, and only there', async ({ page }) => {
    await page.goto('/factories/mimer');
    await expect(page.getByTestId('stale')).toHaveText(
      'This record has not been checked against its sources for more than 90 days: last checked on 2 July 2026, while the data is as of 26 November 2026.',
    );
    await page.goto('/factories/lumi-aif');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('stale')).toHaveCount(0);
  });
});

test('/about cites the dataset with its check date as version, in text and BibTeX', async ({ page }) => {
  await page.goto('/about');
  await expect(page.getByRole('heading', { name: 'Cite this dataset' })).toBeVisible();
  await expect(page.getByTestId('citation-text')).toContainText(`version ${data.asOf}`);
  await expect(page.getByTestId('citation-bibtex')).toContainText(`version = {${data.asOf}}`);
  await page.goto('/de/about');
  await expect(page.getByRole('heading', { name: 'Diesen Datensatz zitieren' })).toBeVisible();
  await expect(page.getByTestId('citation-bibtex')).toContainText(`version = {${data.asOf}}`);
});

test('the gigafactory status line is the page’s own language', async ({ page }) => {
  await page.goto('/de');
  await expect(page.getByText(/Noch ist keine KI-Gigafabrik ausgewählt; die Ausschreibung wurde am 30\. Juli 2026 eröffnet\./)).toBeVisible();
});

test('the JSON carries per-figure sources and dated events; the CSV the status of each date and the funding sources', async ({ request }) => {
  const json = (await (await request.get('/data/ai-factories.json')).json()) as { factories: (Record & { cite: object; supercomputer: object })[] };
  const it4lia = json.factories.find((f) => f.id === 'it4lia')!;
  expect(it4lia.cite).toMatchObject({ 'funding.totalEur': ['carlino', 'agid'] });
  expect(it4lia.events.map((e) => [e.kind, e.status])).toEqual([['launch', 'reported'], ['operation', 'planned']]);
  expect(it4lia.supercomputer).not.toHaveProperty('operationalFrom');

  const csv = (await (await request.get('/data/ai-factories.csv')).text()).replace(/^\uFEFF/, '');
  const [header, ...rows] = csv.trim().split('\r\n');
  const columns = header!.split(',');
  for (const c of ['launch_date', 'launch_status', 'operation_status', 'funding_sources', 'checked_on']) expect(columns).toContain(c);
  const row = rows.find((r) => r.startsWith('nlaif,'))!;
  expect(row).toContain('2026-04,overdue');
});
