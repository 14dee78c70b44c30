#pragma once
#include <QString>
#include <QtGlobal>
#include <memory>
#include <pqxx/pqxx>
#include <string>

namespace epidesk {

// One libpqxx connection to the cluster database that reconnects after the
// server or the network dropped it, and applies the epidesk_cluster schema
// migrations (serialised by an advisory lock: servers and workers may start
// at the same time).
class ClusterDb {
public:
  static constexpr int schemaVersion = 5;

  // applicationName shows in pg_stat_activity (servers and workers apart).
  explicit ClusterDb(QString uri, QString applicationName = QStringLiteral("epidesk-cluster"));
  // Statements running longer are cancelled by PostgreSQL (0 = no limit);
  // applied to connections opened afterwards.
  void setStatementTimeoutMs(int ms) { m_statementTimeoutMs = ms; }
  ~ClusterDb();
  // Connects (if needed) and migrates; false and *error (no password) on failure.
  bool open(QString *error);
  // The live connection, reconnecting when it was lost. Throws pqxx::broken_connection.
  pqxx::connection &connection();
  void reset() { m_conn.reset(); } // after a broken_connection: reconnect on next use
  bool connected() const { return m_conn != nullptr; }
  // Changes each time connection() opens a new connection: session state
  // (e.g. LISTEN) must then be set up again.
  quint64 connectionGeneration() const { return m_generation; }

  // Runs f(tx) in a transaction; retries once on a dropped connection
  // (nothing was committed then).
  template <typename F> auto transact(F &&f) {
    for (int attempt = 0;; ++attempt) {
      try {
        pqxx::work tx(connection());
        auto guard = [&] { return f(tx); };
        if constexpr (std::is_void_v<decltype(guard())>) {
          guard();
          tx.commit();
          return;
        } else {
          auto value = guard();
          tx.commit();
          return value;
        }
      } catch (const pqxx::broken_connection &) {
        reset();
        if (attempt > 0)
          throw;
      }
    }
  }

  // Runs f(tx) in autocommit mode: each statement is its own transaction and
  // one round trip (no BEGIN/COMMIT). For single-statement work on the hot
  // path; a statement that modifies data is committed when it returns.
  // Retries once when the connection was dropped before the statement ran.
  template <typename F> auto autocommit(F &&f) {
    for (int attempt = 0;; ++attempt) {
      try {
        pqxx::nontransaction tx(connection());
        return f(tx);
      } catch (const pqxx::broken_connection &) {
        reset();
        if (attempt > 0)
          throw;
      }
    }
  }

  // Connection string with the password removed, for messages.
  static QString redact(const QString &uri);
  static QString errorText(const std::exception &e);

private:
  void migrate(pqxx::connection &c);
  QString m_uri;
  QString m_applicationName;
  int m_statementTimeoutMs = 0;
  std::unique_ptr<pqxx::connection> m_conn;
  quint64 m_generation = 0;
};

} // namespace epidesk
