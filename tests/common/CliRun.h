#pragma once
// Runs the real epidesk-cli (path in EPIDESK_CLI, set by the test's CMake) as
// a user would, in English, and keeps what it printed.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

namespace epidesk::test {

struct CliRun {
  int exitCode = -1;
  QByteArray out;
  QByteArray err;
  QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

inline QProcessEnvironment cliEnvironment() {
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert("EPIDESK_LANG", "en");
  return env;
}

inline CliRun runCli(const QStringList &args, int timeoutMs = 600000) {
  QProcess p;
  p.setProcessEnvironment(cliEnvironment());
  p.start(QStringLiteral(EPIDESK_CLI), args);
  if (!p.waitForFinished(timeoutMs))
    qFatal("epidesk-cli timed out: %s", qPrintable(args.join(' ')));
  return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace epidesk::test
