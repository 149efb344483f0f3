// Runs before `next build` so a bad data file stops the build with one readable message, before any page renders.
import { dataFile, loadDataset } from '../lib/data/dataset';
import { DatasetError } from '../lib/data/validate';

try {
  const data = loadDataset();
  console.log(
    `Data OK: ${dataFile()} — ${data.factories.length} factories, ${data.antennas.length} antennas, ` +
      `${data.waves.length} waves, as of ${data.asOf}`,
  );
} catch (error) {
  console.error(error instanceof DatasetError ? error.message : error);
  process.exit(1);
}
