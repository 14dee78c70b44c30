#include "WarehouseProbe.h"
#include "PgConnection.h"
#include "PgLocation.h"
#include <pqxx/nontransaction>

namespace epidesk {

WarehouseProbe probeWarehouse(const QString &uri, const QString &password) {
  WarehouseProbe probe;
  PgLocation location = PgLocation::parse(uri, &probe.error);
  if (!location.isValid())
    return probe;
  location.setPassword(password);
  pg::ConnectionPtr connection = pg::connect(location, &probe.error);
  if (!connection)
    return probe;
  try {
    pqxx::nontransaction tx(*connection);
    probe.serverVersion = pg::qstr(tx.exec1("SHOW server_version")[0].as<std::string>());
    probe.ok = true;
    probe.error.clear();
  } catch (const std::exception &e) {
    probe.error = pg::errorText(e);
  }
  return probe;
}

} // namespace epidesk
