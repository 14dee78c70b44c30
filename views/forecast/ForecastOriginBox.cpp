#include "forecast/ForecastOriginBox.h"
#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>

namespace epidesk {

ForecastOriginBox::ForecastOriginBox(QWidget *parent)
    : QWidget(parent), m_enabled(new QCheckBox(this)), m_date(new QDateEdit(this)) {
  m_enabled->setObjectName(QStringLiteral("forecastAsOfEnabled"));
  m_date->setObjectName(QStringLiteral("forecastAsOf"));
  m_date->setCalendarPopup(true);
  m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd")); // the CLI's and the JSON's form
  m_date->setEnabled(false);
  auto *layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_enabled);
  layout->addWidget(m_date, 1);
  setFocusProxy(m_enabled);
  connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
    m_date->setEnabled(on);
    emit asOfChanged(asOf());
  });
  connect(m_date, &QDateEdit::dateChanged, this, [this] {
    if (m_enabled->isChecked())
      emit asOfChanged(asOf());
  });
  retranslate();
}

QDate ForecastOriginBox::asOf() const {
  return m_enabled->isChecked() ? m_date->date() : QDate();
}

void ForecastOriginBox::setAsOf(const QDate &day) {
  if (day.isValid())
    m_date->setDate(day);
  m_enabled->setChecked(day.isValid());
}

void ForecastOriginBox::setDataRange(const QDate &first, const QDate &last) {
  if (!first.isValid() || !last.isValid())
    return;
  const QDate keep = m_date->date();
  const bool keepDay = m_hasRange && keep >= first && keep <= last;
  m_date->setDateRange(first, last);
  // First data, or a day outside it: the last day, where "latest data" starts.
  m_date->setDate(keepDay ? keep : last);
  m_hasRange = true;
}

void ForecastOriginBox::retranslate() {
  m_enabled->setText(tr("on"));
  m_enabled->setToolTip(tr("Forecast as of a past day: the models see nothing after it, and the "
                           "actuals that followed are drawn against the forecast"));
}

void ForecastOriginBox::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QWidget::changeEvent(event);
}

} // namespace epidesk
