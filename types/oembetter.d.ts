// The part of oembetter (an oEmbed consumer, no types of its own) the tests use.
declare module 'oembetter' {
  interface OembedResponse {
    type: string;
    version: string;
    html?: string;
    width?: number;
    height?: number;
    title?: string;
    provider_name?: string;
    provider_url?: string;
    cache_age?: number;
  }
  interface Oembetter {
    /** Discovers the oEmbed endpoint in the page at `url` (its `<link rel="alternate">`) and fetches it. */
    fetch(url: string, options: Record<string, unknown>, callback: (error: unknown, response?: OembedResponse) => void): void;
    allowlist(domains: string[]): void;
  }
  export default function oembetter(): Oembetter;
}
