import type { Database } from 'better-sqlite3';
import type { Contact } from '../../shared/clients/schemas';
import { stmt } from '../db/statements';

const COLUMNS = 'id, client_id AS clientId, name, role, email, phone';

export function contactsOfClient(db: Database, clientId: string): Contact[] {
  return stmt<[string], Contact>(
    db,
    `SELECT ${COLUMNS} FROM contacts WHERE client_id = ? ORDER BY name COLLATE NOCASE, id`,
  ).all(clientId);
}

export function findContact(db: Database, id: string): Contact | undefined {
  return stmt<[string], Contact>(db, `SELECT ${COLUMNS} FROM contacts WHERE id = ?`).get(id);
}

export function insertContact(db: Database, c: Contact & { at: string }): void {
  stmt(
    db,
    `INSERT INTO contacts (id, client_id, name, role, email, phone, created_at, updated_at)
     VALUES (@id, @clientId, @name, @role, @email, @phone, @at, @at)`,
  ).run(c);
}

export function updateContact(db: Database, c: Omit<Contact, 'clientId'> & { at: string }): boolean {
  return (
    stmt(
      db,
      'UPDATE contacts SET name = @name, role = @role, email = @email, phone = @phone, updated_at = @at WHERE id = @id',
    ).run(c).changes === 1
  );
}

export function deleteContact(db: Database, id: string): boolean {
  return stmt(db, 'DELETE FROM contacts WHERE id = ?').run(id).changes === 1;
}
