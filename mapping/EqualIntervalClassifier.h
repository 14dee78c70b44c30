#pragma once
#include "Classifier.h"

namespace epidesk {

// Classes of equal width between minimum and maximum.
class EqualIntervalClassifier : public Classifier {
  Q_DECLARE_TR_FUNCTIONS(EqualIntervalClassifier)
public:
  QString id() const override { return QStringLiteral("equal_interval"); }
  QString name() const override;

protected:
  std::vector<double> computeBreaks(const std::vector<double> &sorted, int classes) const override;
};

} // namespace epidesk
