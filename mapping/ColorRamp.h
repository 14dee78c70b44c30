#pragma once
#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace epidesk {

// A sequential colour ramp from low (light) to high (dark) values,
// interpolated in RGB between stops. Built-in ids: "YlOrRd" (default),
// "Blues", "Greens", "Purples" (ColorBrewer 9-class), "Viridis" (dark purple
// to yellow).
class ColorRamp {
  Q_DECLARE_TR_FUNCTIONS(ColorRamp)
public:
  ColorRamp() = default;
  ColorRamp(QString id, QString name, QVector<QColor> stops);

  static QStringList ids();
  static QString defaultId() { return QStringLiteral("YlOrRd"); }
  // Unknown ids give the default ramp.
  static ColorRamp byId(const QString &id);

  QString id() const { return m_id; }
  QString name() const { return m_name; } // translated
  const QVector<QColor> &stops() const { return m_stops; }
  bool isValid() const { return !m_stops.isEmpty(); }
  ColorRamp reversed() const;

  QColor colorAt(double t) const; // t clamped to [0, 1]
  // k colours from one end to the other; k == 1 gives the middle colour.
  QVector<QColor> sample(int k) const;

private:
  QString m_id;
  QString m_name;
  QVector<QColor> m_stops;
};

} // namespace epidesk
