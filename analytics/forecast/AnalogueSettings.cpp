#include "AnalogueSettings.h"
#include <QCoreApplication>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace epidesk::analogue {

namespace {

// This file's messages, in AnalogueModel's context, which lupdate sees too
// (it files the strings of a plain tr() wrapper function under the enclosing
// scope instead).
class AnalogueText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::AnalogueModel)
};

int intOption(const QJsonObject &options, const char *key, int fallback, int lo, int hi) {
  const QJsonValue v = options.value(QLatin1String(key));
  if (v.isUndefined() || v.isNull())
    return fallback;
  const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
  if (!v.isDouble() || d != std::floor(d) || d < lo || d > hi)
    fail(AnalogueText::tr("Option \"%1\" must be an integer from %2 to %3.")
             .arg(QLatin1String(key))
             .arg(lo)
             .arg(hi));
  return int(d);
}

} // namespace

void fail(const QString &message) {
  throw std::invalid_argument(message.toStdString());
}

int defaultWindow(Frequency f) {
  switch (f) {
  case Frequency::Daily:
    return 14;
  case Frequency::Weekly:
    return 4;
  case Frequency::Monthly:
    return 12;
  case Frequency::Quarterly:
    return 8;
  case Frequency::Yearly:
    return 5;
  }
  return 12;
}

int windowOption(const QJsonObject &options, Frequency frequency) {
  return intOption(options, "window", defaultWindow(frequency), 2, 100000);
}

Settings parseSettings(const QJsonObject &options, Frequency frequency, int horizon) {
  if (horizon < 1)
    fail(AnalogueText::tr("The forecast horizon must be at least 1."));
  Settings s;
  s.frequency = frequency;
  s.horizon = horizon;
  s.window = windowOption(options, frequency);
  s.k = intOption(options, "k", 10, 1, 10000);

  s.transformName =
      options.value(QStringLiteral("transform"))
          .toString(frequency == Frequency::Daily ? QStringLiteral("mean7") : QStringLiteral("none"));
  if (s.transformName == QLatin1String("none"))
    s.transform = Transform::None;
  else if (s.transformName == QLatin1String("mean7"))
    s.transform = Transform::Mean7;
  else if (s.transformName == QLatin1String("log1p"))
    s.transform = Transform::Log1p;
  else
    fail(AnalogueText::tr("Option \"transform\" must be none, mean7 or log1p."));

  s.scaleName = options.value(QStringLiteral("scale")).toString(QStringLiteral("level"));
  if (s.scaleName == QLatin1String("level"))
    s.scaling = Scaling::Level;
  else if (s.scaleName == QLatin1String("zscore"))
    s.scaling = Scaling::ZScore;
  else if (s.scaleName == QLatin1String("none"))
    s.scaling = Scaling::None;
  else
    fail(AnalogueText::tr("Option \"scale\" must be level, zscore or none."));

  const QJsonValue eps = options.value(QStringLiteral("eps"));
  if (!eps.isUndefined() && !eps.isNull()) {
    if (!eps.isDouble() || !(eps.toDouble() >= 0) || !std::isfinite(eps.toDouble()))
      fail(AnalogueText::tr("Option \"eps\" must be a number of at least 0."));
    s.epsFraction = eps.toDouble();
  }
  return s;
}

} // namespace epidesk::analogue
