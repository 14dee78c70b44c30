#pragma once
#include <QByteArray>
#include <QString>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace epidesk {

// Minimal RAII over the sqlite3 C API: failures become user-visible strings.
class SqliteDb {
public:
  SqliteDb() = default;
  ~SqliteDb();
  SqliteDb(const SqliteDb &) = delete;
  SqliteDb &operator=(const SqliteDb &) = delete;

  bool open(const QString &path, bool create, QString *error);
  void close();
  sqlite3 *handle() const { return m_db; }
  bool exec(const char *sql, QString *error);
  QString lastError() const;
  qint64 lastInsertId() const;

private:
  sqlite3 *m_db = nullptr;
};

class SqliteStatement {
public:
  SqliteStatement(const SqliteDb &db, const char *sql);
  SqliteStatement(const SqliteDb &db, const QByteArray &sql) : SqliteStatement(db, sql.constData()) {}
  ~SqliteStatement();
  SqliteStatement(const SqliteStatement &) = delete;
  SqliteStatement &operator=(const SqliteStatement &) = delete;

  bool isValid() const { return m_stmt != nullptr; }
  SqliteStatement &bind(int index, qint64 value);
  SqliteStatement &bind(int index, double value);
  SqliteStatement &bind(int index, const QString &value);
  // Runs a statement without results; resets it for the next bindings.
  bool run();
  // Steps once: true while a row is available.
  bool next();
  void reset();
  qint64 integer(int column) const;
  double real(int column) const;
  QString text(int column) const;
  bool failed() const { return m_failed; }

private:
  sqlite3_stmt *m_stmt = nullptr;
  bool m_failed = false;
};

// INSERT of many rows through multi-row VALUES statements: SQLite's per-
// statement overhead is paid once per batch instead of once per row.
// Usage: for each row { ins.bind(v1); ins.bind(v2); ... ins.endRow(); } ins.finish().
class SqliteBatchInsert {
public:
  static constexpr int rowsPerBatch = 64;
  // suffix: appended to each statement, e.g. an ON CONFLICT clause (upserts).
  SqliteBatchInsert(const SqliteDb &db, const char *table, const char *columns, int columnCount,
                    const char *suffix = "");
  void bind(qint64 value);
  bool endRow();
  bool finish();
  bool failed() const { return m_full.failed() || m_failed; }

private:
  const SqliteDb &m_db;
  QByteArray m_single;
  SqliteStatement m_full;
  int m_columns;
  int m_rows = 0;
  int m_index = 0;
  std::vector<qint64> m_values; // the pending partial batch
  bool m_failed = false;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back unless commit() succeeded.
class SqliteTransaction {
public:
  explicit SqliteTransaction(SqliteDb &db, QString *error);
  ~SqliteTransaction();
  bool isActive() const { return m_active; }
  bool commit(QString *error);

private:
  SqliteDb &m_db;
  bool m_active = false;
};

} // namespace epidesk
