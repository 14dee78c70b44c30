#pragma once
#include "Classifier.h"

namespace epidesk {

// Fisher-Jenks natural breaks: the exact partition of the sorted values into
// k contiguous classes minimising the total within-class sum of squared
// deviations, by dynamic programming in O(k n^2) time and O(k n) memory.
// Breaks are data values (each class's maximum).
//
// Above kMaxExactValues values the optimisation runs on a deterministic
// sample: kMaxExactValues order statistics evenly spaced in rank (minimum and
// maximum included), so the result is reproducible and close to the exact
// optimum for large n; the last break is always the true maximum.
class JenksClassifier : public Classifier {
  Q_DECLARE_TR_FUNCTIONS(JenksClassifier)
public:
  static constexpr int kMaxExactValues = 3000;

  QString id() const override { return QStringLiteral("jenks"); }
  QString name() const override;

protected:
  std::vector<double> computeBreaks(const std::vector<double> &sorted, int classes) const override;
};

} // namespace epidesk
