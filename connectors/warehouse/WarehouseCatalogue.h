#pragma once
#include <QString>
#include <memory>

namespace epidesk {

class DataSource;

// Blocking (call from a worker): opens the warehouse as the views' DataSource,
// the password passed beside the URI. Its catalogue (ingredients, years,
// imports) is read here once, so the GUI thread never waits on the network
// for it; sales go to the server and fail with WarehouseError. nullptr and
// *error on failure.
std::shared_ptr<const DataSource> openWarehouse(const QString &uri, const QString &password, QString *error);

} // namespace epidesk
