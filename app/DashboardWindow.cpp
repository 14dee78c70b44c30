#include "DashboardWindow.h"
#include "AppSettings.h"
#include "Credentials.h"
#include "ClusterClient.h"
#include "DashboardFile.h"
#include "cluster/ScheduleEditor.h"
#include "DashboardOpenActions.h"
#include "DataChanges.h"
#include "DataSource.h"
#include "DataSourceRegistry.h"
#include "PanelKinds.h"
#include "dashboard/DashboardHost.h"
#include "dashboard/DashboardRenderer.h"
#include "dashboard/DataChangeBanner.h"
#include "dashboard/FilterBar.h"
#include "dashboard/PanelDock.h"
#include "dashboard/TimeCursorBar.h"
#include "dashboard/TrendPanels.h"
#include "warehouse/WarehouseSettings.h"
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace epidesk {

bool DashboardWindow::isDashboardFile(const QString &path) {
  return path.endsWith(QLatin1String(".epidash"), Qt::CaseInsensitive);
}

QStringList DashboardWindow::droppedDashboards(const QMimeData *mime) {
  QStringList out;
  for (const QUrl &url : mime->urls())
    if (url.isLocalFile() && isDashboardFile(url.toLocalFile()))
      out << url.toLocalFile();
  return out;
}

DashboardWindow::DashboardWindow(AppSettings *settings, QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_credentials(new Credentials(this)),
      m_host(new DashboardHost(DashboardHost::Mode::Background, this)),
      m_filterBar(new FilterBar(m_host->state())), m_timeBar(new TimeCursorBar(m_host->state())),
      m_banner(new DataChangeBanner) {
  setObjectName(QStringLiteral("dashboardWindow"));
  setAttribute(Qt::WA_DeleteOnClose);
  setAcceptDrops(true);
  setDockNestingEnabled(true);
  setWindowIcon(QIcon(QStringLiteral(":/icons/epidesk.svg")));
  // The bars on top; the docks take the rest (no central widget).
  auto *top = new QWidget;
  auto *layout = new QVBoxLayout(top);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  layout->addWidget(m_banner);
  layout->addWidget(m_filterBar);
  layout->addWidget(m_timeBar);
  auto *bar = new QToolBar(this);
  bar->setObjectName(QStringLiteral("dashboardBar"));
  bar->setMovable(false);
  bar->addWidget(top);
  addToolBar(Qt::TopToolBarArea, bar);
  setCentralWidget(nullptr);

  m_open = new DashboardOpenActions(
      settings, this, [this] { return m_host->source(); },
      [this] {
        for (DashboardPanel *p : m_host->panels())
          if (auto *trend = qobject_cast<TrendPanel *>(p))
            return m_host->effectiveRequest(*trend);
        return TrendRequest{};
      });
  createMenus();

  DashboardState *state = m_host->state();
  connect(state, &DashboardState::selectionChanged, this, [this] { setModified(); });
  connect(state, &DashboardState::filterChanged, this, [this] { setModified(); });
  connect(state, &DashboardState::timeCursorChanged, this, [this] { setModified(); });
  connect(m_host, &DashboardHost::panelsUpdated, this, [this] {
    m_timeBar->setPeriods(m_host->periods());
    if (!m_painted) {
      m_painted = true;
      emit firstPaint();
    }
  });
  connect(m_host, &DashboardHost::busyChanged, this, [this](bool busy) {
    if (busy)
      statusBar()->showMessage(tr("Computing…"));
    else
      statusBar()->clearMessage();
  });
  connect(m_host, &DashboardHost::failed, this,
          [this](const QString &message) { statusBar()->showMessage(message, 15000); });
  resize(1400, 900);
  retranslate();
}

DashboardWindow::~DashboardWindow() = default;

DashboardWindow *DashboardWindow::openFile(AppSettings *settings, const QString &path, bool quiet,
                                           QString *error) {
  const QString absolute = QFileInfo(path).absoluteFilePath();
  // Already open: bring it up (not one that was closed and awaits deletion).
  for (QWidget *w : QApplication::topLevelWidgets())
    if (auto *open = qobject_cast<DashboardWindow *>(w);
        open && open->isVisible() && open->filePath() == absolute) {
      open->raise();
      open->activateWindow();
      return open;
    }
  QString message;
  std::optional<DashboardDocument> document = DashboardFile::read(absolute, &message);
  auto *window = document ? new DashboardWindow(settings) : nullptr;
  if (window && !window->load(*document, absolute, QFileInfo(absolute).absolutePath(), quiet, &message)) {
    delete window;
    window = nullptr;
  }
  if (!window) {
    if (!quiet)
      QMessageBox::warning(nullptr, tr("Open dashboard"), message);
    if (error)
      *error = message;
    return nullptr;
  }
  settings->addRecentDashboard(absolute);
  window->show();
  return window;
}

DashboardWindow *DashboardWindow::openUntitled(AppSettings *settings, const DashboardDocument &document,
                                               const QString &storeBase, bool quiet, QString *error) {
  auto *window = new DashboardWindow(settings);
  QString message;
  if (!window->load(document, QString(), storeBase, quiet, &message)) {
    delete window;
    if (!quiet)
      QMessageBox::warning(nullptr, tr("Dashboard"), message);
    if (error)
      *error = message;
    return nullptr;
  }
  window->setModified(true); // nowhere on disk yet
  window->show();
  return window;
}

DashboardDocument DashboardWindow::newDocument(const DataSource &source, const TrendRequest &request,
                                               const QString &title) {
  DashboardDocument d;
  d.title = title;
  if (isWarehouseLocation(source.location()))
    d.source.warehouse = source.location();
  else
    d.source.store = QFileInfo(source.location()).absoluteFilePath();
  for (const QString &kind :
       {QStringLiteral("trend_map"), QStringLiteral("trend_chart"), QStringLiteral("trend_table")})
    d.panels.push_back({d.newPanelId(kind), kind, QString(), true, PanelKinds::newParams(kind, request)});
  return d;
}

std::shared_ptr<const DataSource> DashboardWindow::openSource(const DashboardDocument &document,
                                                              const QString &storeBase, bool quiet,
                                                              QString *error) {
  m_source = document.source;
  if (!document.source.warehouse.isEmpty()) {
    std::shared_ptr<const DataSource> source = openDataSource(document.source.warehouse, error);
    if (!source && error)
      *error = tr("source.warehouse: %1").arg(*error);
    return source;
  }
  const QString named = DocumentPaths::resolveStore(document.source.store,
                                                    QDir(storeBase).filePath(QStringLiteral("x.epidash")));
  QString store = named;
  if (!QFileInfo::exists(store)) {
    // Asked once: the answer holds for every document naming this store.
    store = m_settings->locatedStore(named);
    if (!QFileInfo::exists(store) && !quiet) {
      QMessageBox::information(
          this, tr("Store not found"),
          tr("The store of this dashboard, %1, does not exist. Locate it (EpiDesk remembers the answer).")
              .arg(QDir::toNativeSeparators(named)));
      store = QFileDialog::getOpenFileName(this, tr("Locate the store"), storeBase,
                                           tr("EpiDesk stores (*.gpkg);;All files (*)"));
      if (!store.isEmpty())
        m_settings->setLocatedStore(named, QFileInfo(store).absoluteFilePath());
    }
    if (store.isEmpty() || !QFileInfo::exists(store)) {
      if (error)
        *error = tr("source.store: %1 does not exist").arg(QDir::toNativeSeparators(named));
      return nullptr;
    }
  }
  m_source.store = QFileInfo(store).absoluteFilePath();
  std::shared_ptr<const DataSource> source = openDataSource(m_source.store, error);
  if (!source && error)
    *error = tr("source.store: %1").arg(*error);
  return source;
}

bool DashboardWindow::load(const DashboardDocument &document, const QString &path, const QString &storeBase,
                           bool quiet, QString *error) {
  m_loading = true;
  QString message;
  std::shared_ptr<const DataSource> source = openSource(document, storeBase, quiet, &message);
  if (!source) {
    *error = QStringLiteral("%1: %2").arg(path.isEmpty() ? document.title : path, message);
    return false;
  }
  const bool located = m_source.store != DocumentPaths::resolveStore(document.source.store,
                                                                     QDir(storeBase).filePath("x.epidash"));
  m_path = path;
  m_title = document.title;
  m_host->setDocumentDir(storeBase);
  m_host->setSavedResults(document.savedResults);
  m_host->state()->load(document);
  for (const PanelSpec &spec : document.panels) {
    DashboardPanel *panel = PanelFactory::create(spec, nullptr, &message);
    if (!panel) {
      *error = QStringLiteral("%1: %2").arg(path, message);
      return false;
    }
    addDock(panel);
  }
  if (document.windowState.isEmpty() || !restoreState(document.windowState))
    defaultLayout();
  if (!document.windowGeometry.isEmpty())
    restoreGeometry(document.windowGeometry);
  if (!document.savedData.isEmpty())
    m_banner->showChanges(DataChanges::between(document.savedData, DataSnapshot::of(*source)));
  startComputing(std::move(source), quiet); // computes in the background
  m_loading = false;
  setModified(located); // a located store is a change to save
  retranslate();
  return true;
}

void DashboardWindow::startComputing(std::shared_ptr<const DataSource> source, bool quiet) {
  const QUrl cluster(m_source.cluster);
  if (cluster.isEmpty()) {
    m_host->setRemote({});
    m_host->setSource(std::move(source));
    return;
  }
  // The token: the keychain's, else $EPIDESK_CLUSTER_TOKEN (kiosks, CI), else
  // asked for and offered to the keychain. Never written to the document or
  // to settings; a wrong one makes the panels fail naming the cluster.
  m_credentials->readClusterToken(
      cluster, [this, cluster, source, quiet](Credentials::Status status, const QString &stored) {
        QString token =
            status == Credentials::Status::Found ? stored : qEnvironmentVariable("EPIDESK_CLUSTER_TOKEN");
        if (token.isEmpty() && !quiet) {
          token = QInputDialog::getText(this, tr("Cluster token"),
                                        tr("The panels of this dashboard compute on the cluster %1.\n"
                                           "Your API token for it:")
                                            .arg(cluster.toDisplayString()),
                                        QLineEdit::Password);
          if (!token.isEmpty() && m_credentials->isAvailable())
            m_credentials->storeClusterToken(cluster, token);
        }
        statusBar()->showMessage(tr("The panels compute on the cluster %1").arg(cluster.toDisplayString()),
                                 10000);
        m_host->setRemote({cluster, token});
        m_host->setSource(source);
      });
}

DashboardDocument DashboardWindow::document() const {
  DashboardDocument d;
  d.title = m_title;
  d.source = m_source;
  if (!m_source.store.isEmpty() && !m_path.isEmpty())
    d.source.store = DocumentPaths::storeForDocument(m_source.store, m_path);
  if (m_host->source())
    d.savedData = DataSnapshot::of(*m_host->source());
  m_host->state()->storeInto(d);
  for (DashboardPanel *p : m_host->panels())
    d.panels.push_back(p->spec());
  d.setSavedResults(m_host->savedResults());
  d.windowState = saveState();
  d.windowGeometry = saveGeometry();
  return d;
}

QList<PanelDock *> DashboardWindow::docks() const {
  return findChildren<PanelDock *>(QString(), Qt::FindDirectChildrenOnly);
}

PanelDock *DashboardWindow::dock(const QString &panelId) const {
  for (PanelDock *d : docks())
    if (d->panel()->id() == panelId)
      return d;
  return nullptr;
}

PanelDock *DashboardWindow::addDock(DashboardPanel *panel) {
  auto *dock = new PanelDock(panel, this);
  dock->setAttribute(Qt::WA_DeleteOnClose);
  addDockWidget(Qt::LeftDockWidgetArea, dock);
  m_host->addPanel(panel);
  connect(panel, &DashboardPanel::paramsChanged, this, [this] { setModified(); });
  connect(dock, &QDockWidget::dockLocationChanged, this, [this] { setModified(); });
  connect(dock, &QDockWidget::topLevelChanged, this, [this] { setModified(); });
  connect(dock, &PanelDock::closed, this, [this](PanelDock *closed) {
    m_host->removePanel(closed->panel()); // closing a panel removes it from the document
    setModified();
  });
  return dock;
}

void DashboardWindow::defaultLayout() {
  // Maps side by side on the left (2014 beside 2020), the rest stacked on the right.
  PanelDock *lastMap = nullptr, *lastOther = nullptr;
  for (PanelDock *d : docks()) {
    const bool map = d->panel()->kind().endsWith(QLatin1String("_map"));
    if (map) {
      addDockWidget(Qt::LeftDockWidgetArea, d);
      if (lastMap)
        splitDockWidget(lastMap, d, Qt::Horizontal);
      lastMap = d;
    } else {
      addDockWidget(Qt::RightDockWidgetArea, d);
      if (lastOther)
        splitDockWidget(lastOther, d, Qt::Vertical);
      lastOther = d;
    }
  }
}

DashboardPanel *DashboardWindow::addPanel(const QString &kind) {
  DashboardDocument d = document();
  TrendRequest request;
  for (DashboardPanel *p : m_host->panels())
    if (auto *trend = qobject_cast<TrendPanel *>(p)) {
      request = trend->request();
      break;
    }
  PanelSpec spec{d.newPanelId(kind), kind, QString(), true, PanelKinds::newParams(kind, request)};
  if (PanelKinds::family(kind) == QLatin1String("relocation")) // the demo's scenario, beside the store
    spec.params[QStringLiteral("scenario")] = QStringLiteral("relocation");
  QString error;
  DashboardPanel *panel = PanelFactory::create(spec, nullptr, &error);
  if (!panel) {
    QMessageBox::warning(this, tr("Add panel"), error);
    return nullptr;
  }
  PanelDock *dock = addDock(panel);
  const QList<PanelDock *> all = docks();
  if (all.size() > 1) // beside the last panel, so the user sees it at once
    splitDockWidget(all.at(all.size() - 2), dock, Qt::Horizontal);
  setModified();
  return panel;
}

bool DashboardWindow::save() {
  return m_path.isEmpty() ? saveAs() : saveAs(m_path);
}

bool DashboardWindow::saveAs(const QString &target) {
  QString path = target;
  if (path.isEmpty()) {
    const QString suggested =
        QDir(m_host->source() ? QFileInfo(m_host->source()->location()).absolutePath() : QDir::homePath())
            .filePath((m_title.isEmpty() ? QStringLiteral("dashboard") : m_title) +
                      QStringLiteral(".epidash"));
    path = QFileDialog::getSaveFileName(this, tr("Save dashboard"), suggested,
                                        tr("EpiDesk dashboards (*.epidash)"));
    if (path.isEmpty())
      return false;
    if (!isDashboardFile(path))
      path += QStringLiteral(".epidash");
  }
  const QString previous = m_path;
  m_path = QFileInfo(path).absoluteFilePath(); // the store is written relative to it
  QString error;
  if (!DashboardFile::write(document(), m_path, &error)) {
    m_path = previous;
    QMessageBox::warning(this, tr("Save dashboard"), error);
    return false;
  }
  m_host->setDocumentDir(QFileInfo(m_path).absolutePath());
  m_settings->addRecentDashboard(m_path);
  setModified(false);
  retranslate(); // the title names the file
  statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_path)), 5000);
  return true;
}

bool DashboardWindow::exportPdf(const QString &path, QString *error) {
  // What the user sees: each panel as it is drawn now.
  std::vector<RenderedPanel> panels;
  for (DashboardPanel *p : m_host->panels())
    panels.push_back({p->id(), p->kind(), p->title(), p->snapshot()});
  const DashboardDocument d = document();
  return DashboardRenderer::writePdf(d, panels, m_host->source().get(), DataChanges{}, path, error);
}

// File ▸ Schedule this dashboard…: a "dashboard" schedule on the configured
// cluster; each run renders this document to PDF against the cluster's data.
void DashboardWindow::scheduleOnCluster() {
  const QUrl cluster = m_settings->clusterUrl();
  if (cluster.isEmpty()) {
    QMessageBox::information(this, tr("Schedule this dashboard"),
                             tr("No cluster configured: Cluster ▸ Cluster settings… in the main window."));
    return;
  }
  m_credentials->readClusterToken(cluster, [this, cluster](Credentials::Status status, const QString &stored) {
    const QString token =
        status == Credentials::Status::Found ? stored : qEnvironmentVariable("EPIDESK_CLUSTER_TOKEN");
    const DashboardDocument d = document();
    auto *editor = new ScheduleEditor(this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowTitle(tr("Schedule this dashboard on %1").arg(cluster.toDisplayString()));
    editor->setDashboard(ClusterClient::dashboardForCluster(d.toJson()),
                         d.title.isEmpty() ? windowTitle() : d.title);
    connect(editor, &QDialog::finished, this, [this, editor, cluster, token](int result) {
      if (result != QDialog::Accepted)
        return;
      auto *client = new ClusterClient(cluster, this);
      client->setToken(token);
      connect(client, &ClusterClient::replied, this, [this, client](quint64, const ClusterReply &r) {
        client->deleteLater();
        if (r.ok()) {
          const QDateTime next = QDateTime::fromString(r.body.value("next_run_at").toString(), Qt::ISODateWithMs);
          statusBar()->showMessage(tr("Scheduled on the cluster; first run %1")
                                       .arg(QLocale().toString(next.toLocalTime(), QLocale::ShortFormat)),
                                   15000);
          emit scheduled(r.body.value("schedule_id").toString());
          return;
        }
        QStringList why{r.error};
        for (const auto &[field, message] : r.fieldErrors)
          why << QStringLiteral("%1: %2").arg(field, message);
        QMessageBox::warning(this, tr("Schedule this dashboard"), why.join(QLatin1Char('\n')));
      });
      client->createSchedule(editor->body());
    });
    editor->open();
  });
}

void DashboardWindow::createMenus() {
  m_fileMenu = menuBar()->addMenu(QString());
  m_open->addTo(m_fileMenu);
  m_fileMenu->addSeparator();
  m_saveAction = m_fileMenu->addAction(QString(), this, &DashboardWindow::save);
  m_saveAction->setShortcut(QKeySequence::Save);
  m_saveAsAction = m_fileMenu->addAction(QString(), this, [this] { saveAs(); });
  m_saveAsAction->setShortcut(QKeySequence::SaveAs);
  m_pdfAction = m_fileMenu->addAction(QString(), this, [this] {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export PDF report"),
        QFileInfo(m_path.isEmpty() ? QStringLiteral("dashboard.pdf") : m_path).completeBaseName() +
            QStringLiteral(".pdf"),
        tr("PDF files (*.pdf)"));
    QString error;
    if (!path.isEmpty() && !exportPdf(path, &error))
      QMessageBox::warning(this, tr("Export PDF report"), error);
  });
  m_pdfAction->setShortcut(Qt::CTRL | Qt::Key_P);
  m_scheduleAction = m_fileMenu->addAction(QString(), this, &DashboardWindow::scheduleOnCluster);
  m_scheduleAction->setObjectName(QStringLiteral("scheduleDashboard"));
  m_fileMenu->addSeparator();
  m_closeAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
  m_closeAction->setShortcut(QKeySequence::Close);

  m_viewMenu = menuBar()->addMenu(QString());
  m_recomputeAction = m_viewMenu->addAction(QString(), this, [this] { m_host->setSource(m_host->source()); });
  m_recomputeAction->setShortcut(QKeySequence::Refresh);
  m_clearAction = m_viewMenu->addAction(QString(), m_host->state(), &DashboardState::clearAll);
  m_clearAction->setObjectName(QStringLiteral("clearAll"));
  m_clearAction->setShortcut(Qt::Key_Escape);
  m_clearAction->setShortcutContext(Qt::WindowShortcut);

  m_panelsMenu = menuBar()->addMenu(QString());
  m_addPanelMenu = m_panelsMenu->addMenu(QString());
  for (const QString &kind : PanelKinds::ids()) {
    QAction *a = m_addPanelMenu->addAction(QString(), this, [this, kind] { addPanel(kind); });
    a->setData(kind);
    a->setObjectName(QStringLiteral("add-") + kind);
  }
  m_linkMenu = m_panelsMenu->addMenu(QString());
  connect(m_linkMenu, &QMenu::aboutToShow, this, [this] {
    m_linkMenu->clear();
    for (DashboardPanel *p : m_host->panels()) {
      QAction *a = m_linkMenu->addAction(p->title());
      a->setCheckable(true);
      a->setChecked(p->isLinked());
      connect(a, &QAction::toggled, p, &DashboardPanel::setLinked);
    }
  });
}

void DashboardWindow::retranslate() {
  const QString name = m_path.isEmpty() ? (m_title.isEmpty() ? tr("Untitled dashboard") : m_title)
                                        : QFileInfo(m_path).fileName();
  setWindowTitle(tr("%1[*] — EpiDesk").arg(name));
  m_fileMenu->setTitle(tr("&File"));
  m_open->retranslate();
  m_saveAction->setText(tr("&Save"));
  m_saveAsAction->setText(tr("Save &As…"));
  m_pdfAction->setText(tr("Export &PDF report…"));
  m_scheduleAction->setText(tr("Sc&hedule this dashboard…"));
  m_closeAction->setText(tr("&Close dashboard"));
  m_viewMenu->setTitle(tr("&View"));
  m_recomputeAction->setText(tr("&Recompute"));
  m_clearAction->setText(tr("Clear &filters and selection"));
  m_panelsMenu->setTitle(tr("&Panels"));
  m_addPanelMenu->setTitle(tr("&Add panel"));
  for (QAction *a : m_addPanelMenu->actions())
    a->setText(PanelKinds::displayName(a->data().toString()));
  m_linkMenu->setTitle(tr("&Linked panels"));
}

void DashboardWindow::setModified(bool modified) {
  if (!m_loading)
    setWindowModified(modified);
}

bool DashboardWindow::maybeSave() {
  if (!isWindowModified())
    return true;
  const auto answer = QMessageBox::question(
      this, tr("Unsaved dashboard"),
      tr("Save the changes to %1?").arg(windowTitle().remove(QStringLiteral("[*]"))),
      QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
  if (answer == QMessageBox::Save)
    return save();
  return answer == QMessageBox::Discard;
}

void DashboardWindow::closeEvent(QCloseEvent *event) {
  if (!maybeSave()) {
    event->ignore();
    return;
  }
  m_host->cancel();
  event->accept();
}

void DashboardWindow::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QMainWindow::changeEvent(event);
}

void DashboardWindow::dragEnterEvent(QDragEnterEvent *event) {
  if (!droppedDashboards(event->mimeData()).isEmpty())
    event->acceptProposedAction();
}

void DashboardWindow::dropEvent(QDropEvent *event) {
  const QStringList paths = droppedDashboards(event->mimeData());
  event->acceptProposedAction();
  for (const QString &path : paths)
    openFile(m_settings, path);
}

} // namespace epidesk
