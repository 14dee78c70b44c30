#include "WarehouseSource.h"
#include "Feedback.h"
#include "PgConnection.h"
#include "SalesQuery.h"
#include "SharedData.h"
#include "StoreBuilder.h"
#include "WarehouseMigrations.h"
#include "WarehouseReference.h"
#include "WarehouseSnapshot.h"
#include <QCoreApplication>
#include <pqxx/nontransaction>

namespace epidesk {

namespace {
// This file's messages, in one context that lupdate sees too.
class WarehouseText {
  Q_DECLARE_TR_FUNCTIONS(Warehouse)
};
} // namespace

struct WarehouseSource::Db {
  pg::ConnectionPtr connection;
};

WarehouseSource::WarehouseSource(PgLocation location, QString sharedDir, std::unique_ptr<Db> db)
    : m_location(std::move(location)), m_sharedDir(std::move(sharedDir)), m_db(std::move(db)) {}

WarehouseSource::~WarehouseSource() = default;

std::unique_ptr<WarehouseSource> WarehouseSource::open(const PgLocation &location, const QString &sharedDir,
                                                       QString *error) {
  pg::ConnectionPtr connection = pg::connect(location, error);
  if (!connection)
    return nullptr;
  try {
    const QString snapshot = location.snapshot();
    if (snapshot.isEmpty()) {
      WarehouseMigrations::migrate(*connection);
      if (!WarehouseReference::ensureLoaded(*connection, sharedDir, error))
        return nullptr;
    } else {
      if (!WarehouseSnapshot::isValidName(snapshot) ||
          WarehouseMigrations::appliedVersions(*connection).isEmpty() ||
          !WarehouseSnapshot::exists(*connection, snapshot)) {
        if (error)
          *error =
              WarehouseText::tr("The warehouse %1 has no snapshot \"%2\"").arg(location.display(), snapshot);
        return nullptr;
      }
      // Every query names its tables unqualified: the snapshot schema answers them.
      pqxx::nontransaction tx(*connection);
      tx.exec("SET search_path TO " + tx.quote_name(pg::str(WarehouseSnapshot::schemaName(snapshot))));
    }
    auto db = std::make_unique<Db>();
    db->connection = std::move(connection);
    std::unique_ptr<WarehouseSource> source(new WarehouseSource(location, sharedDir, std::move(db)));
    source->m_geography = WarehouseReference::read(*source->m_db->connection);
    // Resolved through search_path: the snapshot's schema when opening one.
    const pqxx::row marts = pqxx::nontransaction(*source->m_db->connection)
                                .exec1("SELECT to_regclass('sales_month_uf') IS NOT NULL, "
                                       "to_regclass('sales_month_uf_all') IS NOT NULL");
    source->m_marts.statePerIngredient = marts[0].as<bool>();
    source->m_marts.allIngredients = marts[1].as<bool>();
    source->m_marts.yearly = false; // PostgreSQL sums a year's months per municipality in the query
    return source;
  } catch (const std::exception &e) {
    if (error)
      *error =
          WarehouseText::tr("Cannot open the warehouse %1: %2").arg(location.display(), pg::errorText(e));
    return nullptr;
  }
}

QStringList WarehouseSource::ingredients() const {
  QMutexLocker lock(&m_mutex);
  QStringList out;
  pqxx::nontransaction tx(*m_db->connection);
  // Only ingredients some load still uses (upserts outlive rolled-back files).
  // The state-level mart holds the same (ingredient, load) pairs in far fewer rows.
  const std::string mart = m_marts.statePerIngredient ? "sales_month_uf" : "sales_month";
  for (const auto &r : tx.exec("SELECT name FROM ingredient i WHERE EXISTS (SELECT 1 FROM " + mart +
                               " s WHERE s.ingredient_id = i.id) ORDER BY name"))
    out.append(pg::qstr(r[0].as<std::string>()));
  std::sort(out.begin(), out.end()); // the same order as the embedded store, whatever the collation
  return out;
}

std::pair<int, int> WarehouseSource::yearRange() const {
  QMutexLocker lock(&m_mutex);
  pqxx::nontransaction tx(*m_db->connection);
  const pqxx::row r = tx.exec1(SalesQuery::yearRangeSql());
  return SalesQuery::yearRange(r[0].as<qint64>(), r[1].as<qint64>());
}

std::vector<SalesCell> WarehouseSource::salesCells(const SalesFilter &filter, Feedback *feedback) const {
  QMutexLocker lock(&m_mutex);
  pqxx::nontransaction tx(*m_db->connection);
  const SalesQuery::IngredientMatch matches(filter.ingredientContains);
  std::vector<qint64> ids;
  for (const auto &r : tx.exec("SELECT id, name_key FROM ingredient"))
    if (matches(pg::qstr(r[1].as<std::string>())))
      ids.push_back(r[0].as<qint64>());
  const SalesQuery query(filter, std::move(ids));
  std::vector<SalesCell> cells;
  if (query.selectsNothing())
    return cells;
  // An old snapshot without some rollup sums a finer mart.
  const pqxx::result rows = tx.exec_params(query.sql(SalesQuery::Dialect::Postgres, m_marts),
                                           query.firstPeriod(), query.lastPeriod());
  cells.reserve(rows.size());
  for (const auto &r : rows) {
    if (feedback && (cells.size() & 0xFFFF) == 0 && feedback->isCanceled())
      throw Canceled{};
    cells.push_back({r[0].as<int>(), r[1].as<int>(), r[2].as<int>(), double(r[3].as<qint64>()),
                     double(r[4].as<qint64>())});
  }
  return cells;
}

std::vector<ImportRecord> WarehouseSource::imports() const {
  QMutexLocker lock(&m_mutex);
  pqxx::nontransaction tx(*m_db->connection);
  std::vector<ImportRecord> out;
  for (const auto &r :
       tx.exec("SELECT file_name, path, to_char(imported_at AT TIME ZONE 'UTC', "
               "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), rows_read, rows_loaded, rows_quarantined, "
               "warnings FROM import_file")) {
    ImportRecord rec;
    rec.fileName = pg::qstr(r[0].as<std::string>());
    rec.path = pg::qstr(r[1].as<std::string>());
    rec.importedAt = QDateTime::fromString(pg::qstr(r[2].as<std::string>()), Qt::ISODateWithMs);
    rec.rowsRead = r[3].as<qint64>();
    rec.rowsLoaded = r[4].as<qint64>();
    rec.rowsQuarantined = r[5].as<qint64>();
    rec.warnings = r[6].as<qint64>();
    out.push_back(rec);
  }
  std::sort(out.begin(), out.end(),
            [](const ImportRecord &a, const ImportRecord &b) { return a.fileName < b.fileName; });
  return out;
}

BoundarySource WarehouseSource::boundaries(GeoLevel level) const {
  {
    QMutexLocker lock(&m_mutex);
    if (m_boundaryCache.isEmpty()) {
      QString error;
      m_boundaryCache = WarehouseReference::boundaryCache(m_sharedDir, &error);
      if (m_boundaryCache.isEmpty())
        qWarning("%s", qPrintable(error));
    }
  }
  return StoreBuilder::boundaries(m_boundaryCache, level);
}

} // namespace epidesk
