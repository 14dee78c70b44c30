#pragma once
#include <QStringList>
#include <QWidget>

class QLabel;
class QSlider;

namespace epidesk {

class DashboardState;

// The dashboard's time cursor: a slider over the periods the panels show
// (years or months). Moving it sets DashboardState's cursor, which every
// linked time-aware panel follows; the rightmost end means "the last period"
// (an empty cursor, so a document keeps following new data).
class TimeCursorBar : public QWidget {
  Q_OBJECT
public:
  explicit TimeCursorBar(DashboardState *state, QWidget *parent = nullptr);
  void setPeriods(const QStringList &periods);
  QSlider *slider() const { return m_slider; }

protected:
  void changeEvent(QEvent *event) override;

private:
  void showCursor();

  DashboardState *m_state;
  QStringList m_periods;
  QLabel *m_caption;
  QSlider *m_slider;
  QLabel *m_value;
};

} // namespace epidesk
