// DistrictSeriesStore in the embedded store (tables of store schema version
// 2, see EmbeddedStoreSchema).
#include "EmbeddedDistrictSeries.h"
#include "DistrictSeriesStore.h"
#include "EmbeddedStore.h"
#include "EmbeddedStoreSchema.h"
#include "Feedback.h"
#include "Period.h"
#include "SqliteUtil.h"
#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>

namespace epidesk {

namespace {

qint64 dayKey(const QDate &d) {
  return DayKey::of(d.year(), d.month(), d.day());
}

QDate dayFromKey(qint64 key) {
  return QDate(DayKey::year(key), DayKey::month(key), DayKey::day(key));
}

class EmbeddedDistrictSeriesStore : public DistrictSeriesStore {
public:
  EmbeddedDistrictSeriesStore(QString path, std::unique_ptr<SqliteDb> db)
      : m_path(std::move(path)), m_db(std::move(db)) {}

  QString location() const override { return m_path; }

  FileWriter::Status replaceFileLoad(const DistrictLoad &load, Feedback *feedback, QString *error) override {
    SqliteDb &db = *m_db;
    SqliteTransaction tx(db, error);
    if (!tx.isActive())
      return FileWriter::Status::Failed;
    auto fail = [&]() {
      if (error && error->isEmpty())
        *error = db.lastError();
      return FileWriter::Status::Failed;
    };
    if (!EmbeddedStoreSchema::deleteFileLoad(db, load.fileName, nullptr, error))
      return fail();
    // first_period/last_period stay NULL: they describe monthly sales (yearRange()).
    const qint64 fileId = EmbeddedStoreSchema::insertImportFile(db, load);
    if (fileId == 0)
      return fail();
    {
      SqliteStatement insert(db, "INSERT OR REPLACE INTO district(code, name) VALUES(?, ?)");
      for (auto it = load.districts.cbegin(); it != load.districts.cend(); ++it)
        if (!insert.bind(1, qint64(storedCode(it.key()))).bind(2, it.value()).run())
          return fail();
    }
    {
      std::vector<const DistrictDay *> rows;
      rows.reserve(load.days.size());
      for (const DistrictDay &d : load.days)
        rows.push_back(&d);
      // In key order, so the clustered inserts append.
      std::sort(rows.begin(), rows.end(), [](const DistrictDay *a, const DistrictDay *b) {
        return std::make_pair(storedCode(a->code), a->day) < std::make_pair(storedCode(b->code), b->day);
      });
      SqliteBatchInsert insert(db, "district_daily", "file_id, code, day, cases, deaths", 5);
      qint64 n = 0;
      for (const DistrictDay *d : rows) {
        if ((++n & 0xFFFF) == 0 && feedback && feedback->isCanceled())
          return FileWriter::Status::Canceled;
        for (qint64 v : {fileId, qint64(storedCode(d->code)), dayKey(d->day), d->cases, d->deaths})
          insert.bind(v);
        if (!insert.endRow())
          return fail();
      }
      if (!insert.finish())
        return fail();
    }
    if (!EmbeddedStoreSchema::insertQuarantine(db, fileId, load.quarantine))
      return fail();
    if (feedback && feedback->isCanceled())
      return FileWriter::Status::Canceled;
    return tx.commit(error) ? FileWriter::Status::Written : FileWriter::Status::Failed;
  }

  bool readDays(std::vector<DistrictDay> &days, QMap<QString, QString> &districts,
                QString *error) const override {
    SqliteStatement names(*m_db, "SELECT code, name FROM district");
    while (names.next())
      districts.insert(codeFromStored(names.integer(0)), names.text(1));
    SqliteStatement q(*m_db, "SELECT code, day, SUM(cases), SUM(deaths) FROM district_daily "
                             "WHERE file_id IN (SELECT id FROM import_file) GROUP BY code, day");
    while (q.next())
      days.push_back({codeFromStored(q.integer(0)), dayFromKey(q.integer(1)), q.integer(2), q.integer(3)});
    if (names.failed() || q.failed()) {
      if (error)
        *error = m_db->lastError();
      return false;
    }
    return true;
  }

private:
  QString m_path;
  std::unique_ptr<SqliteDb> m_db;
};

} // namespace

std::unique_ptr<DistrictSeriesStore> EmbeddedDistrictSeries::open(const QString &path, QString *error) {
  // EmbeddedStore::open validates the file and upgrades its schema; this
  // class then uses its own connection (WAL: the two never block readers).
  if (!EmbeddedStore::open(path, error))
    return nullptr;
  auto db = std::make_unique<SqliteDb>();
  QString message;
  if (!db->open(path, false, &message) ||
      !db->exec("PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY;", &message)) {
    if (error)
      *error = QCoreApplication::translate("DistrictSeriesStore", "Cannot open the store %1: %2")
                   .arg(path, message);
    return nullptr;
  }
  return std::make_unique<EmbeddedDistrictSeriesStore>(QFileInfo(path).absoluteFilePath(), std::move(db));
}

} // namespace epidesk
