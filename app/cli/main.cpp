// epidesk-cli: every computation and import of EpiDesk, headless, JSON out.
#include "CliCommand.h"
#include "CliIo.h"
#include "Translations.h"
#include <QApplication>
#include <cstdio>
#include <memory>

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
} // namespace

int main(int argc, char **argv) {
  const QString commandName = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
  std::unique_ptr<CliCommand> command = CliCommandRegistry::instance().create(commandName);

  // Reports paint maps and charts: they need a GUI application, but never a screen.
  std::unique_ptr<QCoreApplication> app;
  if (command && command->needsGui()) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
      qputenv("QT_QPA_PLATFORM", "offscreen");
    app = std::make_unique<QApplication>(argc, argv);
  } else {
    app = std::make_unique<QCoreApplication>(argc, argv);
  }
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
