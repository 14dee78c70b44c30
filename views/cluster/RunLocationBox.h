#pragma once
#include <QComboBox>

namespace epidesk {

// Where a computation runs: in this process or on the cluster (issue 5).
// Every computing view carries one; the cluster entry is disabled (with a
// tooltip saying why) until a cluster is configured.
class RunLocationBox : public QComboBox {
  Q_OBJECT
public:
  enum class Location { Local, Cluster };
  explicit RunLocationBox(QWidget *parent = nullptr);

  Location location() const;
  void setLocation(Location location);
  bool runsOnCluster() const { return location() == Location::Cluster; }
  // Enables the cluster entry; when disabled the box falls back to Local.
  void setClusterAvailable(bool available, const QString &whyNot = QString());
  bool isClusterAvailable() const { return m_clusterAvailable; }

signals:
  void locationChanged(epidesk::RunLocationBox::Location location);

protected:
  void changeEvent(QEvent *event) override;

private:
  void retranslate();
  bool m_clusterAvailable = false;
  QString m_whyNot;
};

} // namespace epidesk
