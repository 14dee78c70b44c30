#include "WarehouseReference.h"
#include "PgConnection.h"
#include "StoreBuilder.h"
#include "TextKey.h"
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <pqxx/nontransaction>
#include <pqxx/transaction>

namespace epidesk {

namespace {

constexpr long long kReferenceLock = 0x4570694465736b32LL; // "EpiDesk2"

QString cachePath(const QString &sharedDir) {
  const QByteArray id = QDir(sharedDir).canonicalPath().toUtf8();
  const QString hash =
      QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha1).toHex().left(12));
  return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
      .filePath(QStringLiteral("epidesk/warehouse-boundaries-%1.gpkg").arg(hash));
}

// Builds into a temporary file beside the target and renames it: readers in
// other processes never see a half-written GeoPackage.
bool buildCache(const QString &path, const QString &sharedDir, Geography &geography, QString *error) {
  if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
    *error = QCoreApplication::translate("Warehouse", "Cannot create the folder of %1").arg(path);
    return false;
  }
  QTemporaryDir tmp(QFileInfo(path).absolutePath() + QStringLiteral("/.build-XXXXXX"));
  const QString building = tmp.filePath(QStringLiteral("boundaries.gpkg"));
  if (!StoreBuilder::writeBoundaries(building, sharedDir, geography, error))
    return false;
  if (QFile::exists(path))
    return true; // another process finished first
  if (!QFile::rename(building, path)) {
    *error = QCoreApplication::translate("Warehouse", "Cannot write %1").arg(path);
    return false;
  }
  return true;
}

} // namespace

QString WarehouseReference::boundaryCache(const QString &sharedDir, QString *error, Geography *geography) {
  static QMutex mutex;
  QMutexLocker lock(&mutex);
  const QString path = cachePath(sharedDir);
  Geography built;
  if ((!QFile::exists(path) || geography) && !buildCache(path, sharedDir, built, error))
    return {};
  if (geography)
    *geography = built;
  return path;
}

bool WarehouseReference::ensureLoaded(pqxx::connection_base &connection, const QString &sharedDir,
                                      QString *error, Feedback *) {
  pqxx::work tx(connection);
  // Transaction-scoped: released at commit or rollback.
  tx.exec_params("SELECT pg_advisory_xact_lock($1)", kReferenceLock);
  if (tx.exec("SELECT EXISTS (SELECT 1 FROM uf)")[0][0].as<bool>())
    return true;
  Geography geography;
  if (boundaryCache(sharedDir, error, &geography).isEmpty())
    return false;
  std::vector<StoreBuilder::PopulationRow> population;
  if (!StoreBuilder::readPopulation(sharedDir, population, error))
    return false;
  {
    pg::CopyStream copy(tx, "uf", {"code", "sigla", "name", "region"});
    for (const UfInfo &u : geography.ufs()) {
      pg::CopyLine(copy.buffer()).integer(u.code).text(u.sigla).text(u.name).text(u.region).end();
      copy.rowDone();
    }
    copy.complete();
  }
  {
    pg::CopyStream copy(tx, "municipality", {"code", "uf_code", "name", "name_key"});
    for (const MunicipalityInfo &m : geography.municipalities()) {
      pg::CopyLine(copy.buffer()).integer(m.code).integer(m.ufCode).text(m.name).text(foldKey(m.name)).end();
      copy.rowDone();
    }
    copy.complete();
  }
  {
    // The shared CSV may repeat a (code, year): the last value wins, as in the embedded store.
    std::map<std::pair<int, int>, double> unique;
    for (const StoreBuilder::PopulationRow &p : population)
      unique[{p.code, p.year}] = p.population;
    pg::CopyStream copy(tx, "population", {"municipality_code", "year", "population"});
    for (const auto &[key, value] : unique) {
      pg::CopyLine(copy.buffer()).integer(key.first).integer(key.second).real(value).end();
      copy.rowDone();
    }
    copy.complete();
  }
  tx.commit();
  return true;
}

Geography WarehouseReference::read(pqxx::connection_base &connection) {
  Geography g;
  pqxx::nontransaction tx(connection);
  for (const auto &r : tx.exec("SELECT code, sigla, name, region FROM uf"))
    g.addUf({r[0].as<int>(), QString::fromStdString(r[1].as<std::string>()),
             QString::fromStdString(r[2].as<std::string>()), QString::fromStdString(r[3].as<std::string>())});
  for (const auto &r : tx.exec("SELECT code, uf_code, name FROM municipality"))
    g.addMunicipality({r[0].as<int>(), r[1].as<int>(), QString::fromStdString(r[2].as<std::string>())});
  for (const auto &r : tx.exec("SELECT municipality_code, year, population FROM population"))
    g.setPopulation(r[0].as<int>(), r[1].as<int>(), r[2].as<double>());
  return g;
}

} // namespace epidesk
