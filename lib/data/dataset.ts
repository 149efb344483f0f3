import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Dataset } from './schema';
import { DatasetError, validateChips, validateDataset, validateSectors } from './validate';

const DEFAULT_DATA = 'data/ai-factories.json';
const SECTORS = 'data/sectors.json';
const CHIPS = 'data/chips.json';

/** The data file in use: `FACTORIES_DATA` when set (a path relative to the project), else the bundled one. */
export function dataFile(): string {
  return process.env.FACTORIES_DATA || DEFAULT_DATA;
}

export function readJson(file: string): unknown {
  let text: string;
  try {
    // The data file is read at build time, not traced into the server bundle (the comment tells Turbopack so).
    text = readFileSync(path.resolve(/*turbopackIgnore: true*/ process.cwd(), file), 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(error);
    throw new DatasetError(file, [`(file): ${reason}`]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DatasetError(file, [`(file): not valid JSON: ${(error as Error).message}`]);
  }
}

let cached: { file: string; dataset: Dataset } | undefined;

/** Reads and validates the dataset once per process (build or server); throws a DatasetError when it is bad. */
export function loadDataset(): Dataset {
  const file = dataFile();
  if (cached?.file === file) return cached.dataset;
  const sectors = validateSectors(readJson(SECTORS), SECTORS);
  const chips = validateChips(readJson(CHIPS), CHIPS);
  const dataset = validateDataset(readJson(file), { sectors, chips }, file);
  cached = { file, dataset };
  return dataset;
}
