#pragma once
#include <QString>
#include <QStringList>

namespace epidesk {

// What the connection dialog edits and AppSettings keeps: everything needed
// to reach the warehouse except the password, which lives in the OS keychain
// (or nowhere) and reaches the connector through PgLocation::setPassword.
struct WarehouseConnection {
  QString host = QStringLiteral("localhost");
  int port = 5432;
  QString database = QStringLiteral("epidesk");
  QString user;
  QString sslMode = QStringLiteral("prefer");
  bool rememberPassword = false;
  // Bounds on every attempt and query, so a dead server or network never
  // leaves a worker (and the GUI waiting for it) hanging.
  int connectTimeoutSeconds = 10;    // libpq connect_timeout
  int statementTimeoutSeconds = 300; // server statement_timeout

  static QStringList sslModes(); // libpq's modes, weakest first
  bool isComplete() const;       // host, database and user given
  // postgresql://user@host:port/db?sslmode=...&connect_timeout=...: every
  // part percent-encoded; never a password.
  QString uri() const;
  // The keychain entry: "warehouse/<user>@<host>:<port>/<db>".
  QString credentialKey() const;
  // "user@host:port/db" for the status bar and titles.
  QString displayName() const;
  // Fields back from a postgresql:// URI (--db, the last source); *password
  // gets one the URI carried. False when uri is not a warehouse URI.
  static bool fromUri(const QString &uri, WarehouseConnection *out, QString *password = nullptr);

  bool operator==(const WarehouseConnection &o) const;
  bool operator!=(const WarehouseConnection &o) const { return !(*this == o); }
};

// True for postgresql:// and postgres:// locations.
bool isWarehouseLocation(const QString &location);

} // namespace epidesk
