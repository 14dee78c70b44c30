#pragma once
#include <QString>

namespace pqxx {
class transaction_base;
}

namespace epidesk {

// A file's load in the warehouse, as every importer replaces it: the lock
// that serializes loads of one file name, and the tables that hold its rows.
class WarehouseFileLoads {
public:
  // pg_advisory_xact_lock(fileLockClass, hashtext(file name)): loads of one
  // file name, by any importer or process, never overlap.
  static constexpr int fileLockClass = 0x45504946; // "EPIF"

  // Takes the file name's lock, held until tx ends.
  static void lock(pqxx::transaction_base &tx, const QString &fileName);
  // Deletes, in tx, everything an earlier load of fileName wrote (raw
  // records, marts, district series, quarantine, provenance): the file name
  // is the identity of a load, whatever format wrote it. Call under lock().
  static void deleteEarlierLoad(pqxx::transaction_base &tx, const QString &fileName);
};

} // namespace epidesk
