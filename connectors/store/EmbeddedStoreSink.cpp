#include "EmbeddedStoreSink.h"
#include "EmbeddedRollups.h"
#include "EmbeddedStoreSchema.h"
#include "Feedback.h"
#include "SqliteUtil.h"
#include "TextKey.h"
#include <algorithm>
#include <tuple>

namespace epidesk {

namespace {

// Rows with store ingredient ids, sorted like the clustered key so inserts
// append (already sorted unless the store numbered ingredients differently).
template <typename Row, typename Key>
std::vector<Row> inStoreOrder(const std::vector<Row> &rows, const std::vector<qint64> &ids, Key key) {
  std::vector<Row> out(rows);
  for (Row &r : out)
    r.ingredient = int(ids[size_t(r.ingredient)]);
  auto less = [&](const Row &a, const Row &b) { return key(a) < key(b); };
  if (!std::is_sorted(out.begin(), out.end(), less))
    std::sort(out.begin(), out.end(), less);
  return out;
}

} // namespace

FileWriter::Status EmbeddedStoreSink::replaceFileLoad(SqliteDb &db, const FileLoad &load, Feedback *feedback,
                                                      QString *error) {
  using WriteStatus = FileWriter::Status;
  SqliteTransaction tx(db, error);
  if (!tx.isActive())
    return WriteStatus::Failed;
  auto fail = [&]() {
    if (error && error->isEmpty())
      *error = db.lastError();
    return WriteStatus::Failed;
  };
  auto canceled = [&] { return feedback && feedback->isCanceled(); };

  // Forget the earlier load of this file name.
  bool replaced = false;
  if (!EmbeddedStoreSchema::deleteFileLoad(db, load.fileName, &replaced, error))
    return fail();
  int firstPeriod = 0, lastPeriod = 0;
  for (const SalesMonthRow &r : load.sales) {
    firstPeriod = firstPeriod == 0 ? r.period : std::min(firstPeriod, r.period);
    lastPeriod = std::max(lastPeriod, r.period);
  }
  const qint64 fileId = EmbeddedStoreSchema::insertImportFile(db, load, firstPeriod, lastPeriod);
  if (fileId == 0)
    return fail();

  std::vector<qint64> ingredientIds;
  {
    SqliteStatement insert(db, "INSERT OR IGNORE INTO ingredient(name, name_key) VALUES(?, ?)");
    SqliteStatement find(db, "SELECT id FROM ingredient WHERE name = ?");
    for (const QString &name : load.ingredients) {
      insert.bind(1, name).bind(2, foldKey(name)).run();
      find.bind(1, name);
      if (!find.next())
        return fail();
      ingredientIds.push_back(find.integer(0));
      find.reset();
    }
  }
  {
    std::vector<SalesMonthRow> rows = inStoreOrder(load.sales, ingredientIds, [](const SalesMonthRow &r) {
      return std::tie(r.ingredient, r.period, r.ufCode, r.municipalityCode);
    });
    SqliteBatchInsert insert(
        db, "sales_month", "file_id, ingredient_id, period, uf_code, municipality_code, prescriptions, units",
        7);
    qint64 n = 0;
    for (const SalesMonthRow &r : rows) {
      if ((++n & 0xFFFF) == 0 && canceled())
        return WriteStatus::Canceled;
      for (qint64 v : {fileId, qint64(r.ingredient), qint64(r.period), qint64(r.ufCode),
                       qint64(r.municipalityCode), r.prescriptions, r.units})
        insert.bind(v);
      if (!insert.endRow())
        return fail();
    }
    if (!insert.finish() || !EmbeddedRollups::add(db, fileId, rows, error))
      return fail();
  }
  {
    std::vector<SalesProfileRow> rows =
        inStoreOrder(load.profile, ingredientIds, [](const SalesProfileRow &r) {
          return std::tie(r.ingredient, r.period, r.ufCode, r.sex, r.ageBand, r.receiptType);
        });
    SqliteBatchInsert insert(
        db, "sales_profile",
        "file_id, ingredient_id, period, uf_code, sex, age_band, receipt_type, prescriptions, units", 9);
    qint64 n = 0;
    for (const SalesProfileRow &r : rows) {
      if ((++n & 0xFFFF) == 0 && canceled())
        return WriteStatus::Canceled;
      for (qint64 v : {fileId, qint64(r.ingredient), qint64(r.period), qint64(r.ufCode), qint64(r.sex),
                       qint64(r.ageBand), qint64(r.receiptType), r.prescriptions, r.units})
        insert.bind(v);
      if (!insert.endRow())
        return fail();
    }
    if (!insert.finish())
      return fail();
  }
  {
    SqliteStatement insert(
        db, "INSERT INTO unmatched_municipality(file_id, uf_code, name, rows) VALUES(?, ?, ?, ?)");
    for (const UnmatchedMunicipality &u : load.unmatched)
      if (!insert.bind(1, fileId).bind(2, qint64(u.ufCode)).bind(3, u.name).bind(4, u.rows).run())
        return fail();
  }
  if (!EmbeddedStoreSchema::insertQuarantine(db, fileId, load.quarantine))
    return fail();
  // Ingredients only a replaced load used would otherwise linger in ingredients().
  if (replaced &&
      !db.exec("DELETE FROM ingredient WHERE NOT EXISTS (SELECT 1 FROM sales_month s WHERE s.file_id IN "
               "(SELECT id FROM import_file) AND s.ingredient_id = ingredient.id)",
               error))
    return fail();
  if (canceled())
    return WriteStatus::Canceled;
  return tx.commit(error) ? WriteStatus::Written : WriteStatus::Failed;
}

} // namespace epidesk
