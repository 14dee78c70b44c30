#pragma once
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>
#include <map>
#include <memory>

namespace epidesk::cli {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2, Interrupted = 130 };

// One sub-command of epidesk-cli ("import", "trends", ...). Each command parses
// its own arguments (args[0] is the command name) and writes JSON to stdout.
class CliCommand {
public:
  virtual ~CliCommand() = default;
  virtual QString name() const = 0;
  virtual QString summary() const = 0; // one translated line for the usage text
  virtual int run(const QStringList &args) = 0;
  // Commands that draw (reports) need a QGuiApplication instead of a QCoreApplication.
  virtual bool needsGui() const { return false; }
};

class CliCommandRegistry {
public:
  using Factory = std::function<std::unique_ptr<CliCommand>()>;
  static CliCommandRegistry &instance();
  void add(const QString &name, Factory factory);
  std::unique_ptr<CliCommand> create(const QString &name) const;
  QStringList names() const;

private:
  std::map<QString, Factory> m_factories;
};

// Registers a command type at static-initialisation time.
template <typename T> struct RegisterCommand {
  explicit RegisterCommand(const char *name) {
    CliCommandRegistry::instance().add(QString::fromLatin1(name), [] { return std::make_unique<T>(); });
  }
};

} // namespace epidesk::cli
