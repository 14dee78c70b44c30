#pragma once
#include "ImportSummary.h"
#include <QDialog>
#include <QPointer>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QTextBrowser;
template <typename T> class QFutureWatcher;

namespace epidesk {

class Feedback;

// Imports ANVISA files into the store at storePath (created from the shared
// data first if it does not exist) in a worker thread, with progress and
// cancel, then shows the summary: rows read/loaded/quarantined, warnings,
// unmatched municipalities and a link to the quarantine CSV.
// The import opens its own store connection, so the dashboard keeps working
// on its read-only DataSource meanwhile.
class ImportDialog : public QDialog {
  Q_OBJECT
public:
  ImportDialog(const QString &storePath, const QStringList &files, QWidget *parent = nullptr);
  ~ImportDialog() override;

  bool isRunning() const { return m_running; }
  const ImportSummary &summary() const { return m_summary; }
  // True when at least one file was loaded: the dashboard should reload.
  bool changedStore() const { return m_summary.files > 0; }
  // The summary as HTML (what the dialog shows).
  static QString summaryHtml(const ImportSummary &summary);
  // CSV files among dropped/selected paths (others are ignored).
  static QStringList csvFiles(const QStringList &paths);

public slots:
  void start();
  void reject() override; // cancels while running, closes afterwards

signals:
  void importFinished(const epidesk::ImportSummary &summary);

private:
  void onFinished();

  QString m_storePath;
  QStringList m_files;
  QLabel *m_status;
  QProgressBar *m_progress;
  QTextBrowser *m_summaryView;
  QDialogButtonBox *m_buttons;
  std::shared_ptr<Feedback> m_feedback;
  QPointer<QFutureWatcher<ImportSummary>> m_watcher;
  ImportSummary m_summary;
  bool m_running = false;
};

} // namespace epidesk
