#pragma once
#include <QCoreApplication>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <memory>

namespace epidesk {

// A map projection from lon/lat degrees to a plane in metres on a sphere of
// the authalic Earth radius, x east and y NORTH (the view flips y).
// Implementations are immutable, so one instance can be shared by threads.
class Projection {
public:
  static constexpr double kEarthRadius = 6371007.2; // authalic radius, metres

  virtual ~Projection() = default;
  virtual QString id() const = 0;   // registry id
  virtual QString name() const = 0; // translated, for menus
  virtual QPointF forward(const QPointF &lonLat) const = 0;
  virtual QPointF inverse(const QPointF &xy) const = 0;
  virtual std::unique_ptr<Projection> clone() const = 0;
};

// Plate carrée with x scaled by cos(lat0) so shapes near lat0 look right.
// Not equal-area: use for quick looks, not for choropleths.
class EquirectangularProjection : public Projection {
  Q_DECLARE_TR_FUNCTIONS(EquirectangularProjection)
public:
  explicit EquirectangularProjection(double lon0 = 0, double lat0 = 0);
  QString id() const override { return QStringLiteral("equirectangular"); }
  QString name() const override;
  QPointF forward(const QPointF &lonLat) const override;
  QPointF inverse(const QPointF &xy) const override;
  std::unique_ptr<Projection> clone() const override;

private:
  double m_lon0, m_lat0, m_cosLat0;
};

// Albers conic equal-area (spherical). Equal area keeps the visual weight of
// each region proportional to its area, which is what a choropleth needs.
class AlbersEqualAreaProjection : public Projection {
  Q_DECLARE_TR_FUNCTIONS(AlbersEqualAreaProjection)
public:
  // Degrees: central meridian, latitude of origin, standard parallels.
  AlbersEqualAreaProjection(double lon0, double lat0, double lat1, double lat2);
  // Parallels at 1/6 and 5/6 of the latitude span (the usual rule of thumb).
  static AlbersEqualAreaProjection fittedTo(const QRectF &lonLatExtent);
  static AlbersEqualAreaProjection brazil(); // centre -54/-12, parallels -2 and -22
  static AlbersEqualAreaProjection poland(); // centre 19/52, parallels 50 and 54

  QString id() const override { return m_id; }
  QString name() const override;
  QPointF forward(const QPointF &lonLat) const override;
  QPointF inverse(const QPointF &xy) const override;
  std::unique_ptr<Projection> clone() const override;

private:
  friend class ProjectionRegistry;
  QString m_id = QStringLiteral("albers");
  double m_lon0, m_lat0, m_lat1, m_lat2;
  double m_n, m_c, m_rho0; // derived constants (Snyder 1987, eq. 14-1 to 14-6)
};

// Projections by id: "albers" (fitted to the data extent, the default),
// "albers_brazil", "albers_poland", "equirectangular" (centred on the extent).
class ProjectionRegistry {
  Q_DECLARE_TR_FUNCTIONS(ProjectionRegistry)
public:
  static QStringList ids();
  static QString defaultId() { return QStringLiteral("albers"); }
  static QString displayName(const QString &id); // translated, empty if unknown
  // nullptr for an unknown id. lonLatExtent centres the fitted projections.
  static std::unique_ptr<Projection> create(const QString &id, const QRectF &lonLatExtent = {});
};

} // namespace epidesk
