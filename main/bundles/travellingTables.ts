import type { ClientSchema, TableShape } from '../db/clientTables';

/**
 * The tables a bundle carries: every table of the client's (found from the schema) and the referenced
 * tables its rows need, except those that describe this laptop rather than the client. A table a later
 * migration adds under a client travels by default; one that must not is named here, with why.
 */
const STAYS_ON_THIS_LAPTOP = new Set([
  // Which record of this laptop's benchmark pool a round contributed: the receiving laptop has its own pool,
  // where its consultant contributes the round if the client consents.
  'pool_contributions',
  // Which reports this consultant exported (Home's next step): numbered by this file's rowids, so they could
  // not be merged into another laptop's, and the receiving consultant has exported nothing yet.
  'report_exports',
]);

export function travellingTables(schema: ClientSchema): TableShape[] {
  const tables = [...schema.owned.filter((t) => !STAYS_ON_THIS_LAPTOP.has(t.name)), ...schema.referenced];
  for (const shape of tables) {
    // A rowid is a row number local to one file; a reference to one could not be kept across laptops.
    for (const fk of shape.foreignKeys) {
      const parent = tables.find((t) => t.name === fk.parent);
      if (parent?.rowidAlias && fk.parentColumns.includes(parent.rowidAlias)) {
        throw new Error(
          `${shape.name} refers to ${parent.name}.${parent.rowidAlias}, a rowid; refer to a stable id instead.`,
        );
      }
    }
    if (!/^[a-z][a-z0-9_]*$/.test(shape.name))
      throw new Error(`The table name ${shape.name} cannot name a bundle entry.`);
  }
  return tables;
}
