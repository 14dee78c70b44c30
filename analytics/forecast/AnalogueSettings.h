#pragma once
#include "TimeSeries.h"
#include <QJsonObject>
#include <QString>

// AnalogueModel's options (not for other callers); see AnalogueModel.h.
namespace epidesk::analogue {

// Throws std::invalid_argument with the (translated) message.
[[noreturn]] void fail(const QString &message);

enum class Transform { None, Mean7, Log1p };
enum class Scaling { Level, ZScore, None };

// Parsed options; one set for the whole panel so windows are comparable.
struct Settings {
  Frequency frequency = Frequency::Daily;
  int horizon = 1;
  int window = 14;
  int k = 10;
  Transform transform = Transform::Mean7;
  Scaling scaling = Scaling::Level;
  QString transformName, scaleName;
  double epsFraction = 0.1;
};

int defaultWindow(Frequency f);
// "window" from the options, or the frequency's default.
int windowOption(const QJsonObject &options, Frequency frequency);
// Throws std::invalid_argument for a bad horizon or option.
Settings parseSettings(const QJsonObject &options, Frequency frequency, int horizon);

} // namespace epidesk::analogue
