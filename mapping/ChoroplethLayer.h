#pragma once
#include "ClassBreaks.h"
#include "ColorRamp.h"
#include "Feature.h"
#include <QColor>
#include <QHash>
#include <QObject>
#include <QPen>
#include <QSet>
#include <QString>
#include <memory>
#include <optional>

namespace epidesk {

class Projection;
class ProjectedGeometry;

// Model of one choropleth: boundaries + a value per code + how to classify and
// colour them, plus the interactive state (selection, hover) the renderer
// draws. Everything derived (class breaks, per-feature colours) is recomputed
// eagerly in the setters, so const access is safe from a report thread.
//
// A layer without values, or with fillVisible(false), is an outline layer
// (e.g. state borders over a municipality map).
class ChoroplethLayer : public QObject {
  Q_OBJECT
public:
  enum class NoDataStyle { Light, Hatched };

  explicit ChoroplethLayer(QObject *parent = nullptr);
  ~ChoroplethLayer() override;

  // --- data
  void setFeatures(FeatureCollectionPtr features);
  FeatureCollectionPtr features() const { return m_features; }
  void setValues(const QHash<QString, double> &valuesByCode); // non-finite = no data
  const QHash<QString, double> &values() const { return m_values; }
  std::optional<double> value(const QString &code) const;

  // --- classification and style
  void setClassifierId(const QString &id); // ClassifierRegistry id; unknown ids fall back to the default
  QString classifierId() const { return m_classifierId; }
  void setClassCount(int classes); // clamped to 1..12
  int classCount() const { return m_classCount; }
  void setColorRamp(const ColorRamp &ramp);
  const ColorRamp &colorRamp() const { return m_ramp; }
  void setNoDataColor(const QColor &color);
  QColor noDataColor() const { return m_noDataColor; }
  void setNoDataStyle(NoDataStyle style);
  NoDataStyle noDataStyle() const { return m_noDataStyle; }
  void setBorderPen(const QPen &pen); // cosmetic pen recommended
  QPen borderPen() const { return m_borderPen; }
  void setFillVisible(bool visible);
  bool fillVisible() const { return m_fillVisible; }
  void setLegendTitle(const QString &title); // e.g. "Prescriptions per 1,000"
  QString legendTitle() const { return m_legendTitle; }
  // Interactive layers take part in hit testing, hover and selection.
  void setInteractive(bool interactive) { m_interactive = interactive; }
  bool isInteractive() const { return m_interactive; }

  // Fixed class breaks (e.g. computed once over every frame of an animated
  // map, so colours and legend do not jump between frames); empty = breaks
  // computed from the current values with the classifier (the default).
  // Fixed breaks keep their colours: set them again after changing the
  // classifier, class count or ramp.
  void setFixedBreaks(const ClassBreaks &breaks);
  bool hasFixedBreaks() const { return !m_fixedBreaks.isEmpty(); }
  // Breaks this layer's classifier, class count and ramp give for values
  // (non-finite ignored): what to pass to setFixedBreaks.
  ClassBreaks breaksFor(const std::vector<double> &values) const;

  // --- derived
  const ClassBreaks &classBreaks() const { return m_breaks; }
  // Class colour of the feature's value, or noDataColor() without a value.
  QColor fillColor(const QString &code) const;
  QColor fillColorAt(int featureIndex) const { return m_fill.value(featureIndex, m_noDataColor); }
  bool hasValueAt(int featureIndex) const { return m_hasValue.value(featureIndex, false); }
  // One entry per class, plus "No data" when some feature has no value.
  QVector<LegendEntry> legendEntries(const QLocale &locale = QLocale()) const;

  // --- interaction state (codes of this layer's features)
  QSet<QString> selection() const { return m_selection; }
  void setSelection(const QSet<QString> &codes);
  void toggleSelected(const QString &code);
  QString hovered() const { return m_hovered; }
  void setHovered(const QString &code); // empty = none

  // --- geometry (MapScene sets the projection; nullptr until then)
  void setProjection(std::shared_ptr<const Projection> projection);
  const ProjectedGeometry *geometry() const { return m_geometry.get(); }

signals:
  void changed();         // anything drawn changed: repaint
  void featuresChanged(); // new boundaries: the scene refits projection and view
  void selectionChanged(const QSet<QString> &codes);
  void hoveredChanged(const QString &code);

private:
  void rebuildGeometry();
  void reclassify();

  FeatureCollectionPtr m_features;
  QHash<QString, double> m_values;
  QString m_classifierId;
  int m_classCount = 5;
  ColorRamp m_ramp;
  QColor m_noDataColor{0xd9, 0xd9, 0xd9};
  NoDataStyle m_noDataStyle = NoDataStyle::Light;
  QPen m_borderPen;
  bool m_fillVisible = true;
  bool m_interactive = true;
  QString m_legendTitle;

  ClassBreaks m_fixedBreaks;
  ClassBreaks m_breaks;
  QVector<QColor> m_fill; // per feature index
  QVector<bool> m_hasValue;
  int m_noDataCount = 0;

  QSet<QString> m_selection;
  QString m_hovered;

  std::shared_ptr<const Projection> m_projection;
  std::unique_ptr<ProjectedGeometry> m_geometry;
};

} // namespace epidesk
