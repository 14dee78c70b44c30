#pragma once
#include "Feedback.h"
#include <QCommandLineParser>
#include <QJsonObject>
#include <QMutex>
#include <QString>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace epidesk::cli {

// Output helpers shared by all commands: JSON on stdout, messages on stderr.
void printJson(const QJsonObject &json);
void printText(const QByteArray &text);
int fail(const QString &message, int code = 1); // prints "epidesk-cli: message" to stderr
bool stderrIsTerminal();

// A whole number in [lo, hi] into *out, or a usage error naming the field
// (false, *exitCode set).
bool readInt(const QString &field, const QString &text, int lo, int hi, int *out, int *exitCode);

// Parses a command's arguments; on error or --help prints and returns false
// with *exitCode set.
bool parseArguments(QCommandLineParser &parser, const QStringList &args, const QString &description,
                    int *exitCode);

// Feedback for a CLI run: prints a progress line to stderr when stderr is a
// terminal, and turns Ctrl-C into a cancel so work rolls back cleanly.
class CliFeedback : public Feedback {
public:
  explicit CliFeedback(const QString &label);
  ~CliFeedback() override;

private:
  void print(double percent);
  QString m_label;
  QMutex m_mutex;
  int m_lastShown = -1;
  // The watcher waits on m_wake, so the destructor ends it at once (a plain
  // sleep cost every CLI run up to one period at exit).
  std::mutex m_stopMutex;
  std::condition_variable m_wake;
  bool m_stop = false;
  std::thread m_interruptWatcher;
};

} // namespace epidesk::cli
