#pragma once
#include <array>

namespace epidesk {

// The tables that hold one loaded file's rows (column file_id) in both the
// embedded store and the warehouse, whatever format wrote the file: the
// file name is the identity of a load, so loading a name again deletes its
// rows here first (and the store's own extra tables, and its import_file
// row). EmbeddedStoreSchema::deleteFileLoad and WarehouseFileLoads::
// deleteEarlierLoad are the one replace routine of each store.
inline constexpr std::array<const char *, 7> kFileLoadTables = {
    "sales_month", "sales_month_uf", "sales_month_uf_all", "sales_profile", "unmatched_municipality",
    "quarantine",  "district_daily"};

// Every loaded file's quarantine (file name, line, field, reason, raw text)
// by file and line, in the SQL of both stores: what the quarantine CSV holds.
inline constexpr const char *kQuarantineSql =
    "SELECT f.file_name, q.line, q.field, q.reason, q.raw FROM quarantine q "
    "JOIN import_file f ON f.id = q.file_id ORDER BY f.file_name, q.line";

} // namespace epidesk
