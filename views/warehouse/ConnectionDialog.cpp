#include "warehouse/ConnectionDialog.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace epidesk {

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)), m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_sslMode(new QComboBox(this)), m_remember(new QCheckBox(this)), m_keychainNote(new QLabel(this)),
      m_test(new QPushButton(this)), m_result(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_testTimer(new QTimer(this)) {
  setObjectName(QStringLiteral("connectionDialog"));
  m_host->setObjectName(QStringLiteral("host"));
  m_port->setObjectName(QStringLiteral("port"));
  m_database->setObjectName(QStringLiteral("database"));
  m_user->setObjectName(QStringLiteral("user"));
  m_password->setObjectName(QStringLiteral("password"));
  m_sslMode->setObjectName(QStringLiteral("sslMode"));
  m_remember->setObjectName(QStringLiteral("rememberPassword"));
  m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
  m_test->setObjectName(QStringLiteral("testConnection"));
  m_result->setObjectName(QStringLiteral("testResult"));

  m_port->setRange(1, 65535);
  m_port->setValue(5432);
  m_password->setEchoMode(QLineEdit::Password);
  for (const QString &mode : WarehouseConnection::sslModes())
    m_sslMode->addItem(mode, mode); // libpq's names: what admins and docs use
  m_keychainNote->setWordWrap(true);
  m_keychainNote->hide();
  m_result->setWordWrap(true);
  m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_testTimer->setSingleShot(true);

  auto *form = new QFormLayout;
  const std::pair<QWidget *, int> rows[] = {{m_host, 0}, {m_port, 1},     {m_database, 2},
                                            {m_user, 3}, {m_password, 4}, {m_sslMode, 5}};
  for (const auto &[field, index] : rows) {
    Q_UNUSED(index)
    auto *label = new QLabel(this);
    label->setBuddy(field);
    m_labels << label;
    form->addRow(label, field);
  }
  form->addRow(QString(), m_remember);

  auto *testRow = new QHBoxLayout;
  testRow->addWidget(m_test);
  testRow->addWidget(m_result, 1);

  auto *layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(m_keychainNote);
  layout->addLayout(testRow);
  layout->addWidget(m_buttons);

  connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
  connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  for (QLineEdit *edit : {m_host, m_database, m_user})
    connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updateButtons);
  // A test that never answers: say so and let the user try again; the worker
  // itself ends within connect_timeout and its late answer is ignored.
  connect(m_testTimer, &QTimer::timeout, this, [this] {
    ++m_testGeneration;
    WarehouseProbe probe;
    probe.error = tr("The server did not answer within %n seconds.", nullptr, m_testTimeoutMs / 1000);
    finishTest(m_testGeneration, probe);
  });

  retranslate();
  updateButtons();
}

ConnectionDialog::~ConnectionDialog() {
  if (m_watcher)
    m_watcher->disconnect(this);
}

void ConnectionDialog::setConnection(const WarehouseConnection &c) {
  m_base = c;
  m_host->setText(c.host);
  m_port->setValue(c.port);
  m_database->setText(c.database);
  m_user->setText(c.user);
  const int ssl = m_sslMode->findData(c.sslMode);
  m_sslMode->setCurrentIndex(ssl >= 0 ? ssl : m_sslMode->findData(QStringLiteral("prefer")));
  m_remember->setChecked(c.rememberPassword && m_keychainAvailable);
}

WarehouseConnection ConnectionDialog::connection() const {
  WarehouseConnection c = m_base;
  c.host = m_host->text().trimmed();
  c.port = m_port->value();
  c.database = m_database->text().trimmed();
  c.user = m_user->text().trimmed();
  c.sslMode = m_sslMode->currentData().toString();
  c.rememberPassword = m_keychainAvailable && m_remember->isChecked();
  return c;
}

void ConnectionDialog::setPassword(const QString &password) {
  m_password->setText(password);
}

QString ConnectionDialog::password() const {
  return m_password->text();
}

void ConnectionDialog::setKeychainAvailable(bool available, const QString &reason) {
  m_keychainAvailable = available;
  m_keychainReason = reason;
  m_remember->setEnabled(available);
  if (!available)
    m_remember->setChecked(false);
  m_keychainNote->setVisible(!available);
  retranslate();
}

void ConnectionDialog::setMessage(const QString &text) {
  m_result->setText(text);
}

QString ConnectionDialog::message() const {
  return m_result->text();
}

void ConnectionDialog::testConnection() {
  if (m_testing)
    return;
  const WarehouseConnection c = connection();
  if (!c.isComplete()) {
    m_result->setText(tr("Enter the host, database and user first."));
    return;
  }
  m_testing = true;
  updateButtons();
  m_result->setText(tr("Connecting to %1…").arg(c.displayName()));
  const quint64 generation = ++m_testGeneration;
  auto *watcher = new QFutureWatcher<WarehouseProbe>(this);
  m_watcher = watcher;
  connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
    if (generation == m_testGeneration)
      finishTest(generation, watcher->result());
    watcher->deleteLater();
  });
  // The worker gets copies: the dialog may be gone when it ends.
  const QString uri = c.uri();
  const QString password = m_password->text();
  watcher->setFuture(QtConcurrent::run([uri, password] { return probeWarehouse(uri, password); }));
  m_testTimer->start(m_testTimeoutMs);
}

void ConnectionDialog::finishTest(quint64 generation, const WarehouseProbe &probe) {
  Q_UNUSED(generation)
  m_testTimer->stop();
  m_testing = false;
  ++m_testGeneration; // a late answer of this test is stale now
  const QString text = probe.ok ? tr("Connected: PostgreSQL %1").arg(probe.serverVersion)
                                : tr("Connection failed: %1").arg(probe.error);
  m_result->setText(text);
  updateButtons();
  emit testFinished(probe.ok, text);
}

void ConnectionDialog::updateButtons() {
  m_test->setEnabled(!m_testing);
  m_buttons->button(QDialogButtonBox::Ok)->setEnabled(connection().isComplete());
}

void ConnectionDialog::retranslate() {
  setWindowTitle(tr("Connect to warehouse"));
  const QString texts[] = {tr("&Host:"), tr("&Port:"),     tr("&Database:"),
                           tr("&User:"), tr("Pass&word:"), tr("&SSL mode:")};
  for (int i = 0; i < m_labels.size(); ++i)
    m_labels[i]->setText(texts[i]);
  m_remember->setText(tr("&Remember password in the system keychain"));
  m_test->setText(tr("&Test connection"));
  m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
  QString note = tr("No system keychain is available, so the password cannot be remembered: EpiDesk will ask "
                    "for it each time and never writes it to disk.");
  if (!m_keychainReason.isEmpty())
    note += QLatin1Char(' ') + tr("(%1)").arg(m_keychainReason);
  m_keychainNote->setText(note);
}

void ConnectionDialog::changeEvent(QEvent *event) {
  if (event->type() == QEvent::LanguageChange)
    retranslate();
  QDialog::changeEvent(event);
}

} // namespace epidesk
