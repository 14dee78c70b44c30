// Every expected instant below was checked independently with Python's
// zoneinfo (a brute-force walk over UTC minutes applying Vixie cron's rules).
#include "CronSchedule.h"
#include <QElapsedTimer>
#include <QtTest>

using namespace epidesk;

namespace {
QDateTime utc(const char *iso) {
  return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

// Minutes precision is enough; a time not in UTC or not on a whole minute shows up in the text.
QString text(const QDateTime &t) {
  if (!t.isValid())
    return QStringLiteral("invalid");
  QString s = t.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm'Z'"));
  if (t.timeSpec() != Qt::UTC)
    s += QStringLiteral(" (not UTC)");
  if (t.time().second() != 0 || t.time().msec() != 0)
    s += QStringLiteral(" (not a whole minute)");
  return s;
}

QStringList texts(const std::vector<QDateTime> &times) {
  QStringList out;
  for (const QDateTime &t : times)
    out << text(t);
  return out;
}

CronSchedule schedule(const char *cron, const char *zone = "UTC") {
  CronSchedule::ParseError error;
  const auto s = CronSchedule::parse(QString::fromLatin1(cron), QString::fromLatin1(zone), &error);
  if (!s)
    qFatal("%s in %s: %s: %s", cron, zone, qPrintable(error.field), qPrintable(error.message));
  return *s;
}

QStringList due(const char *cron, const char *zone, const char *after, const char *until, int max = 1000) {
  return texts(schedule(cron, zone).dueBetween(utc(after), utc(until), max));
}
} // namespace

class TestCronSchedule : public QObject {
  Q_OBJECT
private slots:
  void parseErrors_data() {
    QTest::addColumn<QString>("cron");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("minute range") << "61 * * * *"
                                  << "UTC"
                                  << "cron"
                                  << "minute: 61 is out of range 0-59";
    QTest::newRow("three fields") << "* * *"
                                  << "UTC"
                                  << "cron"
                                  << "expected 5 fields (minute hour day-of-month month day-of-week), got 3";
    QTest::newRow("six fields") << "* * * * * *"
                                << "UTC"
                                << "cron"
                                << "got 6";
    QTest::newRow("empty") << "   "
                           << "UTC"
                           << "cron"
                           << "got 0";
    QTest::newRow("hour range") << "* 24 * * *"
                                << "UTC"
                                << "cron"
                                << "hour: 24 is out of range 0-23";
    QTest::newRow("day zero") << "* * 0 * *"
                              << "UTC"
                              << "cron"
                              << "day of month: 0 is out of range 1-31";
    QTest::newRow("month 13") << "* * * 13 *"
                              << "UTC"
                              << "cron"
                              << "month: 13 is out of range 1-12";
    QTest::newRow("weekday 8") << "* * * * 8"
                               << "UTC"
                               << "cron"
                               << "day of week: 8 is out of range 0-7";
    QTest::newRow("step zero") << "*/0 * * * *"
                               << "UTC"
                               << "cron"
                               << "minute:";
    QTest::newRow("backwards") << "5-1 * * * *"
                               << "UTC"
                               << "cron"
                               << "minute:";
    QTest::newRow("reboot") << "@reboot"
                            << "UTC"
                            << "cron"
                            << "@reboot";
    QTest::newRow("unknown macro") << "@fortnightly"
                                   << "UTC"
                                   << "cron"
                                   << "@fortnightly";
    QTest::newRow("30 February") << "0 0 30 2 *"
                                 << "UTC"
                                 << "cron"
                                 << "the expression never matches a date (e.g. 30 February)";
    QTest::newRow("not a number") << "abc * * * *"
                                  << "UTC"
                                  << "cron"
                                  << "minute: \"abc\" is not a number";
    QTest::newRow("bad name") << "* * * * fu"
                              << "UTC"
                              << "cron"
                              << "day of week: \"fu\" is not a number or a name";
    QTest::newRow("empty item") << "1,,2 * * * *"
                                << "UTC"
                                << "cron"
                                << "minute:";
    QTest::newRow("huge number") << "* * 123456789 * *"
                                 << "UTC"
                                 << "cron"
                                 << "day of month:";
    QTest::newRow("unknown zone") << "0 7 * * 1"
                                  << "Mars/Olympus"
                                  << "timezone"
                                  << "unknown IANA time zone \"Mars/Olympus\"";
    QTest::newRow("empty zone") << "0 7 * * 1"
                                << ""
                                << "timezone"
                                << "unknown IANA time zone \"\"";
    QTest::newRow("path in zone") << "0 7 * * 1"
                                  << "Europe/../Europe/Warsaw"
                                  << "timezone"
                                  << "unknown IANA time zone";
  }
  void parseErrors() {
    QFETCH(QString, cron);
    QFETCH(QString, zone);
    QFETCH(QString, field);
    QFETCH(QString, mentions);
    CronSchedule::ParseError error;
    QVERIFY(!CronSchedule::parse(cron, zone, &error));
    QCOMPARE(error.field, field);
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
    QVERIFY(!CronSchedule::parse(cron, zone, nullptr)); // the error is optional
  }

  void validExpressions_data() {
    QTest::addColumn<QString>("cron");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("until");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("every 15 minutes")
        << "*/15 * * * *"
        << "2026-01-01T00:00Z"
        << "2026-01-01T01:00Z"
        << QStringList{"2026-01-01T00:15Z", "2026-01-01T00:30Z", "2026-01-01T00:45Z", "2026-01-01T01:00Z"};
    QTest::newRow("mondays") << "0 7 * * 1"
                             << "2026-01-01T00:00Z"
                             << "2026-01-20T00:00Z"
                             << QStringList{"2026-01-05T07:00Z", "2026-01-12T07:00Z", "2026-01-19T07:00Z"};
    // 2026-01-01 is a Thursday.
    QTest::newRow("weekday names") << "0 7 * * MON-fri"
                                   << "2026-01-01T00:00Z"
                                   << "2026-01-08T00:00Z"
                                   << QStringList{"2026-01-01T07:00Z", "2026-01-02T07:00Z",
                                                  "2026-01-05T07:00Z", "2026-01-06T07:00Z",
                                                  "2026-01-07T07:00Z"};
    QTest::newRow("month name") << "0 0 1 jan *"
                                << "2026-06-01T00:00Z"
                                << "2028-01-02T00:00Z"
                                << QStringList{"2027-01-01T00:00Z", "2028-01-01T00:00Z"};
    QTest::newRow("@hourly") << "@hourly"
                             << "2026-01-01T00:00Z"
                             << "2026-01-01T03:00Z"
                             << QStringList{"2026-01-01T01:00Z", "2026-01-01T02:00Z", "2026-01-01T03:00Z"};
    QTest::newRow("@weekly") << "@weekly"
                             << "2026-01-01T00:00Z"
                             << "2026-01-15T00:00Z" << QStringList{"2026-01-04T00:00Z", "2026-01-11T00:00Z"};
    QTest::newRow("start/step") << "5/20 * * * *"
                                << "2026-01-01T00:00Z"
                                << "2026-01-01T01:00Z"
                                << QStringList{"2026-01-01T00:05Z", "2026-01-01T00:25Z", "2026-01-01T00:45Z"};
    QTest::newRow("7 is Sunday") << "0 0 * * 7"
                                 << "2026-01-01T00:00Z"
                                 << "2026-01-15T00:00Z"
                                 << QStringList{"2026-01-04T00:00Z", "2026-01-11T00:00Z"};
    QTest::newRow("0 is Sunday") << "0 0 * * 0"
                                 << "2026-01-01T00:00Z"
                                 << "2026-01-15T00:00Z"
                                 << QStringList{"2026-01-04T00:00Z", "2026-01-11T00:00Z"};
    QTest::newRow("spaces and tabs") << "  0\t12   * *  sun "
                                     << "2026-01-01T00:00Z"
                                     << "2026-01-15T00:00Z"
                                     << QStringList{"2026-01-04T12:00Z", "2026-01-11T12:00Z"};
  }
  void validExpressions() {
    QFETCH(QString, cron);
    QFETCH(QString, after);
    QFETCH(QString, until);
    QFETCH(QStringList, expected);
    CronSchedule::ParseError error;
    const auto s = CronSchedule::parse(cron, QStringLiteral("UTC"), &error);
    QVERIFY2(s, qPrintable(error.message));
    QCOMPARE(s->expression(), cron.trimmed());
    QCOMPARE(s->timeZone(), QStringLiteral("UTC"));
    QCOMPARE(texts(s->dueBetween(utc(qPrintable(after)), utc(qPrintable(until)), 100)), expected);
  }

  void fixedTime() {
    QVERIFY(schedule("0 7 * * 1").fixedTime());
    QVERIFY(schedule("@daily").fixedTime());
    QVERIFY(schedule("0,30 6-8 * * *").fixedTime());
    QVERIFY(!schedule("*/15 * * * *").fixedTime());
    QVERIFY(!schedule("30 * * * *").fixedTime());
    QVERIFY(!schedule("0 */2 * * *").fixedTime());
    QVERIFY(!schedule("@hourly").fixedTime());
  }

  void nextAfterIsStrict() {
    const CronSchedule s = schedule("0 7 * * 1"); // 2026-12-07 is a Monday
    QCOMPARE(text(s.nextAfter(utc("2026-12-07T06:59Z"))), QStringLiteral("2026-12-07T07:00Z"));
    QCOMPARE(text(s.nextAfter(utc("2026-12-07T07:00Z"))), QStringLiteral("2026-12-14T07:00Z"));
    QCOMPARE(text(s.nextAfter(utc("2026-12-07T06:59:59.999Z"))), QStringLiteral("2026-12-07T07:00Z"));
    QCOMPARE(text(s.nextAfter(QDateTime())), QStringLiteral("invalid"));
  }

  // Links of the tz database (not in Qt's list of available ids) are zones too.
  void timeZoneLinks() {
    QCOMPARE(text(schedule("0 7 * * *", "Etc/UTC").nextAfter(utc("2026-12-07T00:00Z"))),
             QStringLiteral("2026-12-07T07:00Z"));
    // US/Eastern is America/New_York: EST (UTC-5) in December.
    QCOMPARE(text(schedule("0 7 * * *", "US/Eastern").nextAfter(utc("2026-12-07T00:00Z"))),
             QStringLiteral("2026-12-07T12:00Z"));
  }

  void timeZoneWithoutDst() {
    // UTC-3 all year since 2019.
    const CronSchedule s = schedule("0 7 * * 1", "America/Sao_Paulo");
    QCOMPARE(s.timeZone(), QStringLiteral("America/Sao_Paulo"));
    QCOMPARE(text(s.nextAfter(utc("2026-12-07T00:00Z"))), QStringLiteral("2026-12-07T10:00Z"));
  }

  void dayOfMonthOrDayOfWeek() {
    // The 13th or any Friday: 2 Jan, 9 Jan (Fridays), 13 Jan (a Tuesday), 16 Jan.
    QCOMPARE(
        due("0 0 13 * 5", "UTC", "2026-01-01T00:00Z", "2027-01-01T00:00Z", 4),
        (QStringList{"2026-01-02T00:00Z", "2026-01-09T00:00Z", "2026-01-13T00:00Z", "2026-01-16T00:00Z"}));
    // Vixie counts "*/13" as a star, so both must match: a Friday the 1st, 14th or 27th.
    QCOMPARE(due("0 0 */13 * 5", "UTC", "2026-01-01T00:00Z", "2027-01-01T00:00Z", 3),
             (QStringList{"2026-02-27T00:00Z", "2026-03-27T00:00Z", "2026-05-01T00:00Z"}));
  }

  void warsawSpringGap() {
    // 2026-03-29: 02:00 CET becomes 03:00 CEST at 01:00Z; local 02:30 does not exist.
    QCOMPARE(
        due("30 2 * * *", "Europe/Warsaw", "2026-03-27T00:00Z", "2026-03-31T00:00Z"),
        (QStringList{"2026-03-27T01:30Z", "2026-03-28T01:30Z", "2026-03-29T01:00Z", "2026-03-30T00:30Z"}));
    // Two fixed times inside the gap run once, at the change.
    QCOMPARE(due("0,30 2 * * *", "Europe/Warsaw", "2026-03-28T12:00Z", "2026-03-30T01:00Z"),
             (QStringList{"2026-03-29T01:00Z", "2026-03-30T00:00Z", "2026-03-30T00:30Z"}));
    // A wildcard job just has no 02:30.
    QCOMPARE(
        due("30 * * * *", "Europe/Warsaw", "2026-03-28T23:00Z", "2026-03-29T02:45Z"),
        (QStringList{"2026-03-28T23:30Z", "2026-03-29T00:30Z", "2026-03-29T01:30Z", "2026-03-29T02:30Z"}));
    const CronSchedule s = schedule("30 2 * * *", "Europe/Warsaw");
    QCOMPARE(text(s.nextAfter(utc("2026-03-28T01:30Z"))), QStringLiteral("2026-03-29T01:00Z"));
    QCOMPARE(text(s.nextAfter(utc("2026-03-29T01:00Z"))), QStringLiteral("2026-03-30T00:30Z"));
  }

  void warsawAutumnRepeat() {
    // 2026-10-25: 03:00 CEST becomes 02:00 CET at 01:00Z; local 02:00-02:59 happens twice.
    QCOMPARE(due("30 2 * * *", "Europe/Warsaw", "2026-10-24T12:00Z", "2026-10-26T12:00Z"),
             (QStringList{"2026-10-25T00:30Z", "2026-10-26T01:30Z"}));
    QCOMPARE(due("*/30 * * * *", "Europe/Warsaw", "2026-10-24T23:59Z", "2026-10-25T02:01Z"),
             (QStringList{"2026-10-25T00:00Z", "2026-10-25T00:30Z", "2026-10-25T01:00Z", "2026-10-25T01:30Z",
                          "2026-10-25T02:00Z"}));
    // Out of order in local time: after the first 02:30 comes the second 02:00.
    QCOMPARE(text(schedule("*/30 * * * *", "Europe/Warsaw").nextAfter(utc("2026-10-25T00:30Z"))),
             QStringLiteral("2026-10-25T01:00Z"));
  }

  void newYork() {
    // 2026-03-08: 02:00 EST becomes 03:00 EDT at 07:00Z.
    QCOMPARE(due("30 2 * * *", "America/New_York", "2026-03-07T12:00Z", "2026-03-09T12:00Z"),
             (QStringList{"2026-03-08T07:00Z", "2026-03-09T06:30Z"}));
    // 2026-11-01: 02:00 EDT becomes 01:00 EST at 06:00Z; 01:30 happens twice.
    QCOMPARE(due("30 1 * * *", "America/New_York", "2026-10-31T12:00Z", "2026-11-02T12:00Z"),
             (QStringList{"2026-11-01T05:30Z", "2026-11-02T06:30Z"}));
  }

  void brazilMidnightGap() {
    // 2018-11-04: 00:00 became 01:00 at 03:00Z, so that day had no midnight.
    QCOMPARE(due("0 0 * * *", "America/Sao_Paulo", "2018-11-03T12:00Z", "2018-11-05T12:00Z"),
             (QStringList{"2018-11-04T03:00Z", "2018-11-05T02:00Z"}));
  }

  void samoaSkippedDay() {
    // Samoa skipped 2011-12-30 entirely (UTC-10 to UTC+14 at 2011-12-30T10:00Z).
    QCOMPARE(due("0 12 * * *", "Pacific/Apia", "2011-12-28T12:00Z", "2012-01-01T00:00Z"),
             (QStringList{"2011-12-28T22:00Z", "2011-12-29T22:00Z", "2011-12-30T10:00Z", "2011-12-30T22:00Z",
                          "2011-12-31T22:00Z"}));
    QCOMPARE(
        due("0 * * * *", "Pacific/Apia", "2011-12-30T08:00Z", "2011-12-30T12:00Z"),
        (QStringList{"2011-12-30T09:00Z", "2011-12-30T10:00Z", "2011-12-30T11:00Z", "2011-12-30T12:00Z"}));
  }

  void dueBetweenCap() {
    const CronSchedule s = schedule("* * * * *");
    const auto times = s.dueBetween(utc("2026-01-01T00:00Z"), utc("2026-01-02T00:00Z"), 100);
    QCOMPARE(int(times.size()), 100);
    QCOMPARE(text(times.front()), QStringLiteral("2026-01-01T00:01Z"));
    QCOMPARE(text(times.back()), QStringLiteral("2026-01-01T01:40Z"));
    for (size_t i = 1; i < times.size(); ++i)
      QCOMPARE(times[i - 1].secsTo(times[i]), 60);
    QVERIFY(s.dueBetween(utc("2026-01-01T00:00Z"), utc("2026-01-02T00:00Z"), 0).empty());
    QCOMPARE(int(s.dueBetween(utc("2026-01-01T00:00Z"), utc("2026-01-02T00:00Z"), 100000).size()), 1440);
    QVERIFY(s.dueBetween(utc("2026-01-02T00:00Z"), utc("2026-01-01T00:00Z"), 10).empty());
  }

  void rareDates() {
    // No 29 February in 2100.
    const CronSchedule s = schedule("0 0 29 2 *");
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(text(s.nextAfter(utc("2097-03-01T00:00Z"))), QStringLiteral("2104-02-29T00:00Z"));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(text(schedule("0 0 29 2 *", "Europe/Warsaw").nextAfter(utc("2097-03-01T00:00Z"))),
             QStringLiteral("2104-02-28T23:00Z"));
  }
};

QTEST_APPLESS_MAIN(TestCronSchedule)
#include "test_cron_schedule.moc"
