#include "TimeSeries.h"
#include "Period.h"
#include <QRegularExpression>

namespace epidesk {

int TimeSeries::seasonalPeriod() const {
  switch (frequency) {
  case Frequency::Daily:
    return 7;
  case Frequency::Weekly:
    return 52;
  case Frequency::Monthly:
    return 12;
  case Frequency::Quarterly:
    return 4;
  case Frequency::Yearly:
    return 1;
  }
  return 1;
}

QDate TimeSeries::periodStart(int index) const {
  switch (frequency) {
  case Frequency::Daily:
    return start.addDays(index);
  case Frequency::Weekly:
    return start.addDays(7 * qint64(index));
  case Frequency::Monthly:
    return start.addMonths(index);
  case Frequency::Quarterly:
    return start.addMonths(3 * index);
  case Frequency::Yearly:
    return start.addYears(index);
  }
  return {};
}

QDate TimeSeries::periodEnd(int index) const {
  return periodStart(index + 1).addDays(-1);
}

QString TimeSeries::periodLabel(int index) const {
  return label(frequency, periodStart(index));
}

int TimeSeries::periodIndex(const QDate &date) const {
  return int(stepsBetween(frequency, start, date));
}

qint64 TimeSeries::stepsBetween(Frequency f, const QDate &from, const QDate &to) {
  const int months = monthIndex(to.year(), to.month()) - monthIndex(from.year(), from.month());
  switch (f) {
  case Frequency::Daily:
    return from.daysTo(to);
  case Frequency::Weekly:
    return from.daysTo(to) / 7;
  case Frequency::Monthly:
    return months;
  case Frequency::Quarterly:
    return months / 3;
  case Frequency::Yearly:
    return to.year() - from.year();
  }
  return 0;
}

qint64 TimeSeries::calendarIndex(Frequency f, const QDate &d) {
  switch (f) {
  case Frequency::Daily:
    return d.toJulianDay();
  case Frequency::Weekly:
    return d.toJulianDay() / 7; // Julian day 0 is a Monday: one index per ISO week
  case Frequency::Monthly:
    return monthIndex(d.year(), d.month());
  case Frequency::Quarterly:
    return d.year() * 4LL + (d.month() - 1) / 3;
  case Frequency::Yearly:
    return d.year();
  }
  return 0;
}

QString TimeSeries::label(Frequency f, const QDate &d) {
  switch (f) {
  case Frequency::Daily:
    return d.toString(QStringLiteral("yyyy-MM-dd"));
  case Frequency::Weekly: {
    int year = 0;
    const int week = d.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0'));
  }
  case Frequency::Monthly:
    return d.toString(QStringLiteral("yyyy-MM"));
  case Frequency::Quarterly:
    return QStringLiteral("%1-Q%2").arg(d.year(), 4, 10, QLatin1Char('0')).arg((d.month() - 1) / 3 + 1);
  case Frequency::Yearly:
    return QStringLiteral("%1").arg(d.year(), 4, 10, QLatin1Char('0'));
  }
  return {};
}

std::optional<std::pair<Frequency, QDate>> TimeSeries::parseLabel(const QString &text) {
  // Anchored patterns: "2020-1" or " 2020-01" are not labels (readers trim first).
  static const QRegularExpression daily(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
  static const QRegularExpression weekly(QStringLiteral("^(\\d{4})-W(\\d{2})$"));
  static const QRegularExpression monthly(QStringLiteral("^(\\d{4})-(\\d{2})$"));
  static const QRegularExpression quarterly(QStringLiteral("^(\\d{4})-Q([1-4])$"));
  static const QRegularExpression yearly(QStringLiteral("^(\\d{4})$"));

  QRegularExpressionMatch m = daily.match(text);
  if (m.hasMatch()) {
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!d.isValid())
      return std::nullopt;
    return std::make_pair(Frequency::Daily, d);
  }
  m = weekly.match(text);
  if (m.hasMatch()) {
    // ISO 8601: week 1 holds 4 January; weeks start on Monday.
    const int year = m.captured(1).toInt(), week = m.captured(2).toInt();
    const QDate jan4(year, 1, 4);
    const QDate monday = jan4.addDays(1 - jan4.dayOfWeek() + 7 * (week - 1));
    int isoYear = 0;
    if (week < 1 || monday.weekNumber(&isoYear) != week || isoYear != year)
      return std::nullopt;
    return std::make_pair(Frequency::Weekly, monday);
  }
  m = monthly.match(text);
  if (m.hasMatch()) {
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), 1);
    if (!d.isValid())
      return std::nullopt;
    return std::make_pair(Frequency::Monthly, d);
  }
  m = quarterly.match(text);
  if (m.hasMatch())
    return std::make_pair(Frequency::Quarterly,
                          QDate(m.captured(1).toInt(), 3 * m.captured(2).toInt() - 2, 1));
  m = yearly.match(text);
  if (m.hasMatch())
    return std::make_pair(Frequency::Yearly, QDate(m.captured(1).toInt(), 1, 1));
  return std::nullopt;
}

} // namespace epidesk
