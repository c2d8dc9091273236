-- Every committed change to the data announces itself on the channel hub_data_changed, so that each
-- hub process (cluster workers, separate subgraph processes) drops what it cached for the previous
-- data version at once, instead of reading the version on every request: see
-- src/services/data-version.ts. Imports and writes both append an audit event, imports add a batch.
-- NOTIFY is transactional: listeners hear of a change only once it is committed. Not a Prisma model.
-- The PostgreSQL driver adapter runs a migration as statements split at every semicolon, quoted or
-- not: the function body spells its semicolons as the escape \073, and comments have none.
CREATE FUNCTION "hub_notify_data_changed"() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN PERFORM pg_notify(''hub_data_changed'', TG_TABLE_NAME)\073 RETURN NULL\073 END';

CREATE TRIGGER "audit_event_data_changed" AFTER INSERT ON "audit_event"
  FOR EACH STATEMENT EXECUTE FUNCTION "hub_notify_data_changed"();
CREATE TRIGGER "import_batch_data_changed" AFTER INSERT ON "import_batch"
  FOR EACH STATEMENT EXECUTE FUNCTION "hub_notify_data_changed"();
