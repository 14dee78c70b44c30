// epidesk-cli: every computation and import of EpiDesk, headless, JSON out.
#include "CliCommand.h"
#include "CliIo.h"
#include "Translations.h"
#include <QCoreApplication>
#include <cstdio>
#include <memory>
#ifdef EPIDESK_CLI_HEADLESS
#include <cerrno>
#include <climits>
#include <cstring>
#include <string>
#include <unistd.h>
#else
#include <QApplication>
#endif

using namespace epidesk::cli;

namespace {
void printUsage() {
  QString text = QCoreApplication::translate("cli", "Usage: epidesk-cli COMMAND [OPTIONS]\n\nCommands:\n");
  for (const QString &name : CliCommandRegistry::instance().names()) {
    auto command = CliCommandRegistry::instance().create(name);
    text += QStringLiteral("  %1  %2\n").arg(name, -10).arg(command->summary());
  }
  text += QCoreApplication::translate("cli", "\nRun 'epidesk-cli COMMAND --help' for a command's options.\n");
  fputs(qPrintable(text), stderr);
}
#ifdef EPIDESK_CLI_HEADLESS
// The painting commands and the usage text are epidesk-cli-gui's (see
// app/CMakeLists.txt): replace this process with it, same arguments, so the
// caller's pipes, exit code and signals stay as they were.
int execGuiProgram(char **argv) {
  char self[PATH_MAX];
  const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
  std::string path = n > 0 ? std::string(self, size_t(n)) : std::string(argv[0]);
  path = path.substr(0, path.rfind('/') + 1) + "epidesk-cli-gui";
  execv(path.c_str(), argv);
  std::fprintf(stderr, "epidesk-cli: cannot run %s: %s\n", path.c_str(), std::strerror(errno));
  return Failed;
}
#endif
} // namespace

int main(int argc, char **argv) {
  const QString commandName = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
  std::unique_ptr<CliCommand> command = CliCommandRegistry::instance().create(commandName);
#ifdef EPIDESK_CLI_HEADLESS
  if (!command)
    return execGuiProgram(argv);
#endif

  // Reports paint maps and charts: they need a GUI application, but never a screen.
  std::unique_ptr<QCoreApplication> app;
#ifndef EPIDESK_CLI_HEADLESS
  if (command && command->needsGui()) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
      qputenv("QT_QPA_PLATFORM", "offscreen");
    app = std::make_unique<QApplication>(argc, argv);
  }
#endif
  if (!app)
    app = std::make_unique<QCoreApplication>(argc, argv);
  QCoreApplication::setOrganizationName(QStringLiteral("EpiDesk"));
  QCoreApplication::setApplicationName(QStringLiteral("epidesk-cli"));
  QCoreApplication::setApplicationVersion(QStringLiteral(EPIDESK_VERSION));
  epidesk::installTranslations(qEnvironmentVariable("EPIDESK_LANG"));

  if (!command) {
    printUsage();
    if (commandName.isEmpty() || commandName == QLatin1String("--help") || commandName == QLatin1String("-h"))
      return commandName.isEmpty() ? Usage : Ok;
    return fail(QCoreApplication::translate("cli", "unknown command '%1'").arg(commandName), Usage);
  }
  QStringList args = QCoreApplication::arguments();
  args.removeFirst(); // program name; args[0] is now the command
  return command->run(args);
}
