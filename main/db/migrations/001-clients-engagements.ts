import type { Migration } from './types';

const sectors = "'A','B','C','D','E','F','G','H','I','J','K','L','M','N','O','P','Q','R','S','T','U'";
const sizeBands = "'1-9','10-49','50-249','250-999','1000+'";
const purposes = "'diagnosis','excellence-programme','management-development','transformation','external-recognition'";
const statuses = "'planned','active','completed','archived'";

/**
 * Clients, contacts, engagements, settings, the audit log, and the full-text index the client search
 * runs on. `clients.seq` is an explicit rowid so the FTS rows stay attached through VACUUM (an implicit
 * rowid may be renumbered); the public id stays an opaque string.
 */
export const migration001: Migration = {
  version: 1,
  name: 'clients-engagements',
  up(db) {
    db.exec(`
      CREATE TABLE clients (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        sector TEXT NOT NULL CHECK (sector IN (${sectors})),
        size_band TEXT NOT NULL CHECK (size_band IN (${sizeBands})),
        country TEXT NOT NULL CHECK (length(country) = 2),
        notes TEXT,
        demo INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        archived_at TEXT
      ) STRICT;
      CREATE INDEX clients_by_name ON clients (name COLLATE NOCASE, id);
      CREATE INDEX clients_by_archived ON clients (archived_at);

      CREATE TABLE contacts (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        role TEXT,
        email TEXT,
        phone TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX contacts_by_client ON contacts (client_id);

      CREATE TABLE engagements (
        id TEXT PRIMARY KEY,
        client_id TEXT NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        purpose TEXT NOT NULL CHECK (purpose IN (${purposes})),
        status TEXT NOT NULL CHECK (status IN (${statuses})),
        starts_on TEXT,
        ends_on TEXT,
        lead TEXT,
        notes TEXT,
        benchmark_consent INTEGER NOT NULL DEFAULT 0 CHECK (benchmark_consent IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX engagements_by_client ON engagements (client_id, status);
      CREATE INDEX engagements_by_status ON engagements (status);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        details TEXT
      ) STRICT;
      CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id);

      CREATE VIRTUAL TABLE client_search USING fts5 (
        name, notes, people, work,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3'
      );

      -- One statement rebuilds a client's search row from its own fields, contacts and engagement titles;
      -- every trigger below runs it for the client that changed.
      CREATE VIEW client_search_source AS
        SELECT c.seq AS seq, c.id AS id, c.name AS name, coalesce(c.notes, '') AS notes,
          coalesce((SELECT group_concat(p.name || ' ' || coalesce(p.role, '') || ' ' || coalesce(p.email, ''), ' ')
                    FROM contacts p WHERE p.client_id = c.id), '') AS people,
          coalesce((SELECT group_concat(e.title, ' ') FROM engagements e WHERE e.client_id = c.id), '') AS work
        FROM clients c;
    `);

    const reindex = (clientIdExpr: string) => `
      DELETE FROM client_search WHERE rowid = (SELECT seq FROM clients WHERE id = ${clientIdExpr});
      INSERT INTO client_search (rowid, name, notes, people, work)
        SELECT seq, name, notes, people, work FROM client_search_source WHERE id = ${clientIdExpr};`;

    db.exec(`
      CREATE TRIGGER clients_ai AFTER INSERT ON clients BEGIN ${reindex('new.id')} END;
      CREATE TRIGGER clients_au AFTER UPDATE OF name, notes ON clients BEGIN ${reindex('new.id')} END;
      CREATE TRIGGER clients_ad AFTER DELETE ON clients BEGIN
        DELETE FROM client_search WHERE rowid = old.seq;
      END;
      CREATE TRIGGER contacts_ai AFTER INSERT ON contacts BEGIN ${reindex('new.client_id')} END;
      CREATE TRIGGER contacts_au AFTER UPDATE ON contacts BEGIN ${reindex('new.client_id')} END;
      CREATE TRIGGER contacts_ad AFTER DELETE ON contacts BEGIN ${reindex('old.client_id')} END;
      CREATE TRIGGER engagements_ai AFTER INSERT ON engagements BEGIN ${reindex('new.client_id')} END;
      CREATE TRIGGER engagements_au AFTER UPDATE OF title ON engagements BEGIN ${reindex('new.client_id')} END;
      CREATE TRIGGER engagements_ad AFTER DELETE ON engagements BEGIN ${reindex('old.client_id')} END;
    `);
  },
};
