#include "dashboard/PanelDock.h"
#include "dashboard/DashboardPanel.h"
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace epidesk {

PanelDock::PanelDock(DashboardPanel *panel, QWidget *parent)
    : QDockWidget(parent), m_panel(panel), m_link(new QToolButton) {
  setObjectName(panel->id());
  setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
              QDockWidget::DockWidgetFloatable);
  auto *frame = new QWidget;
  auto *layout = new QVBoxLayout(frame);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  auto *header = new QHBoxLayout;
  header->setContentsMargins(4, 0, 4, 0);
  header->addStretch(1);
  m_link->setObjectName(QStringLiteral("linkToggle"));
  m_link->setCheckable(true);
  m_link->setChecked(panel->isLinked());
  m_link->setAutoRaise(true);
  m_link->setToolButtonStyle(Qt::ToolButtonTextOnly);
  header->addWidget(m_link);
  layout->addLayout(header);
  layout->addWidget(panel, 1);
  setWidget(frame);
  connect(m_link, &QToolButton::toggled, panel, &DashboardPanel::setLinked);
  connect(panel, &DashboardPanel::linkedChanged, this, [this](bool linked) {
    m_link->setChecked(linked);
    retranslate();
  });
  retranslate();
}

void PanelDock::retranslate() {
  setWindowTitle(m_panel->title());
  m_link->setText(m_panel->isLinked() ? tr("Linked") : tr("Not linked"));
  m_link->setToolTip(m_panel->isLinked()
                         ? tr("This panel follows the dashboard's selection, filters and time; click to "
                              "unlink it")
                         : tr("This panel keeps its own selection, filters and time; click to link it"));
}

void PanelDock::closeEvent(QCloseEvent *event) {
  QDockWidget::closeEvent(event);
  if (event->isAccepted())
    emit closed(this);
}

void PanelDock::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QDockWidget::changeEvent(event);
}

} // namespace epidesk
