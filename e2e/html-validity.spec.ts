// The W3C Nu HTML checker (vnu.jar from the pinned vnu-jar package, run on the machine's Java) on the pages the
// quality checks cover (a11y.spec.ts), as the server sends them: no error.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readDataset } from './helpers';

// The jar the pinned vnu-jar package ships (its own launcher would download a Java where none is found).
const vnu = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar');
const data = readDataset();
const factory = data.factories[0]!;
const PAGES = [
  '/',
  '/about',
  '/find',
  `/compare?ids=${data.factories.slice(0, 3).map((f) => f.id).join(',')}`,
  `/factories/${factory.id}`,
  '/factories/no-such-factory',
  '/present',
  '/embed/map',
  '/el',
];

/**
 * The checker's CSS parser lags the CSS this site uses and browsers support: the SVG `r` property, container queries,
 * `font-size` with `var()` nested in `clamp()`. Those messages, exactly, are set aside; every other one fails.
 */
const CHECKER_CSS_GAPS = [/^CSS: “(r|container-type)”: Property “\1” doesn't exist\.$/, /^CSS: “font-size”: Parse Error\.$/];

interface NuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

test('the W3C Nu checker finds no error on the checked pages', async ({ request }) => {
  test.setTimeout(90_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'nu-'));
  try {
    const files = await Promise.all(
      PAGES.map(async (page, i) => {
        const file = path.join(dir, `${i}.html`);
        writeFileSync(file, await (await request.get(page)).text());
        return file;
      }),
    );
    // One Java start for all pages; --exit-zero-always: the JSON report, not the exit code, says what is wrong.
    const report = execFileSync('java', ['-jar', vnu, '--errors-only', '--exit-zero-always', '--stdout', '--format', 'json', ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 24 });
    const messages = (JSON.parse(report) as { messages: NuMessage[] }).messages;
    const errors = messages.filter((m) => !CHECKER_CSS_GAPS.some((gap) => gap.test(m.message))).map((m) => {
      const page = PAGES[Number(path.basename(m.url).replace(/\.html$/, '').replace(/^.*\//, ''))];
      return `${page}:${m.lastLine ?? '?'} ${m.message} ${m.extract ?? ''}`.trim();
    });
    expect(errors).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
