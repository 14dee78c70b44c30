#pragma once
#include <QString>

namespace epidesk {

// Result of a "Test connection".
struct WarehouseProbe {
  bool ok = false;
  QString serverVersion; // "15.4 (Debian 15.4-1)" when ok
  QString error;         // the server's or libpq's message otherwise (never the password)
};

// Blocking (call from a worker): connects once, asks the server version and
// disconnects; bounded by the URI's connect_timeout.
WarehouseProbe probeWarehouse(const QString &uri, const QString &password);

} // namespace epidesk
