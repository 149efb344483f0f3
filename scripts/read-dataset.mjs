// The bundled dataset (or $FACTORIES_DATA) for scripts that need an id to visit.
import { readFileSync } from 'node:fs';

export const readDataset = () => JSON.parse(readFileSync(process.env.FACTORIES_DATA || 'data/ai-factories.json', 'utf8'));
