import fs from 'node:fs';
import { clientBenchmarks } from './clients.bench';
import { listClients } from '../main/db/repositories/clients';
import { ClientListQuery } from '../shared/domain/schemas';
clientBenchmarks();
const dir = fs
  .readdirSync('/tmp')
  .filter((f) => f.startsWith('sxw-bench-'))
  .map((f) => '/tmp/' + f)
  .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
const Database = (await import('better-sqlite3')).default;
const db = new Database(dir + '/bench.sqlite');
const time = (label: string, f: () => unknown) => {
  for (let i = 0; i < 10; i++) f();
  const t = performance.now();
  for (let i = 0; i < 50; i++) f();
  console.log(label, ((performance.now() - t) / 50).toFixed(3));
};
for (const s of ['z', 'zorg', 'zorggroep ams', '']) {
  time('list ' + s, () => listClients(db, ClientListQuery.parse({ search: s, limit: 100 })));
}
