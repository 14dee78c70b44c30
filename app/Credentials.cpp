#include "Credentials.h"
#include <QPointer>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace epidesk {

namespace {

// Errors that mean "no keychain here", not "no such entry".
bool isBackendError(QKeychain::Error error) {
  switch (error) {
  case QKeychain::NoError:
  case QKeychain::EntryNotFound:
    return false;
  default:
    return true;
  }
}

// Runs job, calling finish(job or nullptr on timeout) exactly once.
void runBounded(Credentials *owner, QKeychain::Job *job, int timeoutMs,
                std::function<void(QKeychain::Job *job)> finish) {
  auto done = std::make_shared<bool>(false);
  QPointer<Credentials> guard(owner);
  job->setAutoDelete(true); // deletes itself after finished(), also after our timeout
  QObject::connect(job, &QKeychain::Job::finished, owner, [done, finish, guard](QKeychain::Job *j) {
    if (*done || !guard)
      return;
    *done = true;
    finish(j);
  });
  QTimer::singleShot(timeoutMs, owner, [done, finish] {
    if (*done)
      return;
    *done = true;
    finish(nullptr);
  });
  job->start();
}

} // namespace

Credentials::Credentials(QObject *parent) : QObject(parent) {
  if (qEnvironmentVariable("EPIDESK_KEYCHAIN").compare(QLatin1String("off"), Qt::CaseInsensitive) == 0) {
    m_available = false;
    m_reason = tr("disabled by EPIDESK_KEYCHAIN=off");
  }
}

void Credentials::markUnavailable(const QString &reason) {
  m_reason = reason;
  if (!m_available)
    return;
  m_available = false;
  emit availabilityChanged(false);
}

void Credentials::read(const QString &key, ReadDone done) {
  if (!m_available) {
    QTimer::singleShot(0, this, [done] {
      if (done)
        done(Status::Unavailable, QString());
    });
    return;
  }
  auto *job = new QKeychain::ReadPasswordJob(service());
  job->setInsecureFallback(false); // never a plain-text copy in QSettings
  job->setKey(key);
  runBounded(this, job, m_timeoutMs, [this, done](QKeychain::Job *j) {
    if (!j) {
      markUnavailable(tr("the keychain did not answer"));
      if (done)
        done(Status::Unavailable, QString());
      return;
    }
    if (j->error() == QKeychain::NoError) {
      if (done)
        done(Status::Found, static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
      return;
    }
    if (isBackendError(j->error()))
      markUnavailable(j->errorString());
    if (done)
      done(isBackendError(j->error()) ? Status::Unavailable : Status::NotFound, QString());
  });
}

void Credentials::write(const QString &key, const QString &password, WriteDone done) {
  if (!m_available) {
    QTimer::singleShot(0, this, [this, done] {
      if (done)
        done(false, m_reason);
    });
    return;
  }
  auto *job = new QKeychain::WritePasswordJob(service());
  job->setInsecureFallback(false);
  job->setKey(key);
  job->setTextData(password);
  runBounded(this, job, m_timeoutMs, [this, done](QKeychain::Job *j) {
    const bool ok = j && j->error() == QKeychain::NoError;
    if (!j)
      markUnavailable(tr("the keychain did not answer"));
    else if (!ok && isBackendError(j->error()))
      markUnavailable(j->errorString());
    if (done)
      done(ok, ok ? QString() : j ? j->errorString() : m_reason);
  });
}

QString Credentials::clusterTokenKey(const QUrl &clusterUrl) {
  QUrl base = clusterUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                  QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
  if (base.path() == QLatin1String("/")) // StripTrailingSlash keeps a lone "/"
    base.setPath(QString());
  return QStringLiteral("cluster-token:") + base.toString(); // QUrl lower-cases scheme and host
}

void Credentials::remove(const QString &key) {
  if (!m_available)
    return;
  auto *job = new QKeychain::DeletePasswordJob(service());
  job->setInsecureFallback(false);
  job->setKey(key);
  runBounded(this, job, m_timeoutMs, [](QKeychain::Job *) {}); // a missing entry is fine
}

} // namespace epidesk
