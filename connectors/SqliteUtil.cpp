#include "SqliteUtil.h"
#include <QCoreApplication>
#include <sqlite3.h>

namespace epidesk {

SqliteDb::~SqliteDb() { close(); }

bool SqliteDb::open(const QString &path, bool create, QString *error) {
  close();
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
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
    *error = QString::fromUtf8(message ? message : "unknown SQLite error");
  sqlite3_free(message);
  return false;
}

QString SqliteDb::lastError() const { return QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "out of memory"); }

qint64 SqliteDb::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }

SqliteStatement::SqliteStatement(const SqliteDb &db, const char *sql) {
  if (sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
    qWarning("SQLite prepare failed: %s: %s", sqlite3_errmsg(db.handle()), sql);
    m_failed = true;
  }
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(m_stmt); }

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

qint64 SqliteStatement::integer(int column) const { return sqlite3_column_int64(m_stmt, column); }

double SqliteStatement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

QString SqliteStatement::text(int column) const {
  return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column)),
                           sqlite3_column_bytes(m_stmt, column));
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
