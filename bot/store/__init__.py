"""Runtime state in SQLite through sqlite-utils: the only place with SQL. `Store` (database.py) opens and checks
the file and owns the schema (schema.py); one module per concern (deliveries, reminders, staff posts, grace
records, links, notices, audit, server settings, published, meta) returns typed rows."""
