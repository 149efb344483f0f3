import { describe, expect, it } from 'vitest';
import { europeMap, mapOutline, mapSprite } from '@/lib/geo/europe';
import { chartFileName, escapeXml, frameChartSvg, frameSize, spriteOutlines } from './chart-image';

describe('chartFileName', () => {
  it('slugs the name and adds the extension', () => {
    expect(chartFileName('country-spread', 'png')).toBe('country-spread.png');
    expect(chartFileName('Sector coverage (2026)', 'svg')).toBe('sector-coverage-2026.svg');
    expect(chartFileName('Financement été', 'png')).toBe('financement-ete.png');
  });

  it('never yields an empty name or a path', () => {
    expect(chartFileName('../../etc/passwd', 'svg')).toBe('etc-passwd.svg');
    expect(chartFileName('***', 'png')).toBe('chart.png');
  });
});

describe('escapeXml', () => {
  it('escapes markup characters and drops control characters XML forbids', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>\u0007`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;');
  });
});

describe('frameChartSvg', () => {
  it('puts a background, the title, the chart and the source line into one SVG', () => {
    const svg = frameChartSvg({
      chart: '<svg width="100" height="50"></svg>',
      width: 100,
      height: 50,
      title: 'Funding <EU & national>',
      source: 'Source: EuroHPC JU',
      background: '#fff',
      ink: 'rgb(22, 24, 27)',
      muted: '#555',
      fontFamily: '"Inter", sans-serif',
    });
    expect(frameSize(100, 50)).toEqual({ width: 132, height: 133 });
    expect(svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="132" height="133" viewBox="0 0 132 133">' +
        '<rect width="100%" height="100%" fill="#fff"/>' +
        '<text x="16" y="28.8" fill="rgb(22, 24, 27)" font-family="&quot;Inter&quot;, sans-serif" font-size="16" font-weight="700">Funding &lt;EU &amp; national&gt;</text>' +
        '<g transform="translate(16 44)"><svg width="100" height="50"></svg></g>' +
        '<text x="16" y="117" fill="#555" font-family="&quot;Inter&quot;, sans-serif" font-size="11">Source: EuroHPC JU</text>' +
        '</svg>',
    );
  });
});

describe('chartFileName, long names', () => {
  it('keeps the first 80 characters of the slug', () => {
    expect(chartFileName('a'.repeat(100), 'png')).toBe(`${'a'.repeat(80)}.png`);
  });
});

describe('spriteOutlines', () => {
  it('reads every outline of the map sprite by its id', () => {
    const sprite = mapSprite();
    const outlines = spriteOutlines(sprite);
    const geometry = europeMap();
    expect(outlines.size).toBe(geometry.countries.length);
    for (const [i, c] of mapOutline().countries.entries()) expect(outlines.get(c.id)).toBe(geometry.countries[i]!.d);
  });

  it('finds nothing in a file that is not a sprite', () => {
    expect(spriteOutlines('<html><body>Not found</body></html>').size).toBe(0);
  });
});
