#pragma once
#include "TrendTypes.h"
#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace epidesk {

// Each group's share (%) of the total per period, for the stacked bars:
// the regions (of a region-level result, or summed from its states), or,
// when states of a state-level result are selected, those states and the
// rest as "Other states". Shares are of counts: the caller's result must
// not be per 1,000 (rates do not add up). No widgets.
struct RegionalShares {
  Q_DECLARE_TR_FUNCTIONS(RegionalShares)
public:
  struct Group {
    QString name;               // region or state code, or the translated "Other states"
    QStringList codes;          // the result codes it sums (empty for "Other states": the rest)
    std::vector<double> shares; // per period, percent of the period's total
  };
  QStringList periods;
  std::vector<Group> groups;
  bool bySelection = false; // groups are the selected states (+ others)

  static RegionalShares compute(const TrendResult &result, const QStringList &selection);
};

} // namespace epidesk
