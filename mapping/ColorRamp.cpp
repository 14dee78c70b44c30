#include "ColorRamp.h"
#include <algorithm>
#include <cmath>

namespace epidesk {

namespace {
QVector<QColor> colors(std::initializer_list<const char *> hex) {
  QVector<QColor> out;
  for (const char *h : hex)
    out.append(QColor(QLatin1String(h)));
  return out;
}
} // namespace

ColorRamp::ColorRamp(QString id, QString name, QVector<QColor> stops)
    : m_id(std::move(id)), m_name(std::move(name)), m_stops(std::move(stops)) {}

QStringList ColorRamp::ids() {
  return {QStringLiteral("YlOrRd"), QStringLiteral("Blues"), QStringLiteral("Greens"),
          QStringLiteral("Purples"), QStringLiteral("Viridis")};
}

// ColorBrewer 2.0 (Cynthia Brewer, Apache-2.0) 9-class sequential schemes;
// Viridis stops from matplotlib's colormap (CC0).
ColorRamp ColorRamp::byId(const QString &id) {
  if (id == QLatin1String("Blues"))
    return {id, tr("Blues"),
            colors({"#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c",
                    "#08306b"})};
  if (id == QLatin1String("Greens"))
    return {id, tr("Greens"),
            colors({"#f7fcf5", "#e5f5e0", "#c7e9c0", "#a1d99b", "#74c476", "#41ab5d", "#238b45", "#006d2c",
                    "#00441b"})};
  if (id == QLatin1String("Purples"))
    return {id, tr("Purples"),
            colors({"#fcfbfd", "#efedf5", "#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3", "#54278f",
                    "#3f007d"})};
  if (id == QLatin1String("Viridis"))
    return {id, tr("Viridis"),
            colors({"#440154", "#482878", "#3e4989", "#31688e", "#26828e", "#1f9e89", "#35b779", "#6ece58",
                    "#b5de2b", "#fde725"})};
  return {QStringLiteral("YlOrRd"), tr("Yellow-orange-red"),
          colors({"#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#bd0026",
                  "#800026"})};
}

ColorRamp ColorRamp::reversed() const {
  ColorRamp r = *this;
  std::reverse(r.m_stops.begin(), r.m_stops.end());
  return r;
}

QColor ColorRamp::colorAt(double t) const {
  if (m_stops.isEmpty())
    return {};
  if (m_stops.size() == 1 || !std::isfinite(t))
    return m_stops.first();
  const double pos = std::clamp(t, 0.0, 1.0) * (m_stops.size() - 1);
  const int i = std::min(static_cast<int>(pos), static_cast<int>(m_stops.size()) - 2);
  const double f = pos - i;
  const QColor &a = m_stops[i], &b = m_stops[i + 1];
  return QColor::fromRgbF(static_cast<float>(a.redF() + f * (b.redF() - a.redF())),
                          static_cast<float>(a.greenF() + f * (b.greenF() - a.greenF())),
                          static_cast<float>(a.blueF() + f * (b.blueF() - a.blueF())));
}

QVector<QColor> ColorRamp::sample(int k) const {
  QVector<QColor> out;
  if (k == 1)
    out.append(colorAt(0.5));
  for (int i = 0; k > 1 && i < k; ++i)
    out.append(colorAt(static_cast<double>(i) / (k - 1)));
  return out;
}

} // namespace epidesk
