#pragma once
#include "TrendTypes.h"
#include <QObject>
#include <functional>
#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace epidesk {

class AppSettings;
class DataSource;

// File ▸ New dashboard, Open dashboard…, Open Recent and Examples, shared by
// the main window and every dashboard window. New dashboards and examples
// use the window's open source (else the last store); each opens in its own
// DashboardWindow.
class DashboardOpenActions : public QObject {
  Q_OBJECT
public:
  using SourceFn = std::function<std::shared_ptr<const DataSource>()>;
  using RequestFn = std::function<TrendRequest()>;
  DashboardOpenActions(AppSettings *settings, QWidget *window, SourceFn source, RequestFn request);

  void addTo(QMenu *menu); // the four entries, in menu order
  void retranslate();
  QAction *newAction() const { return m_new; }
  QAction *openAction() const { return m_open; }
  QMenu *recentMenu() const { return m_recent; }
  QMenu *examplesMenu() const { return m_examples; }

  // The store new dashboards and examples use: the window's, else the last one.
  QString currentStore() const;
  void newDashboard();
  void openDialog();
  void openExample(const QString &id);

private:
  void fillRecent();
  void fillExamples();

  AppSettings *m_settings;
  QWidget *m_window;
  SourceFn m_source;
  RequestFn m_request;
  QAction *m_new;
  QAction *m_open;
  QMenu *m_recent;
  QMenu *m_examples;
};

} // namespace epidesk
