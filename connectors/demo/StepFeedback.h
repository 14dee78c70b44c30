#pragma once
#include "Feedback.h"

namespace epidesk {

// Feedback for one step of a longer job: the step's 0-100 % maps onto
// [from, to] of the parent's progress and cancelling the parent cancels the
// step. The step's own statuses (per file, ...) stay with it: the parent
// tells which step runs. parent may be null.
class StepFeedback : public Feedback {
public:
  StepFeedback(Feedback *parent, double from, double to) {
    if (!parent)
      return;
    connect(
        this, &Feedback::progressChanged, parent,
        [parent, from, to](double p) { parent->setProgress(from + (to - from) * p / 100.0); },
        Qt::DirectConnection);
    connect(parent, &Feedback::canceled, this, &Feedback::cancel, Qt::DirectConnection);
    if (parent->isCanceled())
      cancel();
    parent->setProgress(from);
  }
};

} // namespace epidesk
