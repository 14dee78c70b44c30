#include "WarehouseError.h"
#include <pqxx/except>

namespace epidesk::pg {

void rethrowAsWarehouseError() {
  try {
    throw;
  } catch (const pqxx::broken_connection &e) {
    throw WarehouseError(WarehouseError::Kind::ConnectionLost, e.what());
  } catch (const pqxx::sql_error &e) {
    // Class 08 (connection exception) and 57P01-57P03 (server shutting down
    // or starting) mean the server, not the query, is the problem.
    const std::string &state = e.sqlstate();
    const bool lost = state.rfind("08", 0) == 0 || state == "57P01" || state == "57P02" || state == "57P03";
    throw WarehouseError(lost ? WarehouseError::Kind::ConnectionLost : WarehouseError::Kind::QueryFailed,
                         e.what());
  }
}

} // namespace epidesk::pg
