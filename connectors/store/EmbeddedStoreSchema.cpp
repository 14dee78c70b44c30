#include "EmbeddedStoreSchema.h"
#include "EmbeddedRollups.h"
#include "FileLoadTables.h"
#include "Geography.h"
#include "SqliteUtil.h"
#include "TextKey.h"
#include <QDateTime>

namespace epidesk {

namespace {

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

// Version 2. district_daily is a WITHOUT ROWID table clustered on
// (file_id, code, day), as the sales marts are: a re-import deletes one key
// range. day is yyyymmdd; code is DistrictSeriesStore::storedCode().
const char *kDistrictTables = R"sql(
CREATE TABLE IF NOT EXISTS district(code INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS district_daily(file_id INTEGER NOT NULL, code INTEGER NOT NULL, day INTEGER NOT NULL,
                                          cases INTEGER NOT NULL, deaths INTEGER NOT NULL,
                                          PRIMARY KEY(file_id, code, day)) WITHOUT ROWID;
)sql";

// Version 3: the all-ingredient rollup; version 4: the year rollups and the
// state marts (EmbeddedRollups).

bool hasTable(SqliteDb &db, const char *name) {
  SqliteStatement q(db, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
  q.bind(1, QString::fromLatin1(name));
  return q.next() && q.integer(0) == 1;
}

} // namespace

// WAL: readers (the map through GDAL) never block the importer; NORMAL sync
// is still crash-safe in WAL mode (a crash loses at most the last commit).
bool EmbeddedStoreSchema::applyPragmas(SqliteDb &db, QString *error) {
  return db.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY;"
                 "PRAGMA cache_size=-65536; PRAGMA foreign_keys=OFF;",
                 error);
}

bool EmbeddedStoreSchema::create(SqliteDb &db, const Geography &geography,
                                 const std::vector<StoreBuilder::PopulationRow> &population, QString *error) {
  SqliteTransaction tx(db, error);
  if (!tx.isActive() || !db.exec(kSchema, error))
    return false;
  SqliteStatement meta(db, "INSERT INTO epidesk_meta(key, value) VALUES(?, ?)");
  meta.bind(1, QStringLiteral("schema_version")).bind(2, QString::number(version)).run();
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

int EmbeddedStoreSchema::versionOf(SqliteDb &db) {
  if (!hasTable(db, "epidesk_meta"))
    return 0;
  SqliteStatement q(db, "SELECT value FROM epidesk_meta WHERE key = 'schema_version'");
  return q.next() ? q.text(0).toInt() : 0;
}

// Schema steps are additive (CREATE TABLE IF NOT EXISTS); new stores,
// written at the current version by create(), get their later tables here
// too. 1 -> 2: the daily district series tables. 2 -> 3 -> 4: the rollups,
// filled from the loads already there.
bool EmbeddedStoreSchema::upgrade(SqliteDb &db, int fromVersion, QString *error) {
  if (fromVersion >= version && hasTable(db, "district_daily") && EmbeddedRollups::present(db))
    return true;
  SqliteTransaction tx(db, error);
  if (!tx.isActive() || !db.exec(kDistrictTables, error) || !EmbeddedRollups::upgrade(db, error))
    return false;
  if (fromVersion < version) {
    SqliteStatement meta(db, "UPDATE epidesk_meta SET value = ? WHERE key = 'schema_version'");
    if (!meta.bind(1, QString::number(version)).run()) {
      *error = db.lastError();
      return false;
    }
  }
  return tx.commit(error);
}

bool EmbeddedStoreSchema::deleteFileLoad(SqliteDb &db, const QString &fileName, bool *replaced,
                                         QString *error) {
  if (replaced)
    *replaced = false;
  SqliteStatement old(db, "SELECT id FROM import_file WHERE file_name = ?");
  old.bind(1, fileName);
  if (!old.next()) {
    if (old.failed() && error)
      *error = db.lastError();
    return !old.failed();
  }
  if (replaced)
    *replaced = true;
  const qint64 oldId = old.integer(0);
  old.reset();
  auto remove = [&](const QByteArray &sql) {
    SqliteStatement del(db, sql);
    if (del.bind(1, oldId).run())
      return true;
    if (error)
      *error = db.lastError();
    return false;
  };
  if (!EmbeddedRollups::subtract(db, oldId, error))
    return false;
  for (const char *table : kFileLoadTables)
    if (!remove(QByteArray("DELETE FROM ") + table + " WHERE file_id = ?"))
      return false;
  return remove("DELETE FROM import_file WHERE id = ?");
}

bool EmbeddedStoreSchema::insertQuarantine(SqliteDb &db, qint64 fileId,
                                           const std::vector<QuarantineEntry> &entries) {
  SqliteStatement insert(db,
                         "INSERT INTO quarantine(file_id, line, field, reason, raw) VALUES(?, ?, ?, ?, ?)");
  for (const QuarantineEntry &q : entries)
    if (!insert.bind(1, fileId).bind(2, q.line).bind(3, q.field).bind(4, q.reason).bind(5, q.raw).run())
      return false;
  return true;
}

} // namespace epidesk
