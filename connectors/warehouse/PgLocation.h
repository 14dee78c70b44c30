#pragma once
#include <QString>
#include <string>

namespace epidesk {

// A warehouse location: postgresql://user[:password]@host:port/db?sslmode=...&snapshot=NAME.
// "snapshot" is EpiDesk's own parameter (read a frozen snapshot schema); the
// rest goes to libpq. The password may be in the URI, given separately, or
// come from PGPASSWORD / ~/.pgpass; it is never part of display().
class PgLocation {
public:
  // nullopt-like: isValid() false and *error set when uri is not a postgres URI.
  static PgLocation parse(const QString &uri, QString *error);
  static bool isWarehouseScheme(const QString &scheme); // "postgresql" or "postgres"

  bool isValid() const { return m_valid; }
  void setPassword(const QString &password) { m_password = password; }
  QString snapshot() const { return m_snapshot; }
  void setSnapshot(const QString &name) { m_snapshot = name; }
  // libpq connection URI (with the password when one was given).
  std::string conninfo() const;
  // The URI without the password: safe for logs, settings and reports.
  QString display() const;
  // Stable short key of host, port and database (cache and file names).
  QString key() const;

private:
  bool m_valid = false;
  QString m_uriWithoutSecrets; // no password, no snapshot
  QString m_password;
  QString m_snapshot;
};

} // namespace epidesk
