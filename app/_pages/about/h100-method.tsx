// The method behind every H100-equivalent the site shows (the compute figure, the key figures, the factory pages link
// here): the chip table and its method as data/chips.json holds them, in English, with their sources.
import type { ChipTable } from '@/lib/data/schema';
import type { Formats } from '@/lib/i18n/format';

type Translate = (key: string) => string;

export function H100Method({ chips, t, fmt }: { chips: ChipTable; t: Translate; fmt: Formats }) {
  const tflops = (value: number | null) => (value === null ? fmt.notDisclosed : fmt.number(value));
  return (
    <section aria-labelledby="h100-equivalents">
      <h2 id="h100-equivalents">{t('h100Title')}</h2>
      <p>{t('h100Intro')}</p>
      <p lang="en">{chips.method}</p>
      <div className="table-scroll">
        <table>
          <caption>{t('h100Chips')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('h100Chip')}</th>
              <th scope="col">{t('h100Fp16')}</th>
              <th scope="col">{t('h100Fp8')}</th>
              <th scope="col">{t('h100Sources')}</th>
            </tr>
          </thead>
          <tbody>
            {chips.chips.map((c) => (
              <tr key={c.id} data-chip={c.id}>
                <th scope="row" lang="en">
                  {c.vendor} {c.name}
                </th>
                <td className="num">{tflops(c.denseTflops.fp16)}</td>
                <td className="num">{tflops(c.denseTflops.fp8)}</td>
                <td>
                  {c.sources.map((s, i) => (
                    <span key={s.url}>
                      {i > 0 && ' · '}
                      <a href={s.url} title={s.title} lang="en">
                        {new URL(s.url).hostname}
                      </a>
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        {chips.methodSources.map((s) => (
          <a key={s.url} href={s.url} lang="en">
            {s.title}
          </a>
        ))}
      </p>
    </section>
  );
}
