// DistrictSeriesStore on the PostgreSQL warehouse (tables of migration 4).
#include "WarehouseDistrictSeries.h"
#include "DistrictSeriesStore.h"
#include "Feedback.h"
#include "PgConnection.h"
#include "PgLocation.h"
#include "WarehouseFileLoads.h"
#include "WarehouseMigrations.h"
#include <QCoreApplication>
#include <pqxx/nontransaction>
#include <pqxx/transaction>

namespace epidesk {

namespace {

class WarehouseDistrictSeriesStore : public DistrictSeriesStore {
public:
  WarehouseDistrictSeriesStore(PgLocation location, pg::ConnectionPtr connection)
      : m_location(std::move(location)), m_connection(std::move(connection)) {}

  QString location() const override { return m_location.display(); }

  FileWriter::Status replaceFileLoad(const DistrictLoad &load, Feedback *feedback, QString *error) override {
    try {
      pqxx::work tx(*m_connection);
      WarehouseFileLoads::lock(tx, load.fileName);
      WarehouseFileLoads::deleteEarlierLoad(tx, load.fileName);
      const qint64 fileId =
          tx.exec_params("INSERT INTO import_file(file_name, path, imported_at, rows_read, rows_loaded, "
                         "rows_quarantined, warnings) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                         pg::str(load.fileName), pg::str(load.path),
                         pg::str(load.importedAt.toString(Qt::ISODateWithMs)), load.rowsRead, load.rowsLoaded,
                         load.rowsQuarantined, load.warnings)[0][0]
              .as<qint64>();
      for (auto it = load.districts.cbegin(); it != load.districts.cend(); ++it)
        tx.exec_params("INSERT INTO district(code, name) VALUES ($1, $2) "
                       "ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name",
                       storedCode(it.key()), pg::str(it.value()));
      {
        pg::CopyStream copy(tx, "district_daily", {"file_id", "code", "day", "cases", "deaths"});
        qint64 n = 0;
        for (const DistrictDay &d : load.days) {
          if ((++n & 0xFFFF) == 0 && feedback && feedback->isCanceled())
            return FileWriter::Status::Canceled;
          pg::CopyLine(copy.buffer())
              .integer(fileId)
              .integer(storedCode(d.code))
              .text(d.day.toString(Qt::ISODate))
              .integer(d.cases)
              .integer(d.deaths)
              .end();
          copy.rowDone();
        }
        copy.complete();
      }
      {
        pg::CopyStream copy(tx, "quarantine", {"file_id", "line", "field", "reason", "raw"});
        for (const QuarantineEntry &q : load.quarantine) {
          pg::CopyLine(copy.buffer())
              .integer(fileId)
              .integer(q.line)
              .text(q.field)
              .text(q.reason)
              .text(q.raw)
              .end();
          copy.rowDone();
        }
        copy.complete();
      }
      if (feedback && feedback->isCanceled())
        return FileWriter::Status::Canceled;
      tx.commit();
      return FileWriter::Status::Written;
    } catch (const std::exception &e) {
      if (error)
        *error = pg::errorText(e);
      return FileWriter::Status::Failed;
    }
  }

  bool readDays(std::vector<DistrictDay> &days, QMap<QString, QString> &districts,
                QString *error) const override {
    try {
      pqxx::nontransaction tx(*m_connection);
      for (const auto &row : tx.exec("SELECT code, name FROM district"))
        districts.insert(codeFromStored(row[0].as<qint64>()), pg::qstr(row[1].as<std::string>()));
      for (const auto &row : tx.exec("SELECT code, to_char(day, 'YYYY-MM-DD'), sum(cases)::bigint, "
                                     "sum(deaths)::bigint FROM district_daily "
                                     "WHERE file_id IN (SELECT id FROM import_file) GROUP BY code, day"))
        days.push_back({codeFromStored(row[0].as<qint64>()),
                        QDate::fromString(pg::qstr(row[1].as<std::string>()), Qt::ISODate),
                        row[2].as<qint64>(), row[3].as<qint64>()});
      return true;
    } catch (const std::exception &e) {
      if (error)
        *error = QCoreApplication::translate("DistrictSeriesStore", "Cannot read daily series from %1: %2")
                     .arg(location(), pg::errorText(e));
      return false;
    }
  }

private:
  PgLocation m_location;
  pg::ConnectionPtr m_connection;
};

} // namespace

std::unique_ptr<DistrictSeriesStore> WarehouseDistrictSeries::open(const PgLocation &location, QString *error) {
  pg::ConnectionPtr connection = pg::connect(location, error);
  if (!connection)
    return nullptr;
  try {
    if (location.snapshot().isEmpty())
      WarehouseMigrations::migrate(*connection);
  } catch (const std::exception &e) {
    if (error)
      *error = QCoreApplication::translate("DistrictSeriesStore", "Cannot prepare the warehouse %1: %2")
                   .arg(location.display(), pg::errorText(e));
    return nullptr;
  }
  return std::make_unique<WarehouseDistrictSeriesStore>(location, std::move(connection));
}

} // namespace epidesk
