#include "ChoroplethLayer.h"
#include "ClassifierRegistry.h"
#include "ProjectedGeometry.h"
#include "Projection.h"
#include <algorithm>
#include <cmath>

namespace epidesk {

ChoroplethLayer::ChoroplethLayer(QObject *parent)
    : QObject(parent), m_classifierId(ClassifierRegistry::defaultId()),
      m_ramp(ColorRamp::byId(ColorRamp::defaultId())), m_borderPen(QColor(255, 255, 255, 200), 0) {
  m_borderPen.setCosmetic(true);
}

ChoroplethLayer::~ChoroplethLayer() = default;

void ChoroplethLayer::setFeatures(FeatureCollectionPtr features) {
  m_features = std::move(features);
  rebuildGeometry();
  reclassify();
  emit featuresChanged();
}

void ChoroplethLayer::setValues(const QHash<QString, double> &valuesByCode) {
  m_values = valuesByCode;
  reclassify();
}

std::optional<double> ChoroplethLayer::value(const QString &code) const {
  const auto it = m_values.constFind(code);
  if (it == m_values.constEnd() || !std::isfinite(*it))
    return std::nullopt;
  return *it;
}

void ChoroplethLayer::setClassifierId(const QString &id) {
  m_classifierId = ClassifierRegistry::ids().contains(id) ? id : ClassifierRegistry::defaultId();
  reclassify();
}

void ChoroplethLayer::setClassCount(int classes) {
  m_classCount = std::clamp(classes, 1, 12);
  reclassify();
}

void ChoroplethLayer::setColorRamp(const ColorRamp &ramp) {
  m_ramp = ramp.isValid() ? ramp : ColorRamp::byId(ColorRamp::defaultId());
  reclassify();
}

void ChoroplethLayer::setNoDataColor(const QColor &color) {
  m_noDataColor = color;
  reclassify();
}

void ChoroplethLayer::setNoDataStyle(NoDataStyle style) {
  m_noDataStyle = style;
  emit changed();
}

void ChoroplethLayer::setBorderPen(const QPen &pen) {
  m_borderPen = pen;
  emit changed();
}

void ChoroplethLayer::setFillVisible(bool visible) {
  m_fillVisible = visible;
  emit changed();
}

void ChoroplethLayer::setLegendTitle(const QString &title) {
  m_legendTitle = title;
  emit changed();
}

void ChoroplethLayer::setFixedBreaks(const ClassBreaks &breaks) {
  m_fixedBreaks = breaks;
  reclassify();
}

ClassBreaks ChoroplethLayer::breaksFor(const std::vector<double> &values) const {
  const auto classifier = ClassifierRegistry::create(m_classifierId);
  return ClassBreaks::compute(*classifier, values, m_classCount, m_ramp);
}

// Classifies only the values of features present in the layer, so that codes
// without a boundary (e.g. municipalities missing from the old map) do not
// shift the breaks of what is drawn.
void ChoroplethLayer::reclassify() {
  const int n = m_features ? m_features->size() : 0;
  std::vector<double> drawn;
  drawn.reserve(n);
  m_hasValue.fill(false, n);
  for (int i = 0; i < n; ++i) {
    if (const auto v = value(m_features->at(i).code)) {
      drawn.push_back(*v);
      m_hasValue[i] = true;
    }
  }
  m_breaks = m_fixedBreaks.isEmpty() ? breaksFor(drawn) : m_fixedBreaks;
  m_fill.resize(n);
  m_noDataCount = 0;
  for (int i = 0; i < n; ++i) {
    const int c = m_hasValue[i] ? m_breaks.classOf(*value(m_features->at(i).code)) : -1;
    m_fill[i] = c >= 0 ? m_breaks.color(c) : m_noDataColor;
    m_noDataCount += c < 0;
  }
  emit changed();
}

QColor ChoroplethLayer::fillColor(const QString &code) const {
  const int i = m_features ? m_features->indexOf(code) : -1;
  if (i >= 0)
    return fillColorAt(i);
  const int c = m_breaks.classOf(value(code).value_or(std::nan("")));
  return c >= 0 ? m_breaks.color(c) : m_noDataColor;
}

QVector<LegendEntry> ChoroplethLayer::legendEntries(const QLocale &locale) const {
  QVector<LegendEntry> out;
  QVector<int> counts(m_breaks.classCount(), 0);
  for (int i = 0; i < m_hasValue.size(); ++i)
    if (m_hasValue[i])
      ++counts[m_breaks.classOf(*value(m_features->at(i).code))];
  for (int c = 0; c < m_breaks.classCount(); ++c)
    out.append({m_breaks.label(c, locale), m_breaks.color(c), m_breaks.lowerBound(c), m_breaks.upperBound(c),
                counts[c], false, true});
  if (m_noDataCount > 0)
    out.append({tr("No data"), m_noDataColor, std::nan(""), std::nan(""), m_noDataCount, true, true});
  return out;
}

void ChoroplethLayer::setSelection(const QSet<QString> &codes) {
  if (codes == m_selection)
    return;
  m_selection = codes;
  emit selectionChanged(m_selection);
  emit changed();
}

void ChoroplethLayer::toggleSelected(const QString &code) {
  QSet<QString> s = m_selection;
  if (!s.remove(code))
    s.insert(code);
  setSelection(s);
}

void ChoroplethLayer::setHovered(const QString &code) {
  if (code == m_hovered)
    return;
  m_hovered = code;
  emit hoveredChanged(m_hovered);
  emit changed();
}

void ChoroplethLayer::setProjection(std::shared_ptr<const Projection> projection) {
  m_projection = std::move(projection);
  rebuildGeometry();
  emit changed();
}

void ChoroplethLayer::rebuildGeometry() {
  m_geometry.reset();
  if (m_features && m_projection)
    m_geometry = std::make_unique<ProjectedGeometry>(m_features, *m_projection);
}

} // namespace epidesk
