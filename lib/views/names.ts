// Short names for tight places (chart axes, slides): one rule, so every surface calls a factory the same.
import type { Factory } from '../data/schema';

/** "IT4LIA AI Factory" stays; "Mimer – The Swedish AI Innovation Factory" → "Mimer". */
function shortName(name: string): string {
  return name.split(/ [–—(] ?/)[0] ?? name;
}

/** The acronym where the data has one, else the name's first part. */
export function factoryShortName(f: Pick<Factory, 'name' | 'acronym'>): string {
  return f.acronym ?? shortName(f.name);
}
