#include "DashboardOpenActions.h"
#include "AppSettings.h"
#include "DashboardExamples.h"
#include "DashboardWindow.h"
#include "DataSource.h"
#include "DataSourceRegistry.h"
#include "warehouse/WarehouseSettings.h"
#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace epidesk {

DashboardOpenActions::DashboardOpenActions(AppSettings *settings, QWidget *window, SourceFn source,
                                           RequestFn request)
    : QObject(window), m_settings(settings), m_window(window), m_source(std::move(source)),
      m_request(std::move(request)), m_new(new QAction(this)), m_open(new QAction(this)),
      m_recent(new QMenu(window)), m_examples(new QMenu(window)) {
  m_new->setObjectName(QStringLiteral("newDashboard"));
  m_new->setShortcut(QKeySequence::New);
  m_open->setObjectName(QStringLiteral("openDashboard"));
  m_open->setShortcut(QKeySequence::Open);
  m_recent->setObjectName(QStringLiteral("recentDashboards"));
  m_examples->setObjectName(QStringLiteral("exampleDashboards"));
  connect(m_new, &QAction::triggered, this, &DashboardOpenActions::newDashboard);
  connect(m_open, &QAction::triggered, this, &DashboardOpenActions::openDialog);
  connect(m_recent, &QMenu::aboutToShow, this, &DashboardOpenActions::fillRecent);
  connect(m_examples, &QMenu::aboutToShow, this, &DashboardOpenActions::fillExamples);
  fillRecent();
  fillExamples();
  retranslate();
}

void DashboardOpenActions::addTo(QMenu *menu) {
  menu->addAction(m_new);
  menu->addAction(m_open);
  menu->addMenu(m_recent);
  menu->addMenu(m_examples);
}

void DashboardOpenActions::retranslate() {
  m_new->setText(tr("&New dashboard"));
  m_new->setToolTip(tr("A new dashboard (map, chart, table) on the open data"));
  m_open->setText(tr("Open &dashboard…"));
  m_recent->setTitle(tr("Open &Recent"));
  m_examples->setTitle(tr("E&xamples"));
}

QString DashboardOpenActions::currentStore() const {
  const std::shared_ptr<const DataSource> source = m_source ? m_source() : nullptr;
  return source ? source->location() : m_settings->lastStore();
}

void DashboardOpenActions::newDashboard() {
  const std::shared_ptr<const DataSource> source = m_source ? m_source() : nullptr;
  if (!source) {
    QMessageBox::information(m_window, tr("New dashboard"),
                             tr("Open a store or connect to a warehouse first: a dashboard shows its data."));
    return;
  }
  const TrendRequest request = m_request ? m_request() : TrendRequest{};
  const DashboardDocument document = DashboardWindow::newDocument(*source, request);
  DashboardWindow::openUntitled(m_settings, document, QFileInfo(source->location()).absolutePath());
}

void DashboardOpenActions::openDialog() {
  const QStringList recent = m_settings->recentDashboards();
  const QString dir = recent.isEmpty() ? QFileInfo(m_settings->lastStore()).absolutePath()
                                       : QFileInfo(recent.first()).absolutePath();
  const QString path = QFileDialog::getOpenFileName(m_window, tr("Open dashboard"), dir,
                                                    tr("EpiDesk dashboards (*.epidash);;All files (*)"));
  if (!path.isEmpty())
    DashboardWindow::openFile(m_settings, path);
}

void DashboardOpenActions::openExample(const QString &id) {
  QString error;
  std::optional<DashboardDocument> document = DashboardExamples::load(id, &error);
  if (!document) {
    QMessageBox::warning(m_window, tr("Examples"), error);
    return;
  }
  // On the open store (or the last one): the examples are written for the
  // demo folder, whose store and scenario sit side by side.
  const QString store = currentStore();
  QString base;
  if (!store.isEmpty() && !isWarehouseLocation(store)) {
    document->source.store = QFileInfo(store).absoluteFilePath();
    base = QFileInfo(store).absolutePath();
  }
  DashboardWindow::openUntitled(m_settings, *document, base);
}

void DashboardOpenActions::fillRecent() {
  m_recent->clear();
  for (const QString &path : m_settings->recentDashboards()) {
    QAction *a = m_recent->addAction(QDir::toNativeSeparators(path));
    connect(a, &QAction::triggered, this, [this, path] {
      if (!DashboardWindow::openFile(m_settings, path))
        m_settings->removeRecentDashboard(path); // gone or unreadable: the message said why
    });
  }
  if (m_recent->isEmpty())
    m_recent->addAction(tr("No recent dashboards"))->setEnabled(false);
}

void DashboardOpenActions::fillExamples() {
  m_examples->clear();
  for (const DashboardExample &e : DashboardExamples::all()) {
    QAction *a = m_examples->addAction(e.title);
    a->setObjectName(QStringLiteral("example-") + e.id);
    connect(a, &QAction::triggered, this, [this, id = e.id] { openExample(id); });
  }
}

} // namespace epidesk
