#include "cluster/ClusterSettingsDialog.h"
#include "PrometheusText.h"
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace epidesk {

ClusterSettingsDialog::ClusterSettingsDialog(QWidget *parent)
    : QDialog(parent), m_url(new QLineEdit(this)), m_token(new QLineEdit(this)),
      m_test(new QPushButton(this)), m_result(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_urlLabel(new QLabel(this)), m_tokenLabel(new QLabel(this)), m_note(new QLabel(this)) {
  setObjectName(QStringLiteral("clusterSettingsDialog"));
  m_url->setObjectName(QStringLiteral("clusterUrl"));
  m_token->setObjectName(QStringLiteral("clusterToken"));
  m_test->setObjectName(QStringLiteral("testConnection"));
  m_result->setObjectName(QStringLiteral("testResult"));

  m_url->setPlaceholderText(QStringLiteral("http://cluster.example.org:8080"));
  m_token->setEchoMode(QLineEdit::Password);
  m_token->setPlaceholderText(QStringLiteral("epd_…"));
  m_urlLabel->setBuddy(m_url);
  m_tokenLabel->setBuddy(m_token);
  m_note->setWordWrap(true);
  m_result->setWordWrap(true);
  m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

  auto *form = new QFormLayout;
  form->addRow(m_urlLabel, m_url);
  form->addRow(m_tokenLabel, m_token);
  auto *testRow = new QHBoxLayout;
  testRow->addWidget(m_test);
  testRow->addWidget(m_result, 1);
  auto *layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(m_note);
  layout->addLayout(testRow);
  layout->addWidget(m_buttons);

  connect(m_test, &QPushButton::clicked, this, &ClusterSettingsDialog::testConnection);
  connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(m_url, &QLineEdit::textChanged, this, &ClusterSettingsDialog::updateButtons);
  retranslate();
  updateButtons();
}

ClusterSettingsDialog::~ClusterSettingsDialog() = default;

void ClusterSettingsDialog::setUrl(const QUrl &url) {
  m_url->setText(url.toString());
}

QUrl ClusterSettingsDialog::url() const {
  const QString text = m_url->text().trimmed();
  if (text.isEmpty())
    return QUrl();
  QUrl u = QUrl::fromUserInput(text);
  if (!u.isValid() || u.host().isEmpty() ||
      (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https")))
    return QUrl();
  return u.adjusted(QUrl::RemoveUserInfo); // credentials belong in the token field
}

void ClusterSettingsDialog::setToken(const QString &token) {
  m_token->setText(token);
}

QString ClusterSettingsDialog::token() const {
  return m_token->text().trimmed();
}

void ClusterSettingsDialog::setMessage(const QString &text) {
  m_result->setText(text);
}

QString ClusterSettingsDialog::message() const {
  return m_result->text();
}

void ClusterSettingsDialog::testConnection() {
  if (isTesting())
    return;
  const QUrl base = url();
  if (!base.isValid()) {
    m_result->setText(tr("Enter the cluster's http:// or https:// address first."));
    return;
  }
  // A client per test, so a slow test can never answer for the next one.
  m_client = new ClusterClient(base, this);
  m_client->setToken(token());
  m_client->setTimeoutMs(m_testTimeoutMs);
  connect(m_client, &ClusterClient::replied, this, &ClusterSettingsDialog::onReply);
  m_healthReply = m_metricsReply = m_jobsReply = ClusterReply();
  m_pending = 3;
  m_health = m_client->health();
  m_metrics = m_client->metrics();
  m_jobs = m_client->listJobs(QString(), 1);
  m_result->setText(tr("Connecting to %1…").arg(base.toString()));
  updateButtons();
}

void ClusterSettingsDialog::onReply(quint64 id, const ClusterReply &reply) {
  if (sender() != m_client.data())
    return;
  if (id == m_health)
    m_healthReply = reply;
  else if (id == m_metrics)
    m_metricsReply = reply;
  else if (id == m_jobs)
    m_jobsReply = reply;
  else
    return;
  if (--m_pending == 0)
    finishTest();
}

void ClusterSettingsDialog::finishTest() {
  m_client->deleteLater();
  m_client = nullptr;
  TestOutcome outcome = TestOutcome::Failed;
  QString text;
  const ClusterReply &health = m_healthReply;
  if (health.httpStatus == 0) {
    outcome = TestOutcome::NotReachable;
    text = tr("Not reachable: %1").arg(health.error);
  } else if (!health.body.contains(QLatin1String("database"))) {
    text = tr("This address answers, but not as an EpiDesk cluster (HTTP %1).").arg(health.httpStatus);
  } else if (m_jobsReply.httpStatus == 401) {
    outcome = TestOutcome::TokenRejected;
    text = token().isEmpty() ? tr("Token rejected: enter the token your administrator gave you.")
                             : tr("Token rejected: it is wrong, revoked, or for another cluster.");
  } else if (health.httpStatus == 503 || m_jobsReply.httpStatus == 503) {
    outcome = TestOutcome::DatabaseUnavailable;
    text = tr("The cluster answers, but its database is unavailable.");
  } else if (!m_jobsReply.ok()) {
    text = tr("The cluster answered with an error: %1").arg(m_jobsReply.error);
  } else {
    outcome = TestOutcome::Ok;
    const ClusterSnapshot s = ClusterSnapshot::fromMetrics(m_metricsReply.text);
    text = m_metricsReply.ok() && !s.missing.contains(QLatin1String("epidesk_workers_alive"))
               ? tr("OK, %n worker(s) alive", nullptr, int(s.workersAlive))
               : tr("OK (worker count not available)");
  }
  m_result->setText(text);
  updateButtons();
  emit testFinished(outcome, text);
}

void ClusterSettingsDialog::updateButtons() {
  m_test->setEnabled(!isTesting());
  // Empty is allowed: it means "no cluster".
  m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_url->text().trimmed().isEmpty() || url().isValid());
}

void ClusterSettingsDialog::retranslate() {
  setWindowTitle(tr("Cluster settings"));
  m_urlLabel->setText(tr("Cluster &URL:"));
  m_tokenLabel->setText(tr("API &token:"));
  m_note->setText(tr("The token is kept in the system keychain, never in the settings file. Ask your "
                     "administrator for one (epidesk-server token create)."));
  m_test->setText(tr("&Test connection"));
}

void ClusterSettingsDialog::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QDialog::changeEvent(event);
}

} // namespace epidesk
