// next-intl formats every compiled message with this module (next.config.js aliases `use-intl/format-message` here):
// its format-only runtime, with one change. The `#` of a plural ("# factories") is written without Intl
// (lib/i18n/number-words.ts): the first Intl.NumberFormat a page builds costs Chromium 20 to 60 ms of main thread
// (ICU's number data; on a throttled phone, 100 ms or more inside hydration), and with this the pages build none on
// load. A negative number, or one in another language, still goes to Intl.
import formatOnly from 'use-intl/format-message/format-only';
import { handNumber } from '@/lib/i18n/number-words';

type Options = Parameters<typeof formatOnly>[3];
type Formatters = Options['formatters'];

const withShortNumbers = new WeakMap<Formatters, Formatters>();

/** A plural's `#` as Intl would write it, when that needs no Intl object; null otherwise. */
function byHand(value: number | bigint, locale: unknown): string | null {
  // Intl's default: at most three decimals.
  return typeof locale === 'string' ? handNumber(value, 3, locale) : null;
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
