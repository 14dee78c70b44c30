#pragma once
#include "Classifier.h"

namespace epidesk {

// Equal-count classes: break i (1 <= i < k) is the i/k quantile with linear
// interpolation between order statistics (sampleQuantile: Hyndman-Fan type 7,
// numpy's default "linear" method); the last break is the maximum.
class QuantileClassifier : public Classifier {
  Q_DECLARE_TR_FUNCTIONS(QuantileClassifier)
public:
  QString id() const override { return QStringLiteral("quantile"); }
  QString name() const override;

protected:
  std::vector<double> computeBreaks(const std::vector<double> &sorted, int classes) const override;
};

} // namespace epidesk
