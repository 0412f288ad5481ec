// Regenerates server/features/agencies/directory/us-federal.json from a folder of the federal
// FOIA directory's YAML files (18F's contacts/data, 2017; public domain, see SOURCE.md there).
//   node --import tsx scripts/agencies-directory.ts /path/to/us-federal [out.json]
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { convertDirectoryFolder, FEDERAL_SOURCE_DATE, FEDERAL_SOURCE_REPO } from '../server/features/agencies/directory/convert';
import { BUNDLED_FEDERAL_DIRECTORY, toBundle } from '../server/features/agencies/directory/bundled';

const [folder, out = fileURLToPath(BUNDLED_FEDERAL_DIRECTORY)] = process.argv.slice(2);
if (!folder) {
  console.error('usage: node --import tsx scripts/agencies-directory.ts <folder-of-yaml> [out.json]');
  process.exit(2);
}
const records = convertDirectoryFolder(folder);
const bundle = toBundle(records, {
  source: FEDERAL_SOURCE_REPO,
  source_date: FEDERAL_SOURCE_DATE,
  licence: 'Public domain in the United States; CC0 1.0 Universal elsewhere (18F/2015-foia CONTRIBUTING.md). Data scraped by 18F from FOIA.gov.',
  generated_by: 'scripts/agencies-directory.ts',
});
// One agency per line: small diffs when the directory is regenerated.
const body = `{${Object.entries(bundle)
  .filter(([k]) => k !== 'agencies')
  .map(([k, v]) => `\n  ${JSON.stringify(k)}: ${JSON.stringify(v)},`)
  .join('')}\n  "agencies": [\n${bundle.agencies.map((a) => '    ' + JSON.stringify(a)).join(',\n')}\n  ]\n}\n`;
writeFileSync(out, body);
const components = records.filter((r) => r.parent_id).length;
console.log(JSON.stringify({ out, agencies: records.length - components, components, total: records.length, bytes: Buffer.byteLength(body) }));
