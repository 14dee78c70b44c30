#include "ClassifierRegistry.h"
#include "EqualIntervalClassifier.h"
#include "JenksClassifier.h"
#include "QuantileClassifier.h"

namespace epidesk {

QStringList ClassifierRegistry::ids() {
  return {QStringLiteral("quantile"), QStringLiteral("equal_interval"), QStringLiteral("jenks")};
}

QString ClassifierRegistry::displayName(const QString &id) {
  const auto c = create(id);
  return c ? c->name() : QString();
}

std::unique_ptr<Classifier> ClassifierRegistry::create(const QString &id) {
  if (id == QLatin1String("quantile"))
    return std::make_unique<QuantileClassifier>();
  if (id == QLatin1String("equal_interval"))
    return std::make_unique<EqualIntervalClassifier>();
  if (id == QLatin1String("jenks"))
    return std::make_unique<JenksClassifier>();
  return nullptr;
}

} // namespace epidesk
