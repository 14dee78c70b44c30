#include "cluster/RunLocationBox.h"
#include <QEvent>
#include <QStandardItemModel>

namespace epidesk {

RunLocationBox::RunLocationBox(QWidget *parent) : QComboBox(parent) {
  addItem(QString(), int(Location::Local));
  addItem(QString(), int(Location::Cluster));
  setClusterAvailable(false);
  connect(this, &QComboBox::currentIndexChanged, this, [this] { emit locationChanged(location()); });
  retranslate();
}

RunLocationBox::Location RunLocationBox::location() const {
  return Location(currentData().toInt());
}

void RunLocationBox::setLocation(Location location) {
  if (location == Location::Cluster && !m_clusterAvailable)
    location = Location::Local;
  setCurrentIndex(findData(int(location)));
}

void RunLocationBox::setClusterAvailable(bool available, const QString &whyNot) {
  m_clusterAvailable = available;
  m_whyNot = whyNot;
  if (auto *items = qobject_cast<QStandardItemModel *>(model()))
    if (QStandardItem *cluster = items->item(findData(int(Location::Cluster))))
      cluster->setEnabled(available);
  if (!available && location() == Location::Cluster)
    setLocation(Location::Local);
  retranslate();
}

void RunLocationBox::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QComboBox::changeEvent(event);
}

void RunLocationBox::retranslate() {
  setItemText(findData(int(Location::Local)), tr("Run locally"));
  setItemText(findData(int(Location::Cluster)), tr("Run on cluster"));
  const QString why =
      m_whyNot.isEmpty() ? tr("Configure a cluster first: Cluster ▸ Cluster settings…") : m_whyNot;
  setItemData(findData(int(Location::Cluster)), m_clusterAvailable ? QString() : why, Qt::ToolTipRole);
  setToolTip(tr("Where this computation runs: in EpiDesk or on the compute cluster"));
}

} // namespace epidesk
