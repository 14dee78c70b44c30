#pragma once
#include "FacilityUtilisation.h"
#include <QStringList>
#include <QtCharts/QChartView>
#include <vector>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
QT_END_NAMESPACE

namespace epidesk {

// Patients treated vs capacity per facility, as horizontal stacked bars:
// used within capacity, free capacity, over capacity (one row per facility,
// the first at the top). Drawn with Qt Charts: a few categorical bars with
// legend, hover and bar selection; QCustomPlot stays the engine of the time
// series. As many rows as their labels fit are shown, the wheel scrolls the
// rest. Facilities of the selected districts are highlighted; a click on a
// facility asks to select its district (linked to the flow map).
class UtilisationChart : public QChartView {
  Q_OBJECT
public:
  explicit UtilisationChart(QWidget *parent = nullptr);
  void setLoads(const std::vector<FacilityLoad> &loads);
  const std::vector<FacilityLoad> &loads() const { return m_loads; }
  void setSelectedDistricts(const QStringList &districts);
  // Facilities highlighted now (indices into loads()).
  std::vector<int> highlighted() const;
  int firstRow() const { return m_first; }
  int shownRows() const { return m_shown; }
  // Centre of facility i's bar in this widget's pixels (tests); null when scrolled away.
  QPoint barPosition(int facility) const;

signals:
  void facilityClicked(int facility, bool add);

protected:
  void wheelEvent(QWheelEvent *event) override;
  void resizeEvent(QResizeEvent *event) override;

private:
  void showRows();

  std::vector<FacilityLoad> m_loads;
  QStringList m_categories;
  QStringList m_selectedDistricts;
  QBarCategoryAxis *m_axis = nullptr;
  QList<QBarSet *> m_sets; // used, free, over
  int m_first = 0, m_shown = 0;
};

} // namespace epidesk
