#include "AnalogueModel.h"
#include "EtsModel.h"
#include "ForecastModel.h"
#include "SeasonalNaiveModel.h"
#include "StructuralModel.h"

namespace epidesk {

QStringList ForecastModelRegistry::ids() {
  return {QStringLiteral("nn"), QStringLiteral("bayes"), QStringLiteral("ets"), QStringLiteral("snaive")};
}

std::unique_ptr<ForecastModel> ForecastModelRegistry::create(const QString &id) {
  if (id == QLatin1String("nn"))
    return std::make_unique<AnalogueModel>();
  if (id == QLatin1String("bayes"))
    return std::make_unique<StructuralModel>();
  if (id == QLatin1String("ets"))
    return std::make_unique<EtsModel>();
  if (id == QLatin1String("snaive"))
    return std::make_unique<SeasonalNaiveModel>();
  return nullptr;
}

} // namespace epidesk
