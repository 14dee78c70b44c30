#pragma once
#include "ClusterClient.h"
#include <QDialog>
#include <QPointer>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace epidesk {

// Edits the cluster's URL and API token. "Test connection" asks the cluster
// (asynchronously, through ClusterClient) for /v1/health, /metrics and an
// authorized GET /v1/jobs?limit=1, and says "OK, N workers", "token
// rejected" or "not reachable: …". The dialog stores nothing: the caller
// keeps url() in AppSettings and token() in the keychain (Credentials).
class ClusterSettingsDialog : public QDialog {
  Q_OBJECT
public:
  enum class TestOutcome { Ok, TokenRejected, NotReachable, DatabaseUnavailable, Failed };
  Q_ENUM(TestOutcome)

  explicit ClusterSettingsDialog(QWidget *parent = nullptr);
  ~ClusterSettingsDialog() override;

  void setUrl(const QUrl &url);
  // http(s) URL from the field ("host:8080" is read as http://host:8080);
  // invalid when the field does not hold one.
  QUrl url() const;
  void setToken(const QString &token);
  QString token() const;
  // A line above the buttons (also where test results go).
  void setMessage(const QString &text);
  QString message() const;
  void setTestTimeout(int ms) { m_testTimeoutMs = ms; }
  bool isTesting() const { return m_client != nullptr; }

public slots:
  void testConnection();

signals:
  void testFinished(epidesk::ClusterSettingsDialog::TestOutcome outcome, const QString &message);

protected:
  void changeEvent(QEvent *event) override;

private:
  void onReply(quint64 id, const ClusterReply &reply);
  void finishTest();
  void updateButtons();
  void retranslate();

  QLineEdit *m_url;
  QLineEdit *m_token;
  QPushButton *m_test;
  QLabel *m_result;
  QDialogButtonBox *m_buttons;
  QLabel *m_urlLabel;
  QLabel *m_tokenLabel;
  QLabel *m_note;
  int m_testTimeoutMs = 15000;
  QPointer<ClusterClient> m_client; // set while a test runs
  quint64 m_health = 0, m_metrics = 0, m_jobs = 0;
  ClusterReply m_healthReply, m_metricsReply, m_jobsReply;
  int m_pending = 0;
};

} // namespace epidesk
