// What lib/ needs of a translator: a message by key within one namespace, with its values filled in.
// next-intl's `t` (useTranslations, getTranslations) fits it; the tests build one from messages/en.json.
export type Translate = (key: string, values?: Record<string, string | number>) => string;
