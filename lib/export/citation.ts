// How to cite the dataset: one line of text and a BibTeX entry, versioned by the day the data was last checked.
import { DATA_LICENCE, DATASET_TITLE } from '../site/site';

/** The dataset's author as the licence asks reusers to name it. */
const DATASET_AUTHOR = 'EU AI Factories dashboard';

export interface DatasetCitation {
  text: string;
  bibtex: string;
}

/** `asOf` is the version: the day the data was last checked against its sources. */
export function datasetCitation(asOf: string, origin: string): DatasetCitation {
  const year = asOf.slice(0, 4);
  const url = `${origin}/about`;
  const text = `${DATASET_AUTHOR} (${year}). ${DATASET_TITLE} [Data set], version ${asOf}. ${url}. Licensed under ${DATA_LICENCE.id}.`;
  const bibtex = [
    `@misc{eu_ai_factories_${asOf.replace(/-/g, '_')},`,
    `  author = {{${DATASET_AUTHOR}}},`,
    `  title = {{${DATASET_TITLE}}},`,
    `  year = {${year}},`,
    `  version = {${asOf}},`,
    `  howpublished = {\\url{${url}}},`,
    `  note = {Data set, last checked against its sources on ${asOf}. Licence: ${DATA_LICENCE.id}},`,
    '}',
  ].join('\n');
  return { text, bibtex };
}
