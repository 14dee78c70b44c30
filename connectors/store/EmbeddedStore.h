#pragma once
#include "DataSource.h"
#include "EmbeddedStoreSchema.h"
#include "ImportSink.h"
#include <QMutex>
#include <memory>

namespace epidesk {

class SqliteDb;

// The analyst's local store: one GeoPackage file (it is SQLite) holding the
// boundaries as vector layers "uf" and "municipality" (written with GDAL)
// plus plain SQLite tables for reference data, provenance, quarantine and the
// sales marts sales_month and sales_profile (written with the sqlite3 API).
// Thread-safe: one connection behind a mutex.
class EmbeddedStore : public DataSource, public ImportSink {
public:
  // See EmbeddedStoreSchema; open() upgrades older stores in place, in one transaction.
  static constexpr int schemaVersion = EmbeddedStoreSchema::version;

  // Builds a new store at path (which must not exist) from the shared data
  // folder (see sharedDataDir()). Returns nullptr and *error on failure.
  static std::unique_ptr<EmbeddedStore> create(const QString &path, const QString &sharedDir, QString *error,
                                               Feedback *feedback = nullptr);
  // Opens an existing store; nullptr and *error if it is missing or not an EpiDesk store.
  static std::unique_ptr<EmbeddedStore> open(const QString &path, QString *error);
  ~EmbeddedStore() override;

  // DataSource
  QString location() const override { return m_path; }
  Geography geography() const override { return m_geography; }
  QStringList ingredients() const override;
  std::pair<int, int> yearRange() const override;
  // Matching: foldKey(ingredient name) contains foldKey(filter), so
  // "amoxicilina" also selects "AMOXICILINA + CLAVULANATO DE POTÁSSIO".
  // Throws Canceled when feedback is canceled.
  std::vector<SalesCell> salesCells(const SalesFilter &filter, Feedback *feedback = nullptr) const override;
  std::vector<ImportRecord> imports() const override;
  // The store file's layers (StoreBuilder::boundaries).
  BoundarySource boundaries(GeoLevel level) const override;
  // An open read transaction (WAL): later commits by others stay unseen. Do
  // not write through a store while it holds one.
  void holdSnapshot(bool hold) const override;

  // ImportSink
  Geography referenceGeography() const override { return m_geography; }
  WriteStatus replaceFileLoad(const FileLoad &load, Feedback *feedback, QString *error) override;
  QString exportQuarantine(QString *error) override;
  std::unique_ptr<DistrictSeriesStore> openDistrictSeries(QString *error) override;

  // <store>.quarantine.csv
  QString quarantineCsvPath() const { return m_path + QStringLiteral(".quarantine.csv"); }
  std::vector<QuarantineEntry> quarantine() const; // every file's, by file name and line
  // Names of the active ingredients whose folded name contains foldKey(filter).
  QStringList matchingIngredients(const QString &filter) const;

private:
  EmbeddedStore(QString path, std::unique_ptr<SqliteDb> db);
  bool loadGeography(QString *error);
  std::vector<std::pair<qint64, QString>> matchingIngredientIds(const QString &filter) const;

  QString m_path;
  std::unique_ptr<SqliteDb> m_db;
  mutable QMutex m_mutex;
  mutable bool m_snapshotHeld = false;
  Geography m_geography; // read once at open: small and immutable
};

} // namespace epidesk
