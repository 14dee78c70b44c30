#include "EmbeddedStore.h"
#include "DistrictSeriesStore.h"
#include "EmbeddedDistrictSeries.h"
#include "EmbeddedStoreSchema.h"
#include "EmbeddedStoreSink.h"
#include "Feedback.h"
#include "FileLoadTables.h"
#include "QuarantineCsv.h"
#include "SalesQuery.h"
#include "SqliteUtil.h"
#include "StoreBuilder.h"
#include "TextKey.h"
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace epidesk {

namespace {

// This file's messages, in one context that lupdate sees too.
class EmbeddedStoreText {
  Q_DECLARE_TR_FUNCTIONS(EmbeddedStore)
};

} // namespace

EmbeddedStore::EmbeddedStore(QString path, std::unique_ptr<SqliteDb> db)
    : m_path(std::move(path)), m_db(std::move(db)) {}

EmbeddedStore::~EmbeddedStore() {
  holdSnapshot(false);
}

void EmbeddedStore::holdSnapshot(bool hold) const {
  QMutexLocker lock(&m_mutex);
  if (hold == m_snapshotHeld)
    return;
  QString error;
  if (hold) // a deferred transaction takes its snapshot at its first read
    m_snapshotHeld = m_db->exec("BEGIN; SELECT COUNT(*) FROM import_file;", &error);
  else {
    m_db->exec("COMMIT", &error);
    m_snapshotHeld = false;
  }
}

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
    if (!db.open(path, false, &message) || !EmbeddedStoreSchema::applyPragmas(db, &message) ||
        !EmbeddedStoreSchema::create(db, geography, population, &message))
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
  // Checked before any pragma so a foreign file is never switched to WAL.
  const int version = EmbeddedStoreSchema::versionOf(*db);
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
  if (!EmbeddedStoreSchema::applyPragmas(*db, &message)) {
    if (error)
      *error = EmbeddedStoreText::tr("Cannot open the store %1: %2").arg(path, message);
    return nullptr;
  }
  if (!EmbeddedStoreSchema::upgrade(*db, version, &message)) {
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
  SqliteStatement q(*m_db, SalesQuery::yearRangeSql());
  return q.next() ? SalesQuery::yearRange(q.integer(0), q.integer(1)) : std::pair<int, int>{0, 0};
}

std::vector<std::pair<qint64, QString>> EmbeddedStore::matchingIngredientIds(const QString &filter) const {
  const SalesQuery::IngredientMatch matches(filter);
  std::vector<std::pair<qint64, QString>> out;
  SqliteStatement q(*m_db, "SELECT id, name, name_key FROM ingredient ORDER BY name");
  while (q.next())
    if (matches(q.text(2)))
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
  std::vector<qint64> ids;
  for (const auto &id : matchingIngredientIds(filter.ingredientContains))
    ids.push_back(id.first);
  const SalesQuery query(filter, std::move(ids));
  std::vector<SalesCell> cells;
  cells.reserve(1 << 16);
  if (query.selectsNothing())
    return cells;
  SqliteStatement q(*m_db, query.sql(SalesQuery::Dialect::Sqlite).c_str());
  q.bind(1, qint64(query.firstPeriod()));
  q.bind(2, qint64(query.lastPeriod()));
  while (q.next()) {
    if (feedback && (cells.size() & 0xFFFF) == 0 && feedback->isCanceled())
      throw Canceled{};
    cells.push_back({int(q.integer(0)), int(q.integer(1)), int(q.integer(2)), double(q.integer(3)),
                     double(q.integer(4))});
  }
  if (query.sumsInCaller(SalesQuery::Dialect::Sqlite))
    SalesQuery::sumCells(cells);
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
  return StoreBuilder::boundaries(m_path, level);
}

ImportSink::WriteStatus EmbeddedStore::replaceFileLoad(const FileLoad &load, Feedback *feedback,
                                                       QString *error) {
  QMutexLocker lock(&m_mutex);
  return EmbeddedStoreSink::replaceFileLoad(*m_db, load, feedback, error);
}

std::vector<QuarantineEntry> EmbeddedStore::quarantine() const {
  QMutexLocker lock(&m_mutex);
  std::vector<QuarantineEntry> out;
  SqliteStatement q(*m_db, kQuarantineSql);
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
