#include "SqliteUtil.h"
#include <QCoreApplication>
#include <sqlite3.h>

namespace epidesk {

SqliteDb::~SqliteDb() {
  close();
}

bool SqliteDb::open(const QString &path, bool create, QString *error) {
  close();
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
  if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr) != SQLITE_OK) {
    if (error)
      *error = QCoreApplication::translate("SqliteDb", "Cannot open %1: %2").arg(path, lastError());
    close();
    return false;
  }
  sqlite3_busy_timeout(m_db, 10000);
  return true;
}

void SqliteDb::close() {
  if (m_db)
    sqlite3_close_v2(m_db);
  m_db = nullptr;
}

bool SqliteDb::exec(const char *sql, QString *error) {
  char *message = nullptr;
  if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
    return true;
  if (error)
    *error = message ? QString::fromUtf8(message)
                     : QCoreApplication::translate("SqliteDb", "unknown SQLite error");
  sqlite3_free(message);
  return false;
}

QString SqliteDb::lastError() const {
  return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
              : QCoreApplication::translate("SqliteDb", "out of memory");
}

qint64 SqliteDb::lastInsertId() const {
  return sqlite3_last_insert_rowid(m_db);
}

SqliteStatement::SqliteStatement(const SqliteDb &db, const char *sql) {
  if (sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
    qWarning("SQLite prepare failed: %s: %s", sqlite3_errmsg(db.handle()), sql);
    m_failed = true;
  }
}

SqliteStatement::~SqliteStatement() {
  sqlite3_finalize(m_stmt);
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value) {
  if (m_stmt)
    sqlite3_bind_int64(m_stmt, index, value);
  return *this;
}

SqliteStatement &SqliteStatement::bind(int index, double value) {
  if (m_stmt)
    sqlite3_bind_double(m_stmt, index, value);
  return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QString &value) {
  if (m_stmt) {
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
  }
  return *this;
}

bool SqliteStatement::run() {
  if (!m_stmt)
    return false;
  const int rc = sqlite3_step(m_stmt);
  sqlite3_reset(m_stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    m_failed = true;
  return !m_failed;
}

bool SqliteStatement::next() {
  if (!m_stmt)
    return false;
  const int rc = sqlite3_step(m_stmt);
  if (rc == SQLITE_ROW)
    return true;
  if (rc != SQLITE_DONE)
    m_failed = true;
  return false;
}

void SqliteStatement::reset() {
  if (m_stmt)
    sqlite3_reset(m_stmt);
}

qint64 SqliteStatement::integer(int column) const {
  return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::real(int column) const {
  return sqlite3_column_double(m_stmt, column);
}

QString SqliteStatement::text(int column) const {
  return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column)),
                           sqlite3_column_bytes(m_stmt, column));
}

namespace {
QByteArray insertSql(const char *table, const char *columns, int columnCount, int rows, const char *suffix) {
  QByteArray row = "(?";
  for (int i = 1; i < columnCount; ++i)
    row += ",?";
  row += ')';
  QByteArray sql = QByteArray("INSERT INTO ") + table + '(' + columns + ") VALUES " + row;
  for (int i = 1; i < rows; ++i)
    sql += ',' + row;
  return sql + ' ' + suffix;
}
} // namespace

SqliteBatchInsert::SqliteBatchInsert(const SqliteDb &db, const char *table, const char *columns,
                                     int columnCount, const char *suffix)
    : m_db(db), m_single(insertSql(table, columns, columnCount, 1, suffix)),
      m_full(db, insertSql(table, columns, columnCount, rowsPerBatch, suffix)), m_columns(columnCount) {
  m_values.reserve(size_t(columnCount * rowsPerBatch));
}

void SqliteBatchInsert::bind(qint64 value) {
  m_values.push_back(value);
}

bool SqliteBatchInsert::endRow() {
  if (++m_rows < rowsPerBatch)
    return true;
  for (size_t i = 0; i < m_values.size(); ++i)
    m_full.bind(int(i) + 1, m_values[i]);
  m_values.clear();
  m_rows = 0;
  return m_full.run();
}

bool SqliteBatchInsert::finish() {
  if (m_rows == 0)
    return !failed();
  SqliteStatement single(m_db, m_single);
  for (int r = 0; r < m_rows; ++r) {
    for (int c = 0; c < m_columns; ++c)
      single.bind(c + 1, m_values[size_t(r * m_columns + c)]);
    if (!single.run())
      m_failed = true;
  }
  m_values.clear();
  m_rows = 0;
  return !failed();
}

SqliteTransaction::SqliteTransaction(SqliteDb &db, QString *error) : m_db(db) {
  m_active = m_db.exec("BEGIN IMMEDIATE", error);
}

SqliteTransaction::~SqliteTransaction() {
  if (m_active)
    m_db.exec("ROLLBACK", nullptr);
}

bool SqliteTransaction::commit(QString *error) {
  if (!m_active)
    return false;
  m_active = false;
  if (m_db.exec("COMMIT", error))
    return true;
  m_db.exec("ROLLBACK", nullptr);
  return false;
}

} // namespace epidesk
