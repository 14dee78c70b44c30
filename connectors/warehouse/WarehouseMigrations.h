#pragma once
#include <QList>
#include <QString>
#include <vector>

namespace pqxx {
class connection_base;
}

namespace epidesk {

// The warehouse schema as numbered migrations. Each runs in its own
// transaction and is recorded in epidesk_schema_migrations(version,
// applied_at); a session advisory lock keeps two processes from migrating at
// once. The app and CLI migrate on open; nobody edits the schema by hand.
class WarehouseMigrations {
public:
  struct Migration {
    int version;
    const char *description;
    const char *sql;
  };
  static const std::vector<Migration> &all();
  static int latestVersion();

  // Applies every migration above the current version up to target (0 =
  // latest). Returns the versions applied now (empty when up to date);
  // throws pqxx exceptions on failure (the failing migration is rolled back).
  static QList<int> migrate(pqxx::connection_base &connection, int targetVersion = 0);
  // Versions recorded as applied, ascending (empty on an empty database).
  static QList<int> appliedVersions(pqxx::connection_base &connection);
};

} // namespace epidesk
