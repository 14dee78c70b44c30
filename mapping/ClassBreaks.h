#pragma once
#include "ColorRamp.h"
#include <QColor>
#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QVector>
#include <vector>

namespace epidesk {

class Classifier;

// One row of a legend, shared by the map legend and the report.
struct LegendEntry {
  Q_DECLARE_TR_FUNCTIONS(LegendEntry)
public:
  QString label; // "1.2 – 3.4", "0", or "No data"
  QColor color;
  double lower = 0; // class range (NaN for no data)
  double upper = 0;
  int count = 0; // features in the class
  bool noData = false;
  bool showCount = false; // choropleth classes: the legend says how many features each holds

  // What the legend draws: "1 – 3 (87)" with showCount, else the label.
  QString text(const QLocale &locale = QLocale()) const;
};

// Result of a classification: class bounds plus one colour per class.
// Class i spans (upper(i-1), upper(i)], class 0 starts at minimum() inclusive.
class ClassBreaks {
  Q_DECLARE_TR_FUNCTIONS(ClassBreaks)
public:
  ClassBreaks() = default;
  // integerValues: every classified value is a whole number (counts), so
  // labels can name the first whole number above the previous bound.
  ClassBreaks(double minimum, std::vector<double> upperBounds, QVector<QColor> colors,
              bool integerValues = false);
  // Classifies values (non-finite ignored) and samples the ramp, one colour
  // per resulting class.
  static ClassBreaks compute(const Classifier &classifier, const std::vector<double> &values, int classes,
                             const ColorRamp &ramp);

  bool isEmpty() const { return m_upper.empty(); }
  int classCount() const { return static_cast<int>(m_upper.size()); }
  double minimum() const { return m_min; }
  double lowerBound(int i) const { return i == 0 ? m_min : m_upper.at(i - 1); }
  double upperBound(int i) const { return m_upper.at(i); }
  const std::vector<double> &upperBounds() const { return m_upper; }
  QColor color(int i) const { return m_colors.value(i); }

  // Class index of v; -1 for non-finite v or no classes. Values outside the
  // range go to the first / last class.
  int classOf(double v) const;

  // 0 when all bounds or all values are integers, else enough decimals (1..6) to tell the
  // bounds of the narrowest class apart.
  int suggestedDecimals() const;
  // "a – b" (en dash) in locale; decimals < 0 = suggestedDecimals(). A class
  // of one value ([0, 0]) reads "0"; with integer values, class (a, b] reads
  // "floor(a)+1 – floor(b)" (the whole numbers it holds), so no two labels
  // share a number.
  QString label(int i, const QLocale &locale = QLocale(), int decimals = -1) const;
  bool integerValues() const { return m_integerValues; }

private:
  double m_min = 0;
  std::vector<double> m_upper;
  QVector<QColor> m_colors;
  bool m_integerValues = false;
};

} // namespace epidesk
