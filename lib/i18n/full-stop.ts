/**
 * The full stop a sentence needs after `text`: none when the text already ends in one, as a Bulgarian or Lithuanian
 * date does ("30 юли 2026 г.", "2026 m. liepos 30 d."), so the sentence never ends in two.
 */
export function fullStop(text: string): string {
  return text.trimEnd().endsWith('.') ? '' : '.';
}
