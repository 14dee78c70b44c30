#include "dashboard/TimeCursorBar.h"
#include "DashboardState.h"
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>

namespace epidesk {

TimeCursorBar::TimeCursorBar(DashboardState *state, QWidget *parent)
    : QWidget(parent), m_state(state), m_caption(new QLabel(this)),
      m_slider(new QSlider(Qt::Horizontal, this)), m_value(new QLabel(this)) {
  setObjectName(QStringLiteral("timeCursorBar"));
  m_slider->setObjectName(QStringLiteral("timeSlider"));
  auto *layout = new QHBoxLayout(this);
  layout->setContentsMargins(6, 0, 6, 0);
  layout->addWidget(m_caption);
  layout->addWidget(m_slider, 1);
  layout->addWidget(m_value);
  m_slider->setMinimumWidth(160);
  m_slider->setPageStep(1);
  m_slider->setTickPosition(QSlider::TicksBelow);
  m_value->setMinimumWidth(m_value->fontMetrics().horizontalAdvance(QStringLiteral("0000-00 ")));
  connect(m_slider, &QSlider::valueChanged, this, [this](int i) {
    if (i < 0 || i >= m_periods.size())
      return;
    // The last period is "follow the last one" (empty), so new data moves it.
    m_state->setTimeCursor(i == m_periods.size() - 1 ? QString() : m_periods.at(i));
  });
  connect(m_state, &DashboardState::timeCursorChanged, this, &TimeCursorBar::showCursor);
  m_caption->setText(tr("Time:"));
  setPeriods({});
}

void TimeCursorBar::setPeriods(const QStringList &periods) {
  m_periods = periods;
  const QSignalBlocker block(m_slider);
  m_slider->setRange(0, qMax(0, int(periods.size()) - 1));
  setEnabled(periods.size() > 1);
  showCursor();
}

void TimeCursorBar::showCursor() {
  const QString cursor = m_state->timeCursor();
  const int i = cursor.isEmpty() ? int(m_periods.size()) - 1 : int(m_periods.indexOf(cursor));
  const QSignalBlocker block(m_slider);
  if (i >= 0)
    m_slider->setValue(i);
  m_value->setText(i >= 0 ? m_periods.value(i) : cursor);
}

void TimeCursorBar::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    m_caption->setText(tr("Time:"));
  QWidget::changeEvent(event);
}

} // namespace epidesk
