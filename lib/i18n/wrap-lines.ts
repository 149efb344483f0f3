// Chart labels over several lines (an SVG axis has no text wrapping), apart from format.ts: only the dashboard's
// recharts drawing and its sector section need them, and every page that formats anything loads format.ts.

/** Splits a long label over two lines at the space nearest its middle (chart axes have no text wrapping). */
export function wrapLabel(label: string, max: number): string[] {
  if (label.length <= max) return [label];
  const spaces = [...label.matchAll(/ /g)].map((m) => m.index);
  if (!spaces.length) return [label];
  const middle = label.length / 2;
  const cut = spaces.reduce((best, i) => (Math.abs(i - middle) < Math.abs(best - middle) ? i : best));
  return [label.slice(0, cut), label.slice(cut + 1)];
}

/**
 * A label over as few lines as fit `max` characters, at most `maxLines` (the last line takes the rest):
 * two lines split near the middle when that fits, else filled word by word. Longer languages need the third line.
 */
export function wrapLines(label: string, max: number, maxLines = 3): string[] {
  const two = wrapLabel(label, max);
  if (two.every((line) => line.length <= max) || maxLines < 3) return two;
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last.length + 1 + word.length <= max || lines.length === maxLines)) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
