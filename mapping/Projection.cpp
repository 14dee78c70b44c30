#include "Projection.h"
#include <cmath>

namespace epidesk {

namespace {
constexpr double kDegToRad = M_PI / 180.0;
constexpr double kRadToDeg = 180.0 / M_PI;
constexpr double R = Projection::kEarthRadius;
} // namespace

// ---------------------------------------------------------------- Equirectangular

EquirectangularProjection::EquirectangularProjection(double lon0, double lat0)
    : m_lon0(lon0), m_lat0(lat0), m_cosLat0(std::cos(lat0 * kDegToRad)) {}

QString EquirectangularProjection::name() const {
  return tr("Equirectangular (plate carrée)");
}

QPointF EquirectangularProjection::forward(const QPointF &ll) const {
  return {R * (ll.x() - m_lon0) * kDegToRad * m_cosLat0, R * ll.y() * kDegToRad};
}

QPointF EquirectangularProjection::inverse(const QPointF &xy) const {
  return {m_lon0 + xy.x() / (R * m_cosLat0) * kRadToDeg, xy.y() / R * kRadToDeg};
}

std::unique_ptr<Projection> EquirectangularProjection::clone() const {
  return std::make_unique<EquirectangularProjection>(*this);
}

// ---------------------------------------------------------------- Albers

// Spherical Albers, Snyder (1987) "Map Projections - A Working Manual",
// eq. 14-1 to 14-8 (forward) and 14-10 to 14-12 (inverse), with the sphere of
// the authalic radius. When the parallels are symmetric about the equator
// n -> 0 and the formulas degenerate; that case uses the limit, Lambert's
// cylindrical equal-area with standard parallel lat1.
AlbersEqualAreaProjection::AlbersEqualAreaProjection(double lon0, double lat0, double lat1, double lat2)
    : m_lon0(lon0), m_lat0(lat0), m_lat1(lat1), m_lat2(lat2) {
  const double s1 = std::sin(lat1 * kDegToRad), s2 = std::sin(lat2 * kDegToRad);
  const double c1 = std::cos(lat1 * kDegToRad);
  m_n = (s1 + s2) / 2;
  m_c = c1 * c1 + 2 * m_n * s1;
  m_rho0 = std::abs(m_n) < 1e-10 ? 0 : R * std::sqrt(m_c - 2 * m_n * std::sin(lat0 * kDegToRad)) / m_n;
}

AlbersEqualAreaProjection AlbersEqualAreaProjection::fittedTo(const QRectF &e) {
  if (e.isNull() || !e.isValid())
    return AlbersEqualAreaProjection(0, 0, 20, 50);
  const double span = e.height();
  return AlbersEqualAreaProjection(e.center().x(), e.center().y(), e.top() + span / 6, e.bottom() - span / 6);
}

AlbersEqualAreaProjection AlbersEqualAreaProjection::brazil() {
  AlbersEqualAreaProjection p(-54, -12, -2, -22);
  p.m_id = QStringLiteral("albers_brazil");
  return p;
}

AlbersEqualAreaProjection AlbersEqualAreaProjection::poland() {
  AlbersEqualAreaProjection p(19, 52, 50, 54);
  p.m_id = QStringLiteral("albers_poland");
  return p;
}

QString AlbersEqualAreaProjection::name() const {
  if (m_id == QLatin1String("albers_brazil"))
    return tr("Albers equal-area (Brazil)");
  if (m_id == QLatin1String("albers_poland"))
    return tr("Albers equal-area (Poland)");
  return tr("Albers equal-area");
}

QPointF AlbersEqualAreaProjection::forward(const QPointF &ll) const {
  const double lambda = (ll.x() - m_lon0) * kDegToRad, phi = ll.y() * kDegToRad;
  if (std::abs(m_n) < 1e-10) {
    const double c1 = std::cos(m_lat1 * kDegToRad);
    return {R * lambda * c1, R * std::sin(phi) / c1 - R * std::sin(m_lat0 * kDegToRad) / c1};
  }
  const double rho = R * std::sqrt(std::max(0.0, m_c - 2 * m_n * std::sin(phi))) / m_n;
  const double theta = m_n * lambda;
  return {rho * std::sin(theta), m_rho0 - rho * std::cos(theta)};
}

QPointF AlbersEqualAreaProjection::inverse(const QPointF &xy) const {
  if (std::abs(m_n) < 1e-10) {
    const double c1 = std::cos(m_lat1 * kDegToRad);
    const double s = std::clamp((xy.y() + R * std::sin(m_lat0 * kDegToRad) / c1) * c1 / R, -1.0, 1.0);
    return {m_lon0 + xy.x() / (R * c1) * kRadToDeg, std::asin(s) * kRadToDeg};
  }
  const double sign = m_n < 0 ? -1.0 : 1.0;
  const double dy = m_rho0 - xy.y();
  const double rho = sign * std::hypot(xy.x(), dy);
  const double theta = std::atan2(sign * xy.x(), sign * dy);
  const double q = (m_c - (rho * m_n / R) * (rho * m_n / R)) / (2 * m_n);
  return {m_lon0 + theta / m_n * kRadToDeg, std::asin(std::clamp(q, -1.0, 1.0)) * kRadToDeg};
}

std::unique_ptr<Projection> AlbersEqualAreaProjection::clone() const {
  return std::make_unique<AlbersEqualAreaProjection>(*this);
}

// ---------------------------------------------------------------- Registry

QStringList ProjectionRegistry::ids() {
  return {QStringLiteral("albers"), QStringLiteral("albers_brazil"), QStringLiteral("albers_poland"),
          QStringLiteral("equirectangular")};
}

QString ProjectionRegistry::displayName(const QString &id) {
  auto p = create(id);
  return p ? p->name() : QString();
}

std::unique_ptr<Projection> ProjectionRegistry::create(const QString &id, const QRectF &extent) {
  if (id == QLatin1String("albers"))
    return AlbersEqualAreaProjection::fittedTo(extent).clone();
  if (id == QLatin1String("albers_brazil"))
    return AlbersEqualAreaProjection::brazil().clone();
  if (id == QLatin1String("albers_poland"))
    return AlbersEqualAreaProjection::poland().clone();
  if (id == QLatin1String("equirectangular")) {
    const QPointF c = extent.isNull() ? QPointF() : extent.center();
    return std::make_unique<EquirectangularProjection>(c.x(), c.y());
  }
  return nullptr;
}

} // namespace epidesk
