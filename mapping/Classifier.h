#pragma once
#include <QCoreApplication>
#include <QString>
#include <vector>

namespace epidesk {

// Splits values into classes for a choropleth; one subclass per mode.
//
// breaks() returns the class UPPER bounds, strictly ascending; the last one is
// the maximum. Class i holds lower < v <= breaks[i] (class 0 starts at the
// minimum, inclusive). NaN and infinite values are ignored. Edge cases, the
// same for every mode:
//  - no finite value: empty;
//  - all values equal: one break (that value);
//  - fewer distinct values than classes: classes is reduced to the number of
//    distinct values, and a mode may return fewer breaks than asked when
//    bounds coincide (duplicates are dropped);
//  - with 2 or more classes, a minimum that holds at least 1/classes of the
//    values (zero in sparse daily counts) gets a class of its own, [min, min],
//    and the mode splits the other values into the remaining classes;
//  - classes no value falls in (equal interval on skewed data) are merged
//    into the next one: every class returned holds at least one value.
class Classifier {
public:
  virtual ~Classifier() = default;
  virtual QString id() const = 0;   // stable, saved in projects: "quantile", ...
  virtual QString name() const = 0; // translated, for menus and reports

  std::vector<double> breaks(const std::vector<double> &values, int classes) const;

protected:
  // sorted: finite values, ascending, at least 2 distinct;
  // 2 <= classes <= number of distinct values.
  virtual std::vector<double> computeBreaks(const std::vector<double> &sorted, int classes) const = 0;

private:
  // The mode's breaks with the distinct-value edge cases, for ascending values.
  std::vector<double> breaksOfSorted(const std::vector<double> &sorted, int classes) const;
};

} // namespace epidesk
