#include "dashboard/DashboardPanel.h"
#include "PanelKinds.h"
#include "dashboard/ClassHistogramPanel.h"
#include "dashboard/ForecastPanels.h"
#include "dashboard/RelocationPanels.h"
#include "dashboard/SpaceTimePanel.h"
#include "dashboard/TrendPanels.h"

namespace epidesk {

DashboardPanel::DashboardPanel(const PanelSpec &spec, QWidget *parent)
    : QWidget(parent), m_spec(spec), m_linked(spec.linked) {
  setObjectName(spec.id);
}

QString DashboardPanel::title() const {
  return m_spec.title.isEmpty() ? PanelKinds::displayName(m_spec.kind) : m_spec.title;
}

void DashboardPanel::setLinked(bool linked) {
  if (linked == m_linked)
    return;
  m_linked = linked;
  emit linkedChanged(linked);
  emit paramsChanged();
}

QImage DashboardPanel::snapshot() {
  return grab().toImage();
}

PanelSpec DashboardPanel::spec() const {
  PanelSpec s = m_spec;
  s.linked = m_linked;
  s.params = params();
  return s;
}

std::map<QString, PanelFactory::Create> &PanelFactory::factories() {
  static std::map<QString, Create> map = [] {
    std::map<QString, Create> m;
    registerTrendPanels(m);
    registerForecastPanels(m);
    registerRelocationPanels(m);
    registerCompanionPanels(m);
    registerSpaceTimePanels(m);
    return m;
  }();
  return map;
}

bool PanelFactory::supports(const QString &kind) {
  return factories().count(kind) > 0;
}

DashboardPanel *PanelFactory::create(const PanelSpec &spec, QWidget *parent, QString *error) {
  const auto it = factories().find(spec.kind);
  if (it == factories().end()) {
    if (error)
      *error = QCoreApplication::translate("epidesk::PanelFactory",
                                           "panel \"%1\": the kind %2 cannot be shown yet")
                   .arg(spec.id, spec.kind);
    return nullptr;
  }
  return it->second(spec, parent);
}

void PanelFactory::add(const QString &kind, Create create) {
  factories()[kind] = std::move(create);
}

} // namespace epidesk
