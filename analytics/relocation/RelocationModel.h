#pragma once
#include "RelocationTypes.h"
#include <cstdint>
#include <vector>

namespace epidesk {

// What one MILP column stands for (indices into the scenario's vectors; month 0-based).
struct RelocationColumn {
  enum Kind : std::uint8_t { Flow, Backlog, Unmet, Surge };
  Kind kind = Flow;
  int district = -1; // Flow, Backlog, Unmet
  int facility = -1; // Flow, Surge
  int group = -1;    // Flow, Backlog, Unmet
  int month = 0;
};

// One capacity row: facility x group x month.
struct RelocationCapacityRow {
  int facility = 0;
  int group = 0;
  int month = 0;
  int row = 0;
  double capacity = 0;
  double surge = 0;
  int surgeColumn = -1;
};

// The MILP in solver-neutral, column-ordered form (CSC), built in one pass so
// the solver loads it as one CoinPackedMatrix. Minimise objective . x subject to
// rowLower <= A x <= rowUpper, colLower <= x <= colUpper, integers integral.
struct RelocationModel {
  std::vector<int> columnStarts; // size columns + 1
  std::vector<int> rowIndices;
  std::vector<double> elements;
  std::vector<double> colLower, colUpper, objective;
  std::vector<double> rowLower, rowUpper;
  std::vector<int> integers;
  std::vector<RelocationColumn> columns;
  std::vector<double> flowHours; // per column; 0 unless Flow
  std::vector<RelocationCapacityRow> capacityRows;
  int balanceRows = 0;

  int columnCount() const { return int(columns.size()); }
  int rowCount() const { return int(rowLower.size()); }
  int nonZeros() const { return int(elements.size()); }
};

} // namespace epidesk
