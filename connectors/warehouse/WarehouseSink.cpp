#include "WarehouseSink.h"
#include "AnvisaReader.h"
#include "CountField.h"
#include "DistrictSeriesStore.h"
#include "Feedback.h"
#include "FileLoadTables.h"
#include "Period.h"
#include "PgConnection.h"
#include "QuarantineCsv.h"
#include "TextKey.h"
#include "WarehouseDistrictSeries.h"
#include "WarehouseFileLoads.h"
#include "WarehouseMigrations.h"
#include "WarehouseReference.h"
#include "WarehouseRollups.h"
#include <QCoreApplication>
#include <QDir>
#include <QMutex>
#include <QStandardPaths>
#include <algorithm>
#include <array>
#include <map>
#include <pqxx/nontransaction>
#include <pqxx/transaction>
#include <set>
#include <stdexcept>
#include <tuple>

namespace epidesk {

namespace {

// This file's messages, in one context that lupdate sees too.
class WarehouseText {
  Q_DECLARE_TR_FUNCTIONS(Warehouse)
};

// Partition creation is serialized across processes with this key.
constexpr long long kPartitionLock = 0x4570694465736b33LL; // "EpiDesk3"

std::string partitionName(int period) {
  return "sale_record_p" + std::to_string(period);
}

} // namespace

// State shared by the sink and its file writers (writers may outlive no sink,
// but hold it by shared_ptr so the order of destruction never matters).
struct WarehouseSink::Shared {
  PgLocation location;
  Geography geography;
  std::array<int, 27> ufCodes{}; // AnvisaRecord::ufIndex -> IBGE code
  QList<int> migrated;
  QString quarantineCsv;

  // Autocommit connection for short statements outside the files'
  // transactions: partitions and ingredient upserts.
  QMutex adminMutex;
  pg::ConnectionPtr admin;
  std::set<int> partitions; // periods known to have a partition

  // Connections of committed files, reused by the next files: a new
  // connection (backend start, authentication) per file cost as much as
  // writing a small file's marts.
  QMutex poolMutex;
  std::vector<pg::ConnectionPtr> idle;

  pg::ConnectionPtr takeConnection(QString *error) {
    {
      QMutexLocker lock(&poolMutex);
      if (!idle.empty()) {
        pg::ConnectionPtr c = std::move(idle.back());
        idle.pop_back();
        if (c->is_open())
          return c;
      }
    }
    return pg::connect(location, error);
  }
  void releaseConnection(pg::ConnectionPtr c) {
    QMutexLocker lock(&poolMutex);
    if (c && c->is_open() && idle.size() < 4)
      idle.push_back(std::move(c));
  }

  // Creates the month's partition, and those missing for the rest of its
  // year, in one short transaction: monthly files arrive in runs, so one
  // catalog transaction serves up to 12 files instead of each paying its own.
  // CREATE TABLE + ATTACH (not CREATE ... PARTITION OF) because ATTACH needs
  // only SHARE UPDATE EXCLUSIVE on sale_record, so files being copied into
  // other months in open transactions neither block it nor are blocked.
  void ensurePartition(int period) {
    QMutexLocker lock(&adminMutex);
    if (partitions.count(period))
      return;
    std::vector<int> periods;
    for (int p = period; MonthKey::year(p) == MonthKey::year(period); p = MonthKey::next(p))
      if (!partitions.count(p))
        periods.push_back(p);
    pqxx::work tx(*admin);
    tx.exec_params("SELECT pg_advisory_xact_lock($1)", kPartitionLock);
    for (const int p : periods) {
      const std::string name = partitionName(p);
      if (!tx.exec_params("SELECT to_regclass($1)", name)[0][0].is_null())
        continue; // made by another process
      const std::string from = std::to_string(p), to = std::to_string(MonthKey::next(p));
      const std::string q = tx.quote_name(name);
      tx.exec("CREATE TABLE " + q +
              " (LIKE sale_record INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING COMMENTS);"
              "ALTER TABLE " +
              q + " ADD CONSTRAINT " + tx.quote_name(name + "_period") + " CHECK (period >= " + from +
              " AND period < " + to + ");ALTER TABLE sale_record ATTACH PARTITION " + q +
              " FOR VALUES FROM (" + from + ") TO (" + to + ");COMMENT ON TABLE " + q + " IS " +
              tx.quote("Sale records of " + from + " (partition of sale_record)."));
    }
    tx.commit();
    partitions.insert(periods.begin(), periods.end());
  }

  // Inserts missing names in sorted order (parallel files never deadlock on
  // the unique index) and returns the ids in the order of names.
  std::vector<qint64> ingredientIds(const QStringList &names) {
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end());
    // Two arrays of text, one element per name, as COPY-free parameters.
    auto array = [](const QStringList &values) {
      std::string out = "{";
      for (const QString &v : values) {
        if (out.size() > 1)
          out += ',';
        out += '"';
        for (char c : pg::str(v)) {
          if (c == '"' || c == '\\')
            out += '\\';
          out += c;
        }
        out += '"';
      }
      return out + "}";
    };
    QStringList keys;
    for (const QString &name : sorted)
      keys.append(foldKey(name));
    QMutexLocker lock(&adminMutex);
    pqxx::nontransaction tx(*admin);
    tx.exec_params("INSERT INTO ingredient(name, name_key) SELECT n, k FROM unnest($1::text[], $2::text[]) "
                   "WITH ORDINALITY AS u(n, k, i) ORDER BY i ON CONFLICT (name) DO NOTHING",
                   array(sorted), array(keys));
    std::map<QString, qint64> ids;
    for (const auto &r :
         tx.exec_params("SELECT name, id FROM ingredient WHERE name = ANY($1::text[])", array(sorted)))
      ids[pg::qstr(r[0].as<std::string>())] = r[1].as<qint64>();
    std::vector<qint64> out;
    for (const QString &name : names)
      out.push_back(ids.at(name));
    return out;
  }
};

namespace {

// One file's load: its own connection and transaction, held open from the
// first record to the commit.
class WarehouseFileWriter : public FileWriter {
public:
  WarehouseFileWriter(std::shared_ptr<WarehouseSink::Shared> shared, const QString &fileName,
                      pg::ConnectionPtr connection)
      : m_shared(std::move(shared)), m_fileName(fileName), m_connection(std::move(connection)),
        m_tx(std::make_unique<pqxx::work>(*m_connection)) {
    WarehouseFileLoads::lock(*m_tx, fileName);
    m_fileId = m_tx->exec("SELECT nextval(pg_get_serial_sequence('import_file', 'id'))")[0][0].as<qint64>();
  }

  ~WarehouseFileWriter() override {
    m_raw.reset();
    m_tx.reset(); // rolls back unless committed
    // Only a cleanly committed connection is reused: after a failure its state is unknown.
    if (m_committed)
      m_shared->releaseConnection(std::move(m_connection));
  }

  void record(const AnvisaRecord &r) override {
    if (!m_error.isEmpty())
      return;
    try {
      const int period = MonthKey::of(r.year, r.month);
      if (period != m_lastPeriod) {
        if (!m_periods.count(period))
          addPeriod(period);
        else if (m_copyPeriod != 0)
          copyInto(0); // an earlier month again: let sale_record route the rows
      }
      m_lastPeriod = period;
      pg::CopyLine line(m_raw->buffer());
      line.integer(m_fileId)
          .integer(r.line)
          .integer(period)
          .integer(m_shared->ufCodes[size_t(r.ufIndex)])
          .encoded(r.municipality, r.encoding)
          .encoded(r.ingredient, r.encoding)
          .encoded(r.unit, r.encoding)
          .integer(r.quantity)
          .integerOrNull(r.receiptType, r.receiptType == 0);
      if (r.cid10.isEmpty())
        line.null();
      else
        line.encoded(r.cid10, r.encoding);
      line.integerOrNull(r.sex, r.sex == 0);
      if (r.age < 0)
        line.null();
      else
        line.real(r.age);
      line.integerOrNull(r.ageUnit, r.ageUnit == 0).end();
      m_raw->rowDone();
    } catch (const std::exception &e) {
      m_error = pg::errorText(e);
    }
  }

  QString error() const override { return m_error; }

  Status finish(const FileLoad &load, Feedback *feedback, QString *error) override {
    if (!m_error.isEmpty()) {
      *error = m_error;
      return Status::Failed;
    }
    auto canceled = [&] { return feedback && feedback->isCanceled(); };
    try {
      if (m_raw) {
        m_raw->complete();
        m_raw.reset();
      }
      if (canceled())
        return Status::Canceled;
      WarehouseFileLoads::deleteEarlierLoad(*m_tx, load.fileName);
      writeProvenance(load);
      const std::vector<qint64> ids = m_shared->ingredientIds(load.ingredients);
      writeMarts(load, ids);
      writeQuarantine(load);
      if (canceled())
        return Status::Canceled;
      m_tx->commit();
      m_committed = true;
      return Status::Written;
    } catch (const std::exception &e) {
      *error = pg::errorText(e);
      return Status::Failed;
    }
  }

private:
  // A new month: the COPY stops while its partition is made sure of, then
  // resumes. LOCK TABLE on the partition makes this session process the
  // catalog change, so a COPY into sale_record routes rows to it.
  void addPeriod(int period) {
    if (m_raw) {
      m_raw->complete();
      m_raw.reset();
    }
    m_shared->ensurePartition(period);
    m_tx->exec("LOCK TABLE " + m_tx->quote_name(partitionName(period)) + " IN ROW EXCLUSIVE MODE");
    m_periods.insert(period);
    // A file is normally one month: COPY straight into its partition, which
    // spares the per-row partition routing; files mixing months go through
    // sale_record.
    copyInto(m_periods.size() == 1 ? period : 0);
  }

  // (Re)starts the raw COPY into the partition of period, or into
  // sale_record for 0.
  void copyInto(int period) {
    if (m_raw) {
      m_raw->complete();
      m_raw.reset();
    }
    m_copyPeriod = period;
    m_raw = std::make_unique<pg::CopyStream>(
        *m_tx, period ? partitionName(period) : std::string("sale_record"),
        std::vector<std::string>{"file_id", "line", "period", "uf_code", "municipality", "ingredient", "unit",
                                 "quantity", "receipt_type", "cid10", "sex", "age", "age_unit"});
  }

  void writeProvenance(const FileLoad &load) {
    int first = m_periods.empty() ? 0 : *m_periods.begin();
    int last = m_periods.empty() ? 0 : *m_periods.rbegin();
    for (const SalesMonthRow &r : load.sales) { // loads given without raw records
      first = first == 0 ? r.period : std::min(first, r.period);
      last = std::max(last, r.period);
    }
    // 0 = no sales: stored as NULL.
    m_tx->exec_params("INSERT INTO import_file(id, file_name, path, imported_at, rows_read, rows_loaded, "
                      "rows_quarantined, warnings, first_period, last_period) "
                      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULLIF($9, 0), NULLIF($10, 0))",
                      m_fileId, pg::str(load.fileName), pg::str(load.path),
                      pg::str(load.importedAt.toString(Qt::ISODateWithMs)), load.rowsRead, load.rowsLoaded,
                      load.rowsQuarantined, load.warnings, first, last);
  }

  void writeMarts(const FileLoad &load, const std::vector<qint64> &ids) {
    {
      // Sorted by ingredient and period: the BRIN index then finds one
      // ingredient's rows in few block ranges.
      std::vector<const SalesMonthRow *> rows;
      rows.reserve(load.sales.size());
      for (const SalesMonthRow &r : load.sales)
        rows.push_back(&r);
      std::sort(rows.begin(), rows.end(), [&](const SalesMonthRow *a, const SalesMonthRow *b) {
        return std::make_pair(ids[size_t(a->ingredient)], a->period) <
               std::make_pair(ids[size_t(b->ingredient)], b->period);
      });
      pg::CopyStream copy(
          *m_tx, "sales_month",
          {"file_id", "ingredient_id", "period", "uf_code", "municipality_code", "prescriptions", "units"});
      for (const SalesMonthRow *row : rows) {
        const SalesMonthRow &r = *row;
        pg::CopyLine(copy.buffer())
            .integer(m_fileId)
            .integer(ids[size_t(r.ingredient)])
            .integer(r.period)
            .integer(r.ufCode)
            .integer(r.municipalityCode)
            .integer(r.prescriptions)
            .integer(r.units)
            .end();
        copy.rowDone();
      }
      copy.complete();
    }
    WarehouseRollups::write(*m_tx, m_fileId, load.sales, ids);
    {
      pg::CopyStream copy(*m_tx, "sales_profile",
                          {"file_id", "ingredient_id", "period", "uf_code", "sex", "age_band", "receipt_type",
                           "prescriptions", "units"});
      std::vector<const SalesProfileRow *> rows; // sorted, as sales_month
      rows.reserve(load.profile.size());
      for (const SalesProfileRow &r : load.profile)
        rows.push_back(&r);
      std::sort(rows.begin(), rows.end(), [&](const SalesProfileRow *a, const SalesProfileRow *b) {
        return std::make_pair(ids[size_t(a->ingredient)], a->period) <
               std::make_pair(ids[size_t(b->ingredient)], b->period);
      });
      for (const SalesProfileRow *row : rows) {
        const SalesProfileRow &r = *row;
        pg::CopyLine(copy.buffer())
            .integer(m_fileId)
            .integer(ids[size_t(r.ingredient)])
            .integer(r.period)
            .integer(r.ufCode)
            .integer(r.sex)
            .integer(r.ageBand)
            .integer(r.receiptType)
            .integer(r.prescriptions)
            .integer(r.units)
            .end();
        copy.rowDone();
      }
      copy.complete();
    }
    if (!load.unmatched.empty()) { // usually empty: spare the COPY round trips
      pg::CopyStream copy(*m_tx, "unmatched_municipality", {"file_id", "uf_code", "name", "rows"});
      for (const UnmatchedMunicipality &u : load.unmatched) {
        pg::CopyLine(copy.buffer()).integer(m_fileId).integer(u.ufCode).text(u.name).integer(u.rows).end();
        copy.rowDone();
      }
      copy.complete();
    }
  }

  void writeQuarantine(const FileLoad &load) {
    if (load.quarantine.empty())
      return;
    pg::CopyStream copy(*m_tx, "quarantine", {"file_id", "line", "field", "reason", "raw"});
    for (const QuarantineEntry &q : load.quarantine) {
      pg::CopyLine(copy.buffer())
          .integer(m_fileId)
          .integer(q.line)
          .text(q.field)
          .text(q.reason)
          .text(q.raw)
          .end();
      copy.rowDone();
    }
    copy.complete();
  }

  std::shared_ptr<WarehouseSink::Shared> m_shared;
  QString m_fileName;
  pg::ConnectionPtr m_connection;
  std::unique_ptr<pqxx::work> m_tx;
  std::unique_ptr<pg::CopyStream> m_raw; // open COPY into sale_record, if any
  qint64 m_fileId = 0;
  std::set<int> m_periods;
  bool m_committed = false;
  int m_lastPeriod = 0;
  int m_copyPeriod = 0; // partition the open COPY writes to directly; 0 = sale_record
  QString m_error;
};

} // namespace

WarehouseSink::WarehouseSink(std::shared_ptr<Shared> shared) : m_shared(std::move(shared)) {}

WarehouseSink::~WarehouseSink() = default;

std::unique_ptr<WarehouseSink> WarehouseSink::open(const PgLocation &location, const QString &sharedDir,
                                                   QString *error) {
  auto shared = std::make_shared<Shared>();
  shared->location = location;
  shared->admin = pg::connect(location, error);
  if (!shared->admin)
    return nullptr;
  try {
    shared->migrated = WarehouseMigrations::migrate(*shared->admin);
    if (!WarehouseReference::ensureLoaded(*shared->admin, sharedDir, error))
      return nullptr;
    shared->geography = WarehouseReference::read(*shared->admin);
    pqxx::nontransaction tx(*shared->admin);
    for (const auto &r : tx.exec("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                                 "WHERE i.inhparent = 'sale_record'::regclass"))
      shared->partitions.insert(QString::fromStdString(r[0].as<std::string>()).mid(13).toInt());
  } catch (const std::exception &e) {
    if (error)
      *error =
          WarehouseText::tr("Cannot prepare the warehouse %1: %2").arg(location.display(), pg::errorText(e));
    return nullptr;
  }
  const QStringList &siglas = Geography::ufSiglas();
  for (int i = 0; i < siglas.size() && i < 27; ++i)
    if (const UfInfo *uf = shared->geography.ufBySigla(siglas[i]))
      shared->ufCodes[size_t(i)] = uf->code;
  shared->quarantineCsv =
      QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
          .filePath(QStringLiteral("epidesk/warehouse-%1.quarantine.csv").arg(location.key()));
  return std::unique_ptr<WarehouseSink>(new WarehouseSink(std::move(shared)));
}

QString WarehouseSink::location() const {
  return m_shared->location.display();
}

Geography WarehouseSink::referenceGeography() const {
  return m_shared->geography;
}

QList<int> WarehouseSink::migrated() const {
  return m_shared->migrated;
}

void WarehouseSink::setQuarantineCsvPath(const QString &path) {
  m_shared->quarantineCsv = path;
}

QString WarehouseSink::quarantineCsvPath() const {
  return m_shared->quarantineCsv;
}

std::unique_ptr<FileWriter> WarehouseSink::beginFile(const QString &fileName, QString *error) {
  pg::ConnectionPtr connection = m_shared->takeConnection(error);
  if (!connection)
    return nullptr;
  try {
    return std::make_unique<WarehouseFileWriter>(m_shared, fileName, std::move(connection));
  } catch (const std::exception &e) {
    if (error)
      *error = pg::errorText(e);
    return nullptr;
  }
}

ImportSink::WriteStatus WarehouseSink::replaceFileLoad(const FileLoad &load, Feedback *feedback,
                                                       QString *error) {
  const std::unique_ptr<FileWriter> writer = beginFile(load.fileName, error);
  return writer ? writer->finish(load, feedback, error) : WriteStatus::Failed;
}

QString WarehouseSink::exportQuarantine(QString *error) {
  std::vector<QuarantineEntry> entries;
  try {
    QMutexLocker lock(&m_shared->adminMutex);
    pqxx::nontransaction tx(*m_shared->admin);
    for (const auto &r : tx.exec(kQuarantineSql))
      entries.push_back({pg::qstr(r[0].as<std::string>()), r[1].as<qint64>(),
                         pg::qstr(r[2].as<std::string>()), pg::qstr(r[3].as<std::string>()),
                         pg::qstr(r[4].as<std::string>())});
  } catch (const std::exception &e) {
    *error = WarehouseText::tr("Cannot read the quarantine of %1: %2").arg(location(), pg::errorText(e));
    return {};
  }
  QDir().mkpath(QFileInfo(m_shared->quarantineCsv).absolutePath());
  return QuarantineCsv::write(m_shared->quarantineCsv, entries, error) ? m_shared->quarantineCsv : QString();
}

std::unique_ptr<DistrictSeriesStore> WarehouseSink::openDistrictSeries(QString *error) {
  // Reconnected from the location: the password comes from PGPASSWORD or ~/.pgpass.
  const PgLocation location = PgLocation::parse(this->location(), error);
  if (!location.isValid())
    return nullptr;
  return WarehouseDistrictSeries::open(location, error);
}

} // namespace epidesk
