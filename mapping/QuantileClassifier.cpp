#include "QuantileClassifier.h"
#include "SampleQuantile.h"

namespace epidesk {

QString QuantileClassifier::name() const {
  return tr("Quantile (equal count)");
}

std::vector<double> QuantileClassifier::computeBreaks(const std::vector<double> &sorted, int classes) const {
  std::vector<double> out;
  out.reserve(classes);
  for (int i = 1; i < classes; ++i)
    out.push_back(sampleQuantile(sorted, static_cast<double>(i) / classes));
  out.push_back(sorted.back());
  return out;
}

} // namespace epidesk
