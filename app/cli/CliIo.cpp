#include "CliIo.h"
#include "CliCommand.h"
#include <QCoreApplication>
#include <QJsonDocument>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace epidesk::cli {

namespace {
std::atomic<bool> s_interrupted{false};
extern "C" void onInterrupt(int) {
  s_interrupted.store(true);
}
} // namespace

void printJson(const QJsonObject &json) {
  printText(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

void printText(const QByteArray &text) {
  fwrite(text.constData(), 1, size_t(text.size()), stdout);
  fflush(stdout);
}

int fail(const QString &message, int code) {
  fprintf(stderr, "epidesk-cli: %s\n", qPrintable(message));
  return code;
}

bool readInt(const QString &field, const QString &text, int lo, int hi, int *out, int *exitCode) {
  bool ok = false;
  const int v = text.trimmed().toInt(&ok);
  if (!ok || v < lo || v > hi) {
    *exitCode =
        fail(QCoreApplication::translate("cli", "%1: expected a whole number from %2 to %3, got \"%4\"")
                 .arg(field)
                 .arg(lo)
                 .arg(hi)
                 .arg(text),
             Usage);
    return false;
  }
  *out = v;
  return true;
}

bool stderrIsTerminal() {
  return isatty(fileno(stderr)) == 1;
}

bool parseArguments(QCommandLineParser &parser, const QStringList &args, const QString &description,
                    int *exitCode) {
  parser.setApplicationDescription(description);
  const QCommandLineOption help({"h", "help"}, QCoreApplication::translate("cli", "Show this help."));
  parser.addOption(help);
  if (!parser.parse(args)) {
    *exitCode = fail(parser.errorText(), Usage);
    return false;
  }
  if (parser.isSet(help)) {
    printText(parser.helpText().toUtf8());
    *exitCode = Ok;
    return false;
  }
  return true;
}

CliFeedback::CliFeedback(const QString &label) : m_label(label) {
  if (stderrIsTerminal())
    connect(
        this, &Feedback::progressChanged, this, [this](double p) { print(p); }, Qt::DirectConnection);
  s_interrupted.store(false);
  std::signal(SIGINT, onInterrupt);
  std::signal(SIGTERM, onInterrupt);
  // A signal handler may not call into Qt; a watcher thread turns the flag into a cancel.
  m_interruptWatcher = std::thread([this] {
    std::unique_lock<std::mutex> lock(m_stopMutex);
    while (!m_wake.wait_for(lock, std::chrono::milliseconds(50), [this] { return m_stop; }))
      if (s_interrupted.exchange(false))
        cancel();
  });
}

CliFeedback::~CliFeedback() {
  {
    std::lock_guard<std::mutex> lock(m_stopMutex);
    m_stop = true;
  }
  m_wake.notify_one();
  m_interruptWatcher.join();
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  if (m_lastShown >= 0)
    fprintf(stderr, "\n");
}

void CliFeedback::print(double percent) {
  QMutexLocker lock(&m_mutex);
  const int shown = int(percent);
  if (shown == m_lastShown)
    return;
  m_lastShown = shown;
  fprintf(stderr, "\r%s %3d%%", qPrintable(m_label), shown);
  fflush(stderr);
}

} // namespace epidesk::cli
