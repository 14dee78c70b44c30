#include "TrendOptions.h"
#include <QJsonObject>

namespace epidesk::cli {

namespace {
QJsonValue yearValue(const QString &text) {
  bool ok = false;
  const int year = text.toInt(&ok);
  return ok ? QJsonValue(year) : QJsonValue(text); // a non-number is reported by validation
}
} // namespace

TrendOptions::TrendOptions(const QString &levelName, const QString &defaultPeriod)
    : m_level(levelName, levelHelp(), QStringLiteral("LEVEL"), QStringLiteral("uf")) {
  m_period.setDefaultValue(defaultPeriod);
}

void TrendOptions::addTo(QCommandLineParser &parser) {
  parser.addOptions({m_ingredient, m_level, m_period, m_from, m_to, m_measure, m_per1000});
}

std::optional<TrendRequest> TrendOptions::request(const QCommandLineParser &parser, QString *error) const {
  QJsonObject json{{"ingredient_contains", parser.value(m_ingredient)},
                   {"level", parser.value(m_level)},
                   {"period", parser.value(m_period)},
                   {"measure", parser.value(m_measure)},
                   {"per_1000", parser.isSet(m_per1000)}};
  if (parser.isSet(m_from))
    json["from"] = yearValue(parser.value(m_from));
  if (parser.isSet(m_to))
    json["to"] = yearValue(parser.value(m_to));
  QStringList errors;
  auto request = TrendRequest::fromJson(json, &errors);
  const QString levelName = m_level.names().constFirst();
  if (levelName != QLatin1String("level")) // messages name the option the user typed
    for (QString &e : errors)
      if (e.startsWith(QLatin1String("level:")))
        e.replace(0, 5, levelName);
  if (!request)
    *error = errors.join(QStringLiteral("; "));
  return request;
}

QStringList TrendOptions::given(const QCommandLineParser &parser) const {
  QStringList out;
  for (const QCommandLineOption *o :
       {&m_ingredient, &m_level, &m_period, &m_from, &m_to, &m_measure, &m_per1000})
    if (parser.isSet(*o))
      out << QStringLiteral("--") + o->names().constFirst();
  return out;
}

} // namespace epidesk::cli
