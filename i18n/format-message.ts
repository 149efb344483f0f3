// next-intl formats every compiled message with this module (next.config.js aliases `use-intl/format-message` here):
// its format-only runtime, with one change. The `#` of a plural ("# factories") is written without Intl in English,
// and in the other languages when it is a whole number under 1,000, as most are: the first Intl object a page builds
// costs Chromium 20 to 30 ms of main thread (ICU's locale data; on a throttled phone, 100 ms inside hydration), and
// English pages build no other (lib/i18n/format.ts writes English numbers by hand). Any other number goes to Intl.
import formatOnly from 'use-intl/format-message/format-only';
import { englishNumber, shortNumber } from '@/lib/i18n/format';

type Options = Parameters<typeof formatOnly>[3];
type Formatters = Options['formatters'];

const withShortNumbers = new WeakMap<Formatters, Formatters>();

/** A plural's `#` as Intl would write it, when that needs no Intl object; null otherwise. */
function byHand(value: number | bigint, locale: unknown): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  if (locale === 'en') return englishNumber(value);
  return Number.isInteger(value) ? shortNumber(value, 0, '.') : null;
}

/** The formatters with `getNumberFormat(locale)`, the call a plural's `#` makes, answering by hand first. */
function shortFirst(formatters: Formatters): Formatters {
  let wrapped = withShortNumbers.get(formatters);
  if (!wrapped) {
    wrapped = {
      ...formatters,
      getNumberFormat: (...args) => {
        if (args.length > 1) return formatters.getNumberFormat(...args);
        let intl: Intl.NumberFormat | undefined;
        const format = (value: number | bigint) => byHand(value, args[0]) ?? (intl ??= formatters.getNumberFormat(...args)).format(value);
        // Only `format` is called on what a `#` gets.
        return { format } as Intl.NumberFormat;
      },
    };
    withShortNumbers.set(formatters, wrapped);
  }
  return wrapped;
}

function formatMessage(...[key, message, values, options]: Parameters<typeof formatOnly>): ReturnType<typeof formatOnly> {
  return formatOnly(key, message, values, { ...options, formatters: shortFirst(options.formatters) });
}
formatMessage.raw = formatOnly.raw;

export default formatMessage;
