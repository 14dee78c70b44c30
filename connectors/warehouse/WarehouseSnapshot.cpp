#include "WarehouseSnapshot.h"
#include "PgConnection.h"
#include "WarehouseMigrations.h"
#include <QCoreApplication>
#include <QRegularExpression>
#include <pqxx/nontransaction>
#include <pqxx/transaction>

namespace epidesk {

namespace {
// What a snapshot keeps: the marts, their dimensions and provenance.
const char *const kTables[] = {"uf",
                               "municipality",
                               "population",
                               "ingredient",
                               "import_file",
                               "sales_month",
                               "sales_month_uf",
                               "sales_month_uf_all",
                               "sales_month_all",
                               "sales_profile",
                               "unmatched_municipality"};
} // namespace

bool WarehouseSnapshot::isValidName(const QString &name) {
  static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
  return valid.match(name).hasMatch();
}

bool WarehouseSnapshot::exists(pqxx::connection_base &connection, const QString &name) {
  pqxx::nontransaction tx(connection);
  return !tx.exec_params("SELECT 1 FROM snapshot WHERE name = $1", pg::str(name)).empty();
}

bool WarehouseSnapshot::create(pqxx::connection_base &connection, const QString &name, QString *error) {
  if (!isValidName(name)) {
    *error = QCoreApplication::translate(
                 "Warehouse", "Invalid snapshot name \"%1\": use lower-case letters, digits and _, "
                              "starting with a letter (at most 40 characters)")
                 .arg(name);
    return false;
  }
  // Repeatable read: every table is copied as of the same moment.
  pqxx::transaction<pqxx::isolation_level::repeatable_read> tx(connection);
  if (!tx.exec_params("SELECT 1 FROM snapshot WHERE name = $1", pg::str(name)).empty()) {
    *error = QCoreApplication::translate("Warehouse", "A snapshot named \"%1\" already exists").arg(name);
    return false;
  }
  const std::string schema = tx.quote_name(pg::str(schemaName(name)));
  tx.exec("CREATE SCHEMA " + schema);
  tx.exec("COMMENT ON SCHEMA " + schema + " IS " +
          tx.quote("EpiDesk snapshot " + pg::str(name) + " of the marts"));
  for (const char *table : kTables) {
    const std::string target = schema + "." + tx.quote_name(table);
    // Indexes and comments come along; defaults (sequences) stay behind.
    tx.exec("CREATE TABLE " + target + " (LIKE public." + tx.quote_name(table) +
            " INCLUDING CONSTRAINTS INCLUDING INDEXES INCLUDING COMMENTS)");
    tx.exec("INSERT INTO " + target + " SELECT * FROM public." + tx.quote_name(table));
    tx.exec("COMMENT ON TABLE " + target + " IS " +
            tx.quote("Snapshot " + pg::str(name) + " of " + std::string(table) + " (frozen copy)."));
  }
  tx.exec_params("INSERT INTO snapshot(name, schema_name, schema_version) VALUES ($1, $2, $3)", pg::str(name),
                 pg::str(schemaName(name)), WarehouseMigrations::latestVersion());
  tx.commit();
  return true;
}

} // namespace epidesk
