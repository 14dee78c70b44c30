#include "EmbeddedStore.h"
#include "DistrictSeriesStore.h"
#include "EmbeddedDistrictSeries.h"
#include "Feedback.h"
#include "QuarantineCsv.h"
#include "SqliteUtil.h"
#include "StoreBuilder.h"
#include "TextKey.h"
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <sqlite3.h>
#include <tuple>

namespace epidesk {

namespace {

// This file's messages, in one context that lupdate sees too.
class EmbeddedStoreText {
  Q_DECLARE_TR_FUNCTIONS(EmbeddedStore)
};

// Marts are WITHOUT ROWID tables clustered on (file, ingredient, period,
// place): a file's rows are one key range, so an import appends and a
// re-import deletes a range, with no secondary index to maintain; queries
// seek each (file, ingredient) pair through the two IN lists.
const char *kSchema = R"sql(
CREATE TABLE epidesk_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE uf_info(code INTEGER PRIMARY KEY, sigla TEXT NOT NULL UNIQUE, name TEXT NOT NULL, region TEXT NOT NULL);
CREATE TABLE municipality_info(code INTEGER PRIMARY KEY, uf_code INTEGER NOT NULL, name TEXT NOT NULL,
                               name_key TEXT NOT NULL);
CREATE INDEX municipality_info_by_key ON municipality_info(uf_code, name_key);
CREATE TABLE population(code INTEGER NOT NULL, year INTEGER NOT NULL, population REAL NOT NULL,
                        PRIMARY KEY(code, year)) WITHOUT ROWID;
CREATE TABLE ingredient(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, name_key TEXT NOT NULL);
CREATE TABLE import_file(id INTEGER PRIMARY KEY, file_name TEXT NOT NULL UNIQUE, path TEXT NOT NULL,
                         imported_at TEXT NOT NULL, rows_read INTEGER NOT NULL, rows_loaded INTEGER NOT NULL,
                         rows_quarantined INTEGER NOT NULL, warnings INTEGER NOT NULL,
                         first_period INTEGER, last_period INTEGER);
CREATE TABLE sales_month(file_id INTEGER NOT NULL, ingredient_id INTEGER NOT NULL, period INTEGER NOT NULL,
                         uf_code INTEGER NOT NULL, municipality_code INTEGER NOT NULL,
                         prescriptions INTEGER NOT NULL, units INTEGER NOT NULL,
                         PRIMARY KEY(file_id, ingredient_id, period, uf_code, municipality_code)) WITHOUT ROWID;
CREATE TABLE sales_profile(file_id INTEGER NOT NULL, ingredient_id INTEGER NOT NULL, period INTEGER NOT NULL,
                           uf_code INTEGER NOT NULL, sex INTEGER NOT NULL, age_band INTEGER NOT NULL,
                           receipt_type INTEGER NOT NULL, prescriptions INTEGER NOT NULL, units INTEGER NOT NULL,
                           PRIMARY KEY(file_id, ingredient_id, period, uf_code, sex, age_band, receipt_type))
                           WITHOUT ROWID;
CREATE TABLE unmatched_municipality(file_id INTEGER NOT NULL, uf_code INTEGER NOT NULL, name TEXT NOT NULL,
                                    rows INTEGER NOT NULL);
CREATE INDEX unmatched_municipality_by_file ON unmatched_municipality(file_id);
CREATE TABLE quarantine(file_id INTEGER NOT NULL, line INTEGER NOT NULL, field TEXT NOT NULL, reason TEXT NOT NULL,
                        raw TEXT NOT NULL);
CREATE INDEX quarantine_by_file ON quarantine(file_id, line);
)sql";

// WAL: readers (the map through GDAL) never block the importer; NORMAL sync
// is still crash-safe in WAL mode (a crash loses at most the last commit).
bool applyPragmas(SqliteDb &db, QString *error) {
  return db.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY;"
                 "PRAGMA cache_size=-65536; PRAGMA foreign_keys=OFF;",
                 error);
}

bool fillReference(SqliteDb &db, const Geography &geography,
                   const std::vector<StoreBuilder::PopulationRow> &population, QString *error) {
  SqliteTransaction tx(db, error);
  if (!tx.isActive() || !db.exec(kSchema, error))
    return false;
  SqliteStatement meta(db, "INSERT INTO epidesk_meta(key, value) VALUES(?, ?)");
  meta.bind(1, QStringLiteral("schema_version")).bind(2, QString::number(EmbeddedStore::schemaVersion)).run();
  meta.bind(1, QStringLiteral("created_at"))
      .bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
      .run();
  SqliteStatement uf(db, "INSERT INTO uf_info(code, sigla, name, region) VALUES(?, ?, ?, ?)");
  for (const UfInfo &u : geography.ufs())
    uf.bind(1, qint64(u.code)).bind(2, u.sigla).bind(3, u.name).bind(4, u.region).run();
  SqliteStatement muni(
      db, "INSERT OR REPLACE INTO municipality_info(code, uf_code, name, name_key) VALUES(?, ?, ?, ?)");
  for (const MunicipalityInfo &m : geography.municipalities())
    muni.bind(1, qint64(m.code)).bind(2, qint64(m.ufCode)).bind(3, m.name).bind(4, foldKey(m.name)).run();
  SqliteStatement pop(db, "INSERT OR REPLACE INTO population(code, year, population) VALUES(?, ?, ?)");
  for (const StoreBuilder::PopulationRow &p : population)
    pop.bind(1, qint64(p.code)).bind(2, qint64(p.year)).bind(3, p.population).run();
  if (meta.failed() || uf.failed() || muni.failed() || pop.failed()) {
    *error = db.lastError();
    return false;
  }
  return tx.commit(error);
}

// Brings a store from `version` to EmbeddedStore::schemaVersion in one
// transaction. 1 -> 2: the daily district series tables.
bool upgradeSchema(SqliteDb &db, int version, QString *error) {
  SqliteTransaction tx(db, error);
  if (!tx.isActive() || !EmbeddedDistrictSeries::createTables(db, error))
    return false;
  if (version < EmbeddedStore::schemaVersion) {
    SqliteStatement meta(db, "UPDATE epidesk_meta SET value = ? WHERE key = 'schema_version'");
    if (!meta.bind(1, QString::number(EmbeddedStore::schemaVersion)).run()) {
      *error = db.lastError();
      return false;
    }
  }
  return tx.commit(error);
}

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

EmbeddedStore::EmbeddedStore(QString path, std::unique_ptr<SqliteDb> db)
    : m_path(std::move(path)), m_db(std::move(db)) {}

EmbeddedStore::~EmbeddedStore() = default;

std::unique_ptr<EmbeddedStore> EmbeddedStore::create(const QString &path, const QString &sharedDir,
                                                     QString *error, Feedback *feedback) {
  QString message;
  auto failed = [&](const QString &why) -> std::unique_ptr<EmbeddedStore> {
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    if (error)
      *error = EmbeddedStoreText::tr("Cannot create the store %1: %2").arg(path, why);
    return nullptr;
  };
  if (QFileInfo::exists(path)) {
    if (error)
      *error = EmbeddedStoreText::tr("Cannot create the store %1: the file already exists").arg(path);
    return nullptr;
  }
  Geography geography;
  if (!StoreBuilder::writeBoundaries(path, sharedDir, geography, &message, feedback))
    return failed(message);
  std::vector<StoreBuilder::PopulationRow> population;
  if (!StoreBuilder::readPopulation(sharedDir, population, &message))
    return failed(message);
  {
    SqliteDb db;
    if (!db.open(path, false, &message) || !applyPragmas(db, &message) ||
        !fillReference(db, geography, population, &message))
      return failed(message);
  }
  if (feedback)
    feedback->setProgress(100.0);
  return open(path, error);
}

std::unique_ptr<EmbeddedStore> EmbeddedStore::open(const QString &path, QString *error) {
  QString message;
  if (!QFileInfo(path).isFile()) {
    if (error)
      *error = EmbeddedStoreText::tr("Cannot open the store %1: no such file").arg(path);
    return nullptr;
  }
  auto db = std::make_unique<SqliteDb>();
  if (!db->open(path, false, &message)) {
    if (error)
      *error = EmbeddedStoreText::tr("Cannot open the store %1: %2").arg(path, message);
    return nullptr;
  }
  // Check before any pragma so a foreign file is never switched to WAL.
  int version = 0;
  bool hasMeta = false;
  {
    SqliteStatement q(*db,
                      "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'epidesk_meta'");
    hasMeta = q.next() && q.integer(0) == 1;
  }
  if (hasMeta) {
    SqliteStatement q(*db, "SELECT value FROM epidesk_meta WHERE key = 'schema_version'");
    if (q.next())
      version = q.text(0).toInt();
  }
  if (version < 1 || version > schemaVersion) {
    if (error)
      *error = version == 0
                   ? EmbeddedStoreText::tr("%1 is not an EpiDesk store").arg(path)
                   : EmbeddedStoreText::tr("%1 has store schema version %2; this EpiDesk reads version %3")
                         .arg(path)
                         .arg(version)
                         .arg(schemaVersion);
    return nullptr;
  }
  if (!applyPragmas(*db, &message)) {
    if (error)
      *error = EmbeddedStoreText::tr("Cannot open the store %1: %2").arg(path, message);
    return nullptr;
  }
  // Schema steps are additive (CREATE TABLE IF NOT EXISTS); new stores,
  // written at the current version by create(), get their tables here too.
  // Checked first so opening an up-to-date store never takes the write lock.
  bool hasDistrictTables = false;
  {
    SqliteStatement q(*db,
                      "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'district_daily'");
    hasDistrictTables = q.next() && q.integer(0) == 1;
  }
  if ((version < schemaVersion || !hasDistrictTables) && !upgradeSchema(*db, version, &message)) {
    if (error)
      *error = EmbeddedStoreText::tr("Cannot upgrade the store %1: %2").arg(path, message);
    return nullptr;
  }
  std::unique_ptr<EmbeddedStore> store(new EmbeddedStore(QFileInfo(path).absoluteFilePath(), std::move(db)));
  if (!store->loadGeography(&message)) {
    if (error)
      *error = EmbeddedStoreText::tr("Cannot open the store %1: %2").arg(path, message);
    return nullptr;
  }
  return store;
}

bool EmbeddedStore::loadGeography(QString *error) {
  SqliteStatement ufs(*m_db, "SELECT code, sigla, name, region FROM uf_info");
  while (ufs.next())
    m_geography.addUf({int(ufs.integer(0)), ufs.text(1), ufs.text(2), ufs.text(3)});
  SqliteStatement munis(*m_db, "SELECT code, uf_code, name FROM municipality_info");
  while (munis.next())
    m_geography.addMunicipality({int(munis.integer(0)), int(munis.integer(1)), munis.text(2)});
  SqliteStatement pop(*m_db, "SELECT code, year, population FROM population");
  while (pop.next())
    m_geography.setPopulation(int(pop.integer(0)), int(pop.integer(1)), pop.real(2));
  if (ufs.failed() || munis.failed() || pop.failed()) {
    *error = m_db->lastError();
    return false;
  }
  return true;
}

QStringList EmbeddedStore::ingredients() const {
  QMutexLocker lock(&m_mutex);
  QStringList out;
  SqliteStatement q(*m_db, "SELECT name FROM ingredient ORDER BY name");
  while (q.next())
    out.append(q.text(0));
  return out;
}

std::pair<int, int> EmbeddedStore::yearRange() const {
  QMutexLocker lock(&m_mutex);
  // Kept per file at import: MIN(period) over the mart would scan it.
  SqliteStatement q(*m_db, "SELECT MIN(first_period), MAX(last_period) FROM import_file");
  if (!q.next() || q.integer(0) == 0)
    return {0, 0};
  return {int(q.integer(0) / 100), int(q.integer(1) / 100)};
}

std::vector<std::pair<qint64, QString>> EmbeddedStore::matchingIngredientIds(const QString &filter) const {
  const QString key = foldKey(filter);
  std::vector<std::pair<qint64, QString>> out;
  SqliteStatement q(*m_db, "SELECT id, name, name_key FROM ingredient ORDER BY name");
  while (q.next())
    if (key.isEmpty() || q.text(2).contains(key))
      out.emplace_back(q.integer(0), q.text(1));
  return out;
}

QStringList EmbeddedStore::matchingIngredients(const QString &filter) const {
  QMutexLocker lock(&m_mutex);
  QStringList out;
  for (const auto &m : matchingIngredientIds(filter))
    out.append(m.second);
  return out;
}

std::vector<SalesCell> EmbeddedStore::salesCells(const SalesFilter &filter, Feedback *feedback) const {
  QMutexLocker lock(&m_mutex);
  const auto ids = matchingIngredientIds(filter.ingredientContains);
  std::vector<SalesCell> cells;
  if (ids.empty())
    return cells;
  // Integer ids only, so building the IN list is safe.
  QStringList idList;
  for (const auto &id : ids)
    idList.append(QString::number(id.first));
  // The file_id list lets SQLite seek each (file, ingredient) range of the clustered key.
  // State level: unmatched names (municipality 0) count for their state, as in TrendAnalysis.
  const QByteArray place = filter.byMunicipality
                               ? "uf_code, municipality_code"
                               : "CASE WHEN uf_code <> 0 THEN uf_code ELSE municipality_code / 100000 END, 0";
  const QByteArray groups = filter.byMunicipality ? "1, 2, 3" : "1, 2";
  const QByteArray sql = "SELECT period, " + place +
                         ", SUM(prescriptions), SUM(units) FROM sales_month "
                         "WHERE file_id IN (SELECT id FROM import_file) AND ingredient_id IN (" +
                         idList.join(',').toLatin1() + ") AND period BETWEEN ? AND ? GROUP BY " + groups +
                         " ORDER BY " + groups;
  SqliteStatement q(*m_db, sql.constData());
  q.bind(1, qint64(filter.fromYear > 0 ? filter.fromYear * 100 + 1 : 0));
  q.bind(2, qint64(filter.toYear > 0 ? filter.toYear * 100 + 12 : 999999));
  while (q.next()) {
    if (feedback && (cells.size() & 0xFFFF) == 0 && feedback->isCanceled())
      throw Canceled{};
    cells.push_back({int(q.integer(0)), int(q.integer(1)), int(q.integer(2)), double(q.integer(3)),
                     double(q.integer(4))});
  }
  return cells;
}

std::vector<ImportRecord> EmbeddedStore::imports() const {
  QMutexLocker lock(&m_mutex);
  std::vector<ImportRecord> out;
  SqliteStatement q(*m_db,
                    "SELECT file_name, path, imported_at, rows_read, rows_loaded, rows_quarantined, warnings "
                    "FROM import_file ORDER BY file_name");
  while (q.next()) {
    ImportRecord r;
    r.fileName = q.text(0);
    r.path = q.text(1);
    r.importedAt = QDateTime::fromString(q.text(2), Qt::ISODateWithMs);
    r.rowsRead = q.integer(3);
    r.rowsLoaded = q.integer(4);
    r.rowsQuarantined = q.integer(5);
    r.warnings = q.integer(6);
    out.push_back(r);
  }
  return out;
}

BoundarySource EmbeddedStore::boundaries(GeoLevel level) const {
  switch (level) {
  case GeoLevel::Municipality:
    return {m_path, QStringLiteral("municipality"), QStringLiteral("code"), QStringLiteral("name")};
  case GeoLevel::Uf:
    return {m_path, QStringLiteral("uf"), QStringLiteral("sigla"), QStringLiteral("name")};
  case GeoLevel::Region:
    return {m_path, QStringLiteral("uf"), QStringLiteral("region"), QStringLiteral("region")};
  case GeoLevel::Country:
    break;
  }
  return {m_path, QStringLiteral("uf"), QString(), QString()};
}

ImportSink::WriteStatus EmbeddedStore::replaceFileLoad(const FileLoad &load, Feedback *feedback,
                                                       QString *error) {
  QMutexLocker lock(&m_mutex);
  SqliteDb &db = *m_db;
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
  {
    SqliteStatement old(db, "SELECT id FROM import_file WHERE file_name = ?");
    old.bind(1, load.fileName);
    if (old.next()) {
      replaced = true;
      const qint64 oldId = old.integer(0);
      old.reset();
      for (const char *sql :
           {"DELETE FROM sales_month WHERE file_id = ?", "DELETE FROM sales_profile WHERE file_id = ?",
            "DELETE FROM unmatched_municipality WHERE file_id = ?",
            "DELETE FROM quarantine WHERE file_id = ?", "DELETE FROM import_file WHERE id = ?"}) {
        SqliteStatement del(db, sql);
        if (!del.bind(1, oldId).run())
          return fail();
      }
    }
  }
  int firstPeriod = 0, lastPeriod = 0;
  for (const SalesMonthRow &r : load.sales) {
    firstPeriod = firstPeriod == 0 ? r.period : std::min(firstPeriod, r.period);
    lastPeriod = std::max(lastPeriod, r.period);
  }
  SqliteStatement file(
      db, "INSERT INTO import_file(file_name, path, imported_at, rows_read, rows_loaded, "
          "rows_quarantined, warnings, first_period, last_period) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
  file.bind(1, load.fileName)
      .bind(2, load.path)
      .bind(3, load.importedAt.toString(Qt::ISODateWithMs))
      .bind(4, load.rowsRead)
      .bind(5, load.rowsLoaded)
      .bind(6, load.rowsQuarantined)
      .bind(7, load.warnings);
  if (firstPeriod > 0)
    file.bind(8, qint64(firstPeriod)).bind(9, qint64(lastPeriod));
  if (!file.run())
    return fail();
  const qint64 fileId = db.lastInsertId();

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
    if (!insert.finish())
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
  {
    SqliteStatement insert(db,
                           "INSERT INTO quarantine(file_id, line, field, reason, raw) VALUES(?, ?, ?, ?, ?)");
    for (const QuarantineEntry &q : load.quarantine)
      if (!insert.bind(1, fileId).bind(2, q.line).bind(3, q.field).bind(4, q.reason).bind(5, q.raw).run())
        return fail();
  }
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

std::vector<QuarantineEntry> EmbeddedStore::quarantine() const {
  QMutexLocker lock(&m_mutex);
  std::vector<QuarantineEntry> out;
  SqliteStatement q(*m_db, "SELECT f.file_name, q.line, q.field, q.reason, q.raw FROM quarantine q "
                           "JOIN import_file f ON f.id = q.file_id ORDER BY f.file_name, q.line");
  while (q.next())
    out.push_back({q.text(0), q.integer(1), q.text(2), q.text(3), q.text(4)});
  return out;
}

QString EmbeddedStore::exportQuarantine(QString *error) {
  const QString path = quarantineCsvPath();
  return QuarantineCsv::write(path, quarantine(), error) ? path : QString();
}

std::unique_ptr<DistrictSeriesStore> EmbeddedStore::openDistrictSeries(QString *error) {
  return EmbeddedDistrictSeries::open(location(), error);
}

} // namespace epidesk
