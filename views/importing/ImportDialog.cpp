#include "importing/ImportDialog.h"
#include "EmbeddedStore.h"
#include "Feedback.h"
#include "ImportService.h"
#include "SharedData.h"
#include "trends/TrendJob.h"
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace epidesk {

namespace {
constexpr int kMaxUnmatchedShown = 30;

ImportSummary importJob(const QString &storePath, const QStringList &files, Feedback *feedback) {
  ImportSummary failed;
  QString error;
  std::unique_ptr<EmbeddedStore> store;
  if (QFileInfo::exists(storePath)) {
    store = EmbeddedStore::open(storePath, &error);
  } else {
    feedback->setStatus(QCoreApplication::translate("epidesk::ImportDialog", "Creating the store…"));
    try {
      store = EmbeddedStore::create(storePath, sharedDataDir(), &error, feedback);
    } catch (const Canceled &) {
      error = QCoreApplication::translate("epidesk::ImportDialog", "Canceled.");
    }
  }
  if (!store) {
    failed.storeErrors << error;
    return failed;
  }
  feedback->setStatus(QCoreApplication::translate("epidesk::ImportDialog", "Importing…"));
  return importFiles(QStringLiteral("anvisa"), *store, files, feedback);
}
} // namespace

ImportDialog::ImportDialog(const QString &storePath, const QStringList &files, QWidget *parent)
    : QDialog(parent), m_storePath(storePath), m_files(files), m_status(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_summaryView(new QTextBrowser(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)) {
  setWindowTitle(tr("Import ANVISA files"));
  m_progress->setRange(0, 100);
  m_summaryView->setOpenExternalLinks(true);
  m_summaryView->hide();
  m_status->setWordWrap(true);
  m_status->setText(tr("Importing %n file(s) into %1", nullptr, int(files.size())).arg(storePath));

  auto *layout = new QVBoxLayout(this);
  layout->addWidget(m_status);
  layout->addWidget(m_progress);
  layout->addWidget(m_summaryView, 1);
  layout->addWidget(m_buttons);
  connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
  resize(560, 200);
}

ImportDialog::~ImportDialog() {
  // The job holds its own feedback and opens its own store: canceling is enough.
  if (m_feedback)
    m_feedback->cancel();
}

QStringList ImportDialog::csvFiles(const QStringList &paths) {
  QStringList out;
  for (const QString &p : paths)
    if (QFileInfo(p).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0 &&
        QFileInfo(p).isFile())
      out << p;
  return out;
}

void ImportDialog::start() {
  if (m_running)
    return;
  m_running = true;
  m_feedback = makeSharedFeedback();
  connect(m_feedback.get(), &Feedback::progressChanged, this,
          [this](double percent) { m_progress->setValue(qRound(percent)); });
  connect(m_feedback.get(), &Feedback::statusChanged, m_status, &QLabel::setText);
  auto *watcher = new QFutureWatcher<ImportSummary>(this);
  m_watcher = watcher;
  connect(watcher, &QFutureWatcherBase::finished, this, &ImportDialog::onFinished);
  std::shared_ptr<Feedback> feedback = m_feedback;
  const QString path = m_storePath;
  const QStringList files = m_files;
  watcher->setFuture(
      QtConcurrent::run([path, files, feedback] { return importJob(path, files, feedback.get()); }));
}

void ImportDialog::reject() {
  if (m_running) {
    m_feedback->cancel();
    m_status->setText(tr("Canceling…"));
    m_buttons->setEnabled(false);
    return;
  }
  QDialog::reject();
}

void ImportDialog::onFinished() {
  m_summary = m_watcher->result();
  m_watcher->deleteLater();
  m_running = false;
  m_feedback.reset();
  m_progress->setValue(100);
  m_buttons->setEnabled(true);
  m_buttons->setStandardButtons(QDialogButtonBox::Close);
  if (m_summary.wasCanceled())
    m_status->setText(tr("Import canceled: files not finished were left out."));
  else if (!m_summary.errors().isEmpty())
    m_status->setText(tr("Import finished with errors."));
  else
    m_status->setText(tr("Import finished."));
  m_summaryView->setHtml(summaryHtml(m_summary));
  m_summaryView->show();
  resize(width(), qMax(height(), 460));
  emit importFinished(m_summary);
}

QString ImportDialog::summaryHtml(const ImportSummary &s) {
  const QLocale locale;
  auto num = [&](qint64 v) { return locale.toString(v); };
  QString html = QStringLiteral("<table cellspacing=4>");
  auto row = [&](const QString &label, const QString &value) {
    html += QStringLiteral("<tr><td>%1</td><td align=right><b>%2</b></td></tr>")
                .arg(label.toHtmlEscaped(), value);
  };
  row(tr("Files loaded"), num(s.files));
  row(tr("Rows read"), num(s.rowsRead));
  row(tr("Rows loaded"), num(s.rowsLoaded));
  row(tr("Rows quarantined"), num(s.rowsQuarantined));
  row(tr("Warnings (fields set to empty)"), num(s.warnings));
  row(tr("Time"), tr("%1 s").arg(locale.toString(s.seconds, 'f', 1)));
  html += QStringLiteral("</table>");

  const QStringList errors = s.errors();
  if (!errors.isEmpty()) {
    html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Errors").toHtmlEscaped());
    for (const QString &e : errors)
      html += QStringLiteral("<li style='color:#b00020'>%1</li>").arg(e.toHtmlEscaped());
    html += QStringLiteral("</ul>");
  }
  if (s.perFile.size() > 1) {
    html += QStringLiteral(
                "<h4>%1</h4><table cellspacing=4><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(tr("Files").toHtmlEscaped(), tr("File").toHtmlEscaped(), tr("Read").toHtmlEscaped(),
                     tr("Loaded").toHtmlEscaped(), tr("Quarantined").toHtmlEscaped());
    for (const FileImportSummary &f : s.perFile)
      html +=
          QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td><td "
                         "align=right>%4</td></tr>")
              .arg(f.fileName.toHtmlEscaped(), num(f.rowsRead), num(f.rowsLoaded), num(f.rowsQuarantined));
    html += QStringLiteral("</table>");
  }
  if (!s.unmatchedMunicipalities.empty()) {
    html += QStringLiteral("<h4>%1</h4><p>%2</p><ul>")
                .arg(tr("Unmatched municipalities").toHtmlEscaped(),
                     tr("Their sales count for the state but not for any municipality.").toHtmlEscaped());
    int shown = 0;
    for (const UnmatchedMunicipality &u : s.unmatchedMunicipalities) {
      if (shown++ == kMaxUnmatchedShown) {
        html +=
            QStringLiteral("<li>%1</li>")
                .arg(tr("… and %n more", nullptr, int(s.unmatchedMunicipalities.size()) - kMaxUnmatchedShown)
                         .toHtmlEscaped());
        break;
      }
      html += QStringLiteral("<li>%1 – %2 (%3)</li>")
                  .arg(u.uf.toHtmlEscaped(), u.name.toHtmlEscaped(), tr("%n row(s)", nullptr, int(u.rows)));
    }
    html += QStringLiteral("</ul>");
  }
  if (!s.quarantineCsv.isEmpty())
    html += QStringLiteral("<p>%1 <a href=\"%2\">%3</a></p>")
                .arg(tr("Quarantined rows with the reason for each:").toHtmlEscaped(),
                     QUrl::fromLocalFile(s.quarantineCsv).toString(), s.quarantineCsv.toHtmlEscaped());
  return html;
}

} // namespace epidesk
