#pragma once
// Runs the real programs (epidesk-cli, epidesk-server, pdftotext, ...) as a
// user would, in English, and keeps what they printed. The path of each
// EpiDesk program is a macro set by the test's CMake (PROGRAMS epidesk-cli ->
// EPIDESK_CLI).
#include <QDir>
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

// One run to its end; a program that hangs past timeoutMs ends the test.
inline CliRun runProgram(const QString &program, const QStringList &args,
                         const QProcessEnvironment &env = cliEnvironment(), int timeoutMs = 600000) {
  QProcess p;
  p.setProcessEnvironment(env);
  p.start(program, args);
  if (!p.waitForFinished(timeoutMs))
    qFatal("%s timed out or did not start: %s", qPrintable(program), qPrintable(args.join(' ')));
  return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
          p.readAllStandardError()};
}

#ifdef EPIDESK_CLI
inline CliRun runCli(const QStringList &args, int timeoutMs = 600000) {
  return runProgram(QStringLiteral(EPIDESK_CLI), args, cliEnvironment(), timeoutMs);
}

// The ANVISA demo (monthly files 2019-2021, scale 0.002) generated with seed
// and imported into dir/store.gpkg: the store's path, or empty and *error.
inline QString createDemoStore(const QString &dir, int seed, QString *error) {
  const QDir d(dir);
  const CliRun demo = runCli({"demo", "generate", d.filePath("files"), "--seed", QString::number(seed),
                              "--scale", "0.002", "--from", "2019", "--to", "2021"});
  QStringList files;
  for (const QFileInfo &fi : QDir(d.filePath("files")).entryInfoList({"*.csv"}, QDir::Files, QDir::Name))
    files << fi.absoluteFilePath();
  const QString store = d.filePath("store.gpkg");
  const CliRun import =
      demo.exitCode == 0 ? runCli(QStringList{"import", "anvisa", "--store", store} + files) : demo;
  if (import.exitCode != 0 || files.size() < 36) {
    *error = QString::fromUtf8(import.err);
    return QString();
  }
  return store;
}
#endif

} // namespace epidesk::test
