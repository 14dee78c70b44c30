#pragma once
#include "AnalogueSettings.h"
#include <Eigen/Dense>
#include <vector>

// AnalogueModel's windows (not for other callers): transforms, window
// scaling and rescaling, and the bank of every eligible window of a panel.
namespace epidesk::analogue {

// Missing or impossible values become NaN, which makes windows ineligible.
std::vector<double> applyTransform(const std::vector<double> &raw, Transform t);
// expm1 is capped so an extreme rescaled log value stays finite.
double inverseTransform(double y, Transform t);

// Location and scale of one window: scaled = (x - loc) / scale.
struct WindowStats {
  double mean = 0, loc = 0, scale = 1;
  bool flat = false; // scale ~ 0: rescaling falls back to a shift of means
};

WindowStats windowStats(const double *x, int w, Scaling scaling);
// The rescaling rule of AnalogueModel.h: continuation value c of a window
// with stats `from` at the level of a window with stats `to`.
double rescale(double c, const WindowStats &from, const WindowStats &to, Scaling scaling);

struct SeriesData {
  const TimeSeries *series = nullptr;
  std::vector<double> values; // transformed
  long long base = 0;         // calendar index of values[0]
  int firstCandidate = 0, endCandidate = 0;
};

struct Candidate {
  int series = 0;
  int start = 0;
  long long calStart = 0;
};

// Every eligible window of the panel, transformed and scaled once, as the
// columns of one contiguous float matrix (floats halve the memory traffic of
// the distance pass; shortlisted distances are recomputed in double).
class WindowBank {
public:
  WindowBank(const std::vector<const TimeSeries *> &sources, const Settings &settings);

  const Settings &settings() const { return m_settings; }

  std::vector<SeriesData> series;
  std::vector<Candidate> candidates;
  // Column c: the scaled window, then -|window|^2 / 2, so that one product with
  // (q, 1) gives the score q.c - |c|^2 / 2 = (|q|^2 - |q - c|^2) / 2.
  Eigen::MatrixXf windows;

private:
  Settings m_settings;
};

} // namespace epidesk::analogue
