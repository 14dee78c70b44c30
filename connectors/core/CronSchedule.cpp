#include "CronSchedule.h"
#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>
#include <limits>
#include <utility>

namespace epidesk {

namespace {
// This file's messages, in one context that lupdate sees too.
class CronText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::CronSchedule)
};

constexpr qint64 kDay = 86400;
constexpr qint64 kUnixEpochJulianDay = 2440588;
constexpr qint64 kNone = std::numeric_limits<qint64>::max();

qint64 floorDiv(qint64 a, qint64 b) {
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

const char *const kMonthNames[] = {"jan", "feb", "mar", "apr", "may", "jun",  "jul",
                                   "aug", "sep", "oct", "nov", "dec", nullptr};
const char *const kDayNames[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat", nullptr};

struct FieldSpec {
  const char *name; // translated where shown
  int min, max;
  const char *const *names; // three-letter names, the first one worth nameBase; nullptr: numbers only
  int nameBase;
};

const FieldSpec kFields[5] = {
    {QT_TRANSLATE_NOOP("epidesk::CronSchedule", "minute"), 0, 59, nullptr, 0},
    {QT_TRANSLATE_NOOP("epidesk::CronSchedule", "hour"), 0, 23, nullptr, 0},
    {QT_TRANSLATE_NOOP("epidesk::CronSchedule", "day of month"), 1, 31, nullptr, 0},
    {QT_TRANSLATE_NOOP("epidesk::CronSchedule", "month"), 1, 12, kMonthNames, 1},
    {QT_TRANSLATE_NOOP("epidesk::CronSchedule", "day of week"), 0, 7, kDayNames, 0},
};

bool isNumber(const QString &s) {
  return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= '0' && c <= '9'; });
}

// One value of a field: a number in range or (month, day of week) a name.
bool fieldValue(const FieldSpec &f, const QString &token, int *value, QString *error) {
  const QString field = CronText::tr(f.name);
  if (isNumber(token)) {
    // Long digit strings would overflow toInt; they are out of range anyway.
    *value = token.size() > 4 ? f.max + 1 : token.toInt();
    if (*value >= f.min && *value <= f.max)
      return true;
    *error = CronText::tr("%1: %2 is out of range %3-%4").arg(field, token).arg(f.min).arg(f.max);
    return false;
  }
  for (int i = 0; f.names && f.names[i]; ++i)
    if (token.compare(QLatin1String(f.names[i]), Qt::CaseInsensitive) == 0) {
      *value = f.nameBase + i;
      return true;
    }
  *error = f.names ? CronText::tr("%1: \"%2\" is not a number or a name").arg(field, token)
                   : CronText::tr("%1: \"%2\" is not a number").arg(field, token);
  return false;
}

// A comma-separated list of *, a, a-b, each optionally /step ("a/n" runs to the field's maximum).
bool parseField(const FieldSpec &f, const QString &text, std::bitset<64> *bits, QString *error) {
  const QString field = CronText::tr(f.name);
  for (const QString &item : text.split(QLatin1Char(','))) {
    if (item.isEmpty()) {
      *error = CronText::tr("%1: \"%2\" has an empty item").arg(field, text);
      return false;
    }
    const int slash = item.indexOf(QLatin1Char('/'));
    const QString base = slash < 0 ? item : item.left(slash);
    qint64 step = 1;
    if (slash >= 0) {
      const QString stepText = item.mid(slash + 1);
      if (!isNumber(stepText)) {
        *error = CronText::tr("%1: the step \"%2\" is not a number").arg(field, stepText);
        return false;
      }
      step = stepText.size() > 4 ? f.max + 1 : stepText.toInt(); // a huge step keeps only the start
      if (step < 1) {
        *error = CronText::tr("%1: the step in \"%2\" must be at least 1").arg(field, item);
        return false;
      }
    }
    int lo = f.min, hi = f.max;
    if (base != QLatin1String("*")) {
      const int dash = base.indexOf(QLatin1Char('-'));
      if (!fieldValue(f, dash < 0 ? base : base.left(dash), &lo, error))
        return false;
      if (dash >= 0) {
        if (!fieldValue(f, base.mid(dash + 1), &hi, error))
          return false;
        if (lo > hi) {
          *error = CronText::tr("%1: the range \"%2\" ends before it starts").arg(field, base);
          return false;
        }
      } else if (slash < 0) {
        hi = lo;
      }
    }
    for (qint64 v = lo; v <= hi; v += step)
      bits->set(size_t(v));
  }
  return true;
}
} // namespace

// The zone's UTC offsets over a window of instants around one local day. The
// search only moves forward, so the constant-offset segment the last window
// ended in is reused: most days need no call into the time zone at all.
struct CronSchedule::Walk {
  explicit Walk(const QTimeZone &z) : zone(z), direct(!z.hasTransitions() && z.hasDaylightTime()) {}

  const QTimeZone &zone;
  const bool direct; // DST without transition data: ask the zone for every instant
  qint64 segFrom = kNone, segTo = kNone;
  int segOffset = 0;
  std::vector<std::pair<qint64, int>> steps; // (from, offset) ascending, covering the window

  int ask(qint64 s) const { return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(s, Qt::UTC)); }
  int offset(qint64 s) {
    if (direct)
      return ask(s);
    if (s < segFrom || s >= segTo) {
      segFrom = s;
      segOffset = ask(s);
      segTo = kNone; // no transition after s (e.g. UTC, or a zone that stopped changing)
      if (zone.hasTransitions()) {
        const QDateTime t = zone.nextTransition(QDateTime::fromSecsSinceEpoch(s, Qt::UTC)).atUtc;
        if (t.isValid() && t.toSecsSinceEpoch() > s)
          segTo = t.toSecsSinceEpoch();
      }
    }
    return segOffset;
  }
  void window(qint64 from, qint64 to) {
    steps.clear();
    for (qint64 s = from; !direct; s = segTo) {
      steps.emplace_back(s, offset(s));
      if (segTo > to)
        break;
    }
  }
  bool constant() const {
    return !direct && std::all_of(steps.begin(), steps.end(),
                                  [this](const auto &st) { return st.second == steps.front().second; });
  }
  int at(qint64 s) const {
    if (direct)
      return ask(s);
    auto it = std::upper_bound(steps.begin(), steps.end(), s,
                               [](qint64 v, const std::pair<qint64, int> &st) { return v < st.first; });
    return it == steps.begin() ? steps.front().second : std::prev(it)->second;
  }
};

std::optional<CronSchedule> CronSchedule::parse(const QString &expression, const QString &timeZone,
                                                ParseError *error) {
  auto fail = [error](const char *field, const QString &message) {
    if (error)
      *error = {QString::fromLatin1(field), message};
    return std::nullopt;
  };
  CronSchedule s;
  s.m_expression = expression.trimmed();
  QString text = s.m_expression;
  if (text.startsWith(QLatin1Char('@'))) {
    static const std::pair<const char *, const char *> kMacros[] = {
        {"@yearly", "0 0 1 1 *"}, {"@annually", "0 0 1 1 *"}, {"@monthly", "0 0 1 * *"},
        {"@weekly", "0 0 * * 0"}, {"@daily", "0 0 * * *"},    {"@midnight", "0 0 * * *"},
        {"@hourly", "0 * * * *"}};
    if (text.compare(QLatin1String("@reboot"), Qt::CaseInsensitive) == 0)
      return fail("cron", CronText::tr("@reboot is not supported for schedules: a schedule needs times"));
    const auto macro = std::find_if(std::begin(kMacros), std::end(kMacros), [&text](const auto &m) {
      return text.compare(QLatin1String(m.first), Qt::CaseInsensitive) == 0;
    });
    if (macro == std::end(kMacros))
      return fail("cron", CronText::tr("unknown macro \"%1\" (known: @yearly, @annually, @monthly, @weekly, "
                                       "@daily, @midnight, @hourly)")
                              .arg(text));
    text = QLatin1String(macro->second);
  }
  const QStringList fields = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
  if (fields.size() != 5)
    return fail("cron", CronText::tr("expected 5 fields (minute hour day-of-month month day-of-week), got %1")
                            .arg(fields.size()));
  std::bitset<64> bits[5];
  for (int i = 0; i < 5; ++i) {
    QString message;
    if (!parseField(kFields[i], fields[i], &bits[i], &message))
      return fail("cron", message);
  }
  s.m_minutes = std::bitset<60>(bits[0].to_ullong());
  s.m_hours = std::bitset<24>(bits[1].to_ullong());
  s.m_days = std::bitset<32>(bits[2].to_ullong());
  s.m_months = std::bitset<13>(bits[3].to_ullong());
  s.m_weekdays = std::bitset<8>(bits[4].to_ullong() & 0x7f);
  if (bits[4][7])
    s.m_weekdays.set(0); // 7 is Sunday too
  // Vixie looks at the first character only: "*/2" counts as a star.
  s.m_minuteStar = fields[0].startsWith(QLatin1Char('*'));
  s.m_hourStar = fields[1].startsWith(QLatin1Char('*'));
  s.m_dayStar = fields[2].startsWith(QLatin1Char('*'));
  s.m_weekdayStar = fields[4].startsWith(QLatin1Char('*'));

  const QByteArray zoneId = timeZone.toLatin1();
  // Qt 6.4 lists only the tz database's canonical zones as available; links
  // the database also holds (Etc/UTC, GMT, US/Eastern) are accepted when
  // they name a zone file: an id of plain name characters Qt can load.
  static const QRegularExpression idChars(QStringLiteral("^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$"));
  const bool known = timeZone == QLatin1String("UTC") || QTimeZone::isTimeZoneIdAvailable(zoneId) ||
                     (idChars.match(timeZone).hasMatch() && QTimeZone(zoneId).isValid());
  if (!known)
    return fail("timezone", CronText::tr("unknown IANA time zone \"%1\"").arg(timeZone));
  s.m_zone = QTimeZone(zoneId);
  if (!s.m_zone.isValid())
    return fail("timezone", CronText::tr("unknown IANA time zone \"%1\"").arg(timeZone));

  // Each field can be valid and the whole still impossible (30 February).
  if (!s.nextAfter(QDateTime::currentDateTimeUtc()).isValid())
    return fail("cron", CronText::tr("the expression never matches a date (e.g. 30 February)"));
  return s;
}

QString CronSchedule::timeZone() const {
  return QString::fromLatin1(m_zone.id());
}

bool CronSchedule::fixedTime() const {
  return !m_minuteStar && !m_hourStar;
}

// Vixie: when both day fields are restricted, either one matching is enough.
bool CronSchedule::dayMatches(int dayOfMonth, int dayOfWeek) const {
  const bool dom = m_days[size_t(dayOfMonth)], dow = m_weekdays[size_t(dayOfWeek)];
  return (!m_dayStar && !m_weekdayStar) ? (dom || dow) : (dom && dow);
}

// The offset before and after the wall time L is taken a day away from it, so
// a change of the clocks near L shows up as two offsets; each candidate
// instant L - o is real only when the zone agrees it has offset o.
int CronSchedule::resolve(qint64 local, const Walk &walk, qint64 out[2]) const {
  const int o1 = walk.at(local - kDay), o2 = walk.at(local + kDay);
  int n = 0;
  for (const int o : {o1, o2})
    if (walk.at(local - o) == o && (n == 0 || out[0] != local - o))
      out[n++] = local - o;
  if (n == 2 && out[1] < out[0])
    std::swap(out[0], out[1]);
  if (n > 0)
    return fixedTime() ? 1 : n; // a repeated time: a fixed-time job runs the first time only
  if (!fixedTime() || o2 <= o1)
    return 0; // a wildcard job has no run in the skipped hour
  // Skipped by the clocks going forward: a fixed-time job runs once, at the
  // change, the first instant after L - o2 whose offset is no longer o1.
  qint64 lo = local - o2, hi = local - o1;
  const int before = walk.at(lo);
  if (walk.at(hi) == before)
    return 0;
  while (hi - lo > 1) {
    const qint64 mid = lo + (hi - lo) / 2;
    (walk.at(mid) == before ? lo : hi) = mid;
  }
  out[0] = hi;
  return 1;
}

// The earliest due time after `after` on the local day starting at dayStart
// (local seconds as if UTC); kNone when there is none.
qint64 CronSchedule::earliestOnDay(qint64 dayStart, qint64 after, const Walk &walk) const {
  if (walk.constant()) { // no change of the clocks near this day: times are in order
    const qint64 o = walk.steps.front().second;
    for (int h = 0; h < 24; ++h) {
      const qint64 hour = dayStart + h * 3600 - o;
      if (!m_hours[size_t(h)] || hour + 59 * 60 <= after)
        continue;
      for (int m = 0; m < 60; ++m)
        if (m_minutes[size_t(m)] && hour + m * 60 > after)
          return hour + m * 60;
    }
    return kNone;
  }
  qint64 best = kNone, out[2];
  for (int h = 0; h < 24; ++h)
    for (int m = 0; m < 60 && m_hours[size_t(h)]; ++m) {
      if (!m_minutes[size_t(m)])
        continue;
      const int n = resolve(dayStart + h * 3600 + m * 60, walk, out);
      for (int i = 0; i < n; ++i)
        if (out[i] > after)
          best = std::min(best, out[i]);
    }
  return best;
}

// Walks local dates from the day before `after`'s, skipping unmatched months
// and days. Due times are in order except around a change of the clocks, so
// the day after the first one with a due time is searched too.
qint64 CronSchedule::next(qint64 after, Walk &walk) const {
  const qint64 horizon = QDateTime::fromSecsSinceEpoch(after, Qt::UTC).addYears(9).toSecsSinceEpoch();
  qint64 best = kNone, bestDay = 0;
  for (qint64 day = floorDiv(after + walk.offset(after), kDay) - 1; day * kDay <= horizon + 2 * kDay;) {
    if (best != kNone && day > bestDay + 1)
      break;
    int y = 0, month = 0, dom = 0;
    const QDate date = QDate::fromJulianDay(day + kUnixEpochJulianDay);
    date.getDate(&y, &month, &dom);
    if (!m_months[size_t(month)]) {
      day += date.daysInMonth() - dom + 1;
      continue;
    }
    const int dow = int(((day % 7) + 11) % 7); // 1970-01-01 was a Thursday
    if (dayMatches(dom, dow)) {
      const qint64 start = day * kDay;
      walk.window(start - 2 * kDay, start + 3 * kDay);
      const qint64 t = earliestOnDay(start, after, walk);
      if (t <= horizon && t < best) {
        if (best == kNone)
          bestDay = day;
        best = t;
      }
    }
    ++day;
  }
  return best;
}

QDateTime CronSchedule::nextAfter(const QDateTime &afterUtc) const {
  if (!afterUtc.isValid() || !m_zone.isValid())
    return {};
  Walk walk(m_zone);
  // Due times are whole seconds: "after a fraction of second s" is "after s".
  const qint64 t = next(floorDiv(afterUtc.toMSecsSinceEpoch(), 1000), walk);
  return t == kNone ? QDateTime() : QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
}

std::vector<QDateTime> CronSchedule::dueBetween(const QDateTime &afterUtc, const QDateTime &untilUtc,
                                                int max) const {
  std::vector<QDateTime> due;
  if (!afterUtc.isValid() || !untilUtc.isValid() || !m_zone.isValid() || max <= 0)
    return due;
  Walk walk(m_zone); // one walk, so its offset segments carry over between due times
  const qint64 until = floorDiv(untilUtc.toMSecsSinceEpoch(), 1000);
  for (qint64 t = floorDiv(afterUtc.toMSecsSinceEpoch(), 1000); int(due.size()) < max;) {
    t = next(t, walk);
    if (t == kNone || t > until)
      break;
    due.push_back(QDateTime::fromSecsSinceEpoch(t, Qt::UTC));
  }
  return due;
}

} // namespace epidesk
