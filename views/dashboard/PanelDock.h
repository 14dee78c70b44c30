#pragma once
#include <QDockWidget>

class QToolButton;

namespace epidesk {

class DashboardPanel;

// A dashboard panel in a dock of the dashboard window: closable, floatable,
// tabbed or split like any dock; its object name is the panel id, so
// QMainWindow::saveState() in the document finds it again. A "Linked" toggle
// switches the panel between the dashboard-wide selection, filter and time
// cursor and its own.
class PanelDock : public QDockWidget {
  Q_OBJECT
public:
  explicit PanelDock(DashboardPanel *panel, QWidget *parent = nullptr);
  DashboardPanel *panel() const { return m_panel; }
  QToolButton *linkToggle() const { return m_link; }

signals:
  void closed(PanelDock *dock);

protected:
  void closeEvent(QCloseEvent *event) override;
  void changeEvent(QEvent *event) override;

private:
  void retranslate();

  DashboardPanel *m_panel;
  QToolButton *m_link;
};

} // namespace epidesk
