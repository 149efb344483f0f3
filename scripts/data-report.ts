// For whoever maintains the data: what to check next (`npm run data:report`). It prints warnings and exits 0; a
// bad data file (a figure without a source among them) exits 1, as the build does. DATA_REPORT_TODAY=YYYY-MM-DD
// fixes the day the report counts from.
import { dataFile, loadDataset } from '../lib/data/dataset';
import { dataReport, formatReport } from '../lib/data/report';
import { DatasetError } from '../lib/data/validate';

try {
  const data = loadDataset();
  const today = process.env.DATA_REPORT_TODAY || new Date().toISOString().slice(0, 10);
  console.log(`Data report: ${dataFile()}, last checked ${data.asOf}, counted from ${today}\n`);
  console.log(formatReport(dataReport(data, today)));
} catch (error) {
  console.error(error instanceof DatasetError ? error.message : error);
  process.exit(1);
}
