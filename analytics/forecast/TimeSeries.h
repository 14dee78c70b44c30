#pragma once
#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace epidesk {

// Spacing of a regular series, from the period labels "YYYY-MM-DD",
// "YYYY-Www" (ISO week, Monday to Sunday), "YYYY-MM", "YYYY-Qn" or "YYYY".
enum class Frequency { Daily, Weekly, Monthly, Quarterly, Yearly };

// A regular, gap-free series: values[i] belongs to period start + i steps.
// Readers fill gaps explicitly (documented) before building one.
struct TimeSeries {
  QString code; // series code (district, "series" for a CSV)
  Frequency frequency = Frequency::Monthly;
  QDate start; // first day of the first period
  std::vector<double> values;

  int size() const { return int(values.size()); }
  // Natural seasonal period: 7 for daily (weekly), 52 weekly (yearly), 12
  // monthly, 4 quarterly, 1 yearly.
  int seasonalPeriod() const;
  QDate periodStart(int index) const;   // index may exceed size() (forecast periods)
  QDate periodEnd(int index) const;     // last day of the period
  QString periodLabel(int index) const; // in the input's format
  // Index of the period starting at date (inverse of periodStart()); negative before start.
  int periodIndex(const QDate &date) const;
  // Periods of frequency f from one period start to another (negative when to < from).
  static qint64 stepsBetween(Frequency f, const QDate &from, const QDate &to);
  // Position on a calendar shared by all series of frequency f, so windows of
  // series with different starts can be compared in time.
  static qint64 calendarIndex(Frequency f, const QDate &d);
  static QString label(Frequency f, const QDate &d);
  // Parses a label; nullopt when it matches none of the formats.
  static std::optional<std::pair<Frequency, QDate>> parseLabel(const QString &text);
};

} // namespace epidesk
