#include "EqualIntervalClassifier.h"

namespace epidesk {

QString EqualIntervalClassifier::name() const {
  return tr("Equal interval");
}

std::vector<double> EqualIntervalClassifier::computeBreaks(const std::vector<double> &sorted,
                                                           int classes) const {
  const double lo = sorted.front(), width = (sorted.back() - lo) / classes;
  std::vector<double> out;
  out.reserve(classes);
  for (int i = 1; i <= classes; ++i)
    out.push_back(lo + width * i);
  return out;
}

} // namespace epidesk
