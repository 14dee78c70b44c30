#pragma once
#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <bitset>
#include <optional>
#include <vector>

namespace epidesk {

// A five-field cron expression (Vixie cron / pg_cron syntax) evaluated in an
// IANA time zone, with Vixie cron's rules for daylight-saving changes:
// - a wall-clock time skipped when the clocks go forward runs once, at the
//   change, for a fixed-time job; a wildcard job (minute or hour field
//   starting with '*') simply has no run then;
// - a wall-clock time repeated when the clocks go back runs once (the first
//   time) for a fixed-time job and at both instants for a wildcard job.
class CronSchedule {
public:
  struct ParseError {
    QString field; // "cron" or "timezone"
    QString message;
  };
  static std::optional<CronSchedule> parse(const QString &expression, const QString &timeZone,
                                           ParseError *error);
  // First due time strictly after afterUtc (returned in UTC); invalid QDateTime when none within 9 years.
  QDateTime nextAfter(const QDateTime &afterUtc) const;
  // Due times d with after < d <= until, ascending, at most max of them (the earliest ones).
  std::vector<QDateTime> dueBetween(const QDateTime &afterUtc, const QDateTime &untilUtc, int max) const;
  QString expression() const { return m_expression; }
  QString timeZone() const; // the IANA id
  // True when neither the minute nor the hour field starts with '*' (Vixie's "fixed-time" job).
  bool fixedTime() const;

private:
  struct Walk; // the zone's offsets around the day being searched (CronSchedule.cpp)

  CronSchedule() = default;
  bool dayMatches(int dayOfMonth, int dayOfWeek) const;
  // The UTC instants (seconds) of one local wall time given as seconds as if it were UTC; returns how many.
  int resolve(qint64 local, const Walk &walk, qint64 out[2]) const;
  qint64 earliestOnDay(qint64 dayStart, qint64 after, const Walk &walk) const;
  qint64 next(qint64 after, Walk &walk) const;

  QString m_expression; // trimmed, as written (macros kept)
  QTimeZone m_zone;
  std::bitset<60> m_minutes;
  std::bitset<24> m_hours;
  std::bitset<32> m_days;    // 1-31
  std::bitset<13> m_months;  // 1-12
  std::bitset<8> m_weekdays; // 0-6, Sunday 0 (7 folded into 0)
  bool m_minuteStar = false; // the field starts with '*'
  bool m_hourStar = false;
  bool m_dayStar = false;
  bool m_weekdayStar = false;
};

} // namespace epidesk
