#pragma once
#include <QtGlobal>
#include <vector>

namespace pqxx {
class transaction_base;
}

namespace epidesk {

struct SalesMonthRow;

// The warehouse's rollup marts of one load, summed from its municipality
// cells in the loader's transaction: per state and ingredient
// (sales_month_uf), per state over every ingredient (sales_month_uf_all),
// and per municipality over every ingredient (sales_month_all). Every row
// carries the load's file_id, so a re-import deletes them with the load and
// they stay exact by construction.
class WarehouseRollups {
public:
  // ids: the warehouse id of each load-local ingredient index. Throws
  // std::overflow_error when a sum does not fit in 64 bits.
  static void write(pqxx::transaction_base &tx, qint64 fileId, const std::vector<SalesMonthRow> &sales,
                    const std::vector<qint64> &ids);
};

} // namespace epidesk
