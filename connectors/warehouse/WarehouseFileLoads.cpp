#include "WarehouseFileLoads.h"
#include "FileLoadTables.h"
#include "PgConnection.h"
#include <pqxx/transaction_base>

namespace epidesk {

void WarehouseFileLoads::lock(pqxx::transaction_base &tx, const QString &fileName) {
  tx.exec_params("SELECT pg_advisory_xact_lock($1, hashtext($2))", fileLockClass, pg::str(fileName));
}

void WarehouseFileLoads::deleteEarlierLoad(pqxx::transaction_base &tx, const QString &fileName) {
  const pqxx::result old = tx.exec_params(
      "SELECT id, first_period, last_period FROM import_file WHERE file_name = $1", pg::str(fileName));
  if (old.empty())
    return;
  const qint64 id = old[0][0].as<qint64>();
  // The period bounds let the planner prune to the load's partitions.
  if (old[0][1].is_null())
    tx.exec_params("DELETE FROM sale_record WHERE file_id = $1", id);
  else
    tx.exec_params("DELETE FROM sale_record WHERE file_id = $1 AND period BETWEEN $2 AND $3", id,
                   old[0][1].as<int>(), old[0][2].as<int>());
  // The warehouse's own mart besides the tables both stores share (the
  // embedded store keeps its sales_month_all summed over loads instead).
  tx.exec_params("DELETE FROM sales_month_all WHERE file_id = $1", id);
  for (const char *table : kFileLoadTables)
    tx.exec_params(std::string("DELETE FROM ") + table + " WHERE file_id = $1", id);
  tx.exec_params("DELETE FROM import_file WHERE id = $1", id);
}

} // namespace epidesk
