#include "DemoSetupState.h"
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace epidesk {

namespace {
constexpr int kFormat = 1;
const char *const kAnvisaSteps[] = {"anvisa_files", "store", "covid_pl"};
} // namespace

DemoSetupState::DemoSetupState(QString path) : m_path(std::move(path)) {}

void DemoSetupState::load() {
  QFile file(m_path);
  if (!file.open(QIODevice::ReadOnly))
    return;
  const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
  if (json.value(QLatin1String("format")).toInt() != kFormat)
    return; // another layout: start over
  m_seed = json.value(QLatin1String("seed")).toString();
  m_scale = json.value(QLatin1String("scale")).toDouble();
  m_steps = json.value(QLatin1String("steps")).toObject();
}

bool DemoSetupState::save(QString *error) const {
  const QJsonObject json{{QStringLiteral("format"), kFormat},
                         {QStringLiteral("seed"), m_seed},
                         {QStringLiteral("scale"), m_scale},
                         {QStringLiteral("steps"), m_steps}};
  QSaveFile file(m_path);
  if (file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(json).toJson()) >= 0 && file.commit())
    return true;
  *error = QCoreApplication::translate("epidesk::DemoSetup", "Cannot write %1: %2")
               .arg(m_path, file.errorString());
  return false;
}

void DemoSetupState::useAnvisaOptions(quint64 seed, double scale) {
  const QString seedText = QString::number(seed);
  if (seedText == m_seed && scale == m_scale)
    return;
  for (const char *step : kAnvisaSteps)
    m_steps.remove(QLatin1String(step));
  m_seed = seedText;
  m_scale = scale;
}

} // namespace epidesk
