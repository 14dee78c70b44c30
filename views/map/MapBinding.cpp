#include "map/MapBinding.h"
#include "ChoroplethLayer.h"
#include "MapScene.h"
#include "trends/TrendChart.h"
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPen>
#include <cmath>

namespace epidesk {

namespace {
// This file's messages, in one context that lupdate sees too (it files the
// strings of a plain tr() wrapper function under the enclosing scope instead).
class MapBindingText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::MapBinding)
};
} // namespace

MapBinding::MapBinding(GeoLevel resultLevel, const FeatureCollection &features, const Geography &geography)
    : m_level(resultLevel) {
  for (const Feature &f : features.features()) {
    QString code;
    switch (resultLevel) {
    case GeoLevel::Municipality:
    case GeoLevel::Uf:
      code = f.code;
      break;
    case GeoLevel::Region:
      if (const UfInfo *uf = geography.ufBySigla(f.code))
        code = uf->region;
      break;
    case GeoLevel::Country:
      code = QStringLiteral("BR");
      break;
    }
    if (code.isEmpty())
      continue;
    m_toResult.insert(f.code, code);
    m_toFeatures[code].append(f.code);
  }
}

QStringList MapBinding::resultCodes(const QStringList &featureCodes) const {
  QStringList out;
  for (const QString &f : featureCodes) {
    const QString r = resultCode(f);
    if (!r.isEmpty() && !out.contains(r))
      out << r;
  }
  return out;
}

QStringList MapBinding::featureCodes(const QStringList &resultCodes) const {
  QStringList out;
  for (const QString &r : resultCodes)
    out += featureCodes(r);
  return out;
}

QString resolveMapPeriod(const TrendResult &result, const QString &choice) {
  if (choice == kSenSlopeValue)
    return {};
  if (!choice.isEmpty())
    return choice;
  for (const auto &points : result.series) // every series covers the same periods
    if (!points.empty())
      return points.back().period;
  return {};
}

QHash<QString, double> MapBinding::featureValues(const TrendResult &result, const QString &choice) const {
  const QString period = resolveMapPeriod(result, choice);
  const bool slope = choice == kSenSlopeValue;
  QHash<QString, double> values;
  for (auto it = m_toResult.cbegin(); it != m_toResult.cend(); ++it) {
    double v = std::numeric_limits<double>::quiet_NaN();
    if (slope) {
      v = result.trendTests.value(it.value()).senSlope;
    } else {
      for (const SeriesPoint &p : result.series.value(it.value()))
        if (p.period == period) {
          v = p.value;
          break;
        }
    }
    if (std::isfinite(v))
      values.insert(it.key(), v);
  }
  return values;
}

QString mapValueTitle(const TrendResult &result, const QString &choice) {
  const QString measure = TrendChart::measureLabel(result);
  const QString period = resolveMapPeriod(result, choice);
  if (choice == kSenSlopeValue)
    return result.period == PeriodKind::Year ? MapBindingText::tr("Sen's slope per year: %1").arg(measure)
                                             : MapBindingText::tr("Sen's slope per month: %1").arg(measure);
  return QStringLiteral("%1, %2").arg(measure, period);
}

void addOutlineLayer(MapScene &scene, FeatureCollectionPtr outlines) {
  if (!outlines)
    return;
  auto *outline = new ChoroplethLayer;
  outline->setFeatures(std::move(outlines));
  outline->setFillVisible(false);
  outline->setInteractive(false);
  QPen pen(QColor(40, 40, 40));
  pen.setCosmetic(true);
  pen.setWidthF(1.0);
  outline->setBorderPen(pen);
  scene.addLayer(outline);
}

namespace {
// Manual breaks as classes: [min, b1], (b1, b2], ..., (bk, max]; empty
// breaks give none (the layer's classifier decides).
ClassBreaks manualBreaks(const QHash<QString, double> &values, const std::vector<double> &breaks,
                         const ColorRamp &ramp) {
  if (breaks.empty())
    return {};
  double lo = breaks.front(), hi = breaks.back();
  for (double v : values)
    if (std::isfinite(v)) {
      lo = std::min(lo, v);
      hi = std::max(hi, v);
    }
  std::vector<double> upper = breaks;
  upper.push_back(std::max(hi, breaks.back()));
  return ClassBreaks(lo, upper, ramp.sample(int(upper.size())));
}
} // namespace

void populateMapScene(MapScene &scene, const MapContent &content) {
  ChoroplethLayer *layer = scene.primaryLayer();
  // Same boundaries as before: restyle the layer in place, which keeps the
  // analyst's zoom and pan (new layers refit the view).
  if (!layer || layer->features() != content.features) {
    scene.clearLayers();
    if (!content.features)
      return;
    layer = new ChoroplethLayer;
    layer->setFeatures(content.features);
    scene.addLayer(layer);
    if (content.outlines != content.features)
      addOutlineLayer(scene, content.outlines);
  }
  layer->setClassifierId(content.classifierId);
  layer->setClassCount(content.classCount);
  layer->setColorRamp(ColorRamp::byId(content.rampId.isEmpty() ? ColorRamp::defaultId() : content.rampId));
  const QHash<QString, double> values = content.binding.featureValues(content.result, content.period);
  layer->setValues(values);
  layer->setFixedBreaks(manualBreaks(values, content.breaks, layer->colorRamp()));
  layer->setLegendTitle(mapValueTitle(content.result, content.period));
  QPen border(QColor(90, 90, 90));
  border.setCosmetic(true);
  border.setWidthF(content.result.level == GeoLevel::Municipality ? 0.2 : 0.7);
  layer->setBorderPen(border);
  const QStringList selected = content.binding.featureCodes(content.selectedResultCodes);
  scene.setSelection(QSet<QString>(selected.cbegin(), selected.cend()));
}

} // namespace epidesk
