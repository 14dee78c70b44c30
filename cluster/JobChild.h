#pragma once
#include <QByteArray>
#include <QStringList>

namespace epidesk {

// The process one cluster job runs in: `epidesk-worker run-job [--data LOCATION]
// [--memory-mb N] [--artifact-mb N] [--scratch DIR] [--render-program PATH]`,
// started by JobProcess (the worker's supervisor). Reads the request as one
// line of compact JSON on stdin and writes the outcome to stdout; the end of
// stdin cancels the job. Lines "progress P" on stderr report progress; other
// stderr lines are the job's log. Every exception is reported as the job's
// error, so only a crash ends it without an outcome. A result may be
// preceded by artifacts (a dashboard's PDF): "artifact NAME TYPE BYTES\n"
// and the bytes, each.
class JobChild {
public:
  // The wire format between JobChild and JobProcess.
  static constexpr char progressPrefix[] = "progress ";
  static constexpr char resultHeader[] = "result\n"; // + the result's compact JSON
  static constexpr char artifactPrefix[] =
      "artifact ";                                 // NAME TYPE BYTES "\n" + BYTES bytes, before the result
  static constexpr char errorHeader[] = "error\n"; // + the UTF-8 message
  static constexpr char canceledHeader[] = "canceled\n";
  // Exit code when the job could not run here (e.g. data source unavailable):
  // the job is retried like after a crash.
  static constexpr int unavailableExit = 3;

  static bool isCommand(const QStringList &arguments) { return arguments.value(1) == "run-job"; }
  static int main(const QStringList &arguments); // the process's exit code
};

} // namespace epidesk
