#pragma once
// A private X display with a window manager for tests driven by real X events
// (xdotool): Xvfb on a free display number and openbox on it, started before
// the QApplication (which then connects to it; hence posix_spawn, not
// QProcess) and stopped at exit. Real
// events catch what QTest on an unresized, unmanaged widget hides (a dead
// map click once): focus, maximising, dock title bars, coordinates.
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QThread>
#include <csignal>
#include <cstdlib>
#include <initializer_list>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace epidesk::test {

class XSession {
public:
  // Empty missing() when Xvfb, openbox and xdotool are installed and the display runs.
  XSession() {
    for (const char *tool : {"Xvfb", "openbox", "xdotool"})
      if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
        m_missing += QString::fromLatin1(tool) + QLatin1Char(' ');
    if (!m_missing.isEmpty())
      return;
    int display = 100 + int(getpid() % 400);
    while (QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(display)) ||
           QFileInfo::exists(QStringLiteral("/tmp/.X%1-lock").arg(display)))
      ++display;
    m_display = QStringLiteral(":%1").arg(display);
    const QByteArray name = m_display.toLatin1();
    m_xvfb = spawn({"Xvfb", name.constData(), "-screen", "0", "1600x1000x24", "-nolisten", "tcp", nullptr});
    QElapsedTimer t;
    t.start();
    while (!QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(display)) && t.elapsed() < 10000)
      QThread::msleep(50);
    if (!QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(display))) {
      m_missing = QStringLiteral("a running Xvfb");
      return;
    }
    qputenv("DISPLAY", m_display.toLatin1());
    qputenv("QT_QPA_PLATFORM", "xcb");
    m_wm = spawn({"openbox", nullptr});
    QThread::msleep(500); // openbox takes the display before our first window maps
  }
  ~XSession() {
    for (pid_t pid : {m_wm, m_xvfb})
      if (pid > 0) {
        kill(pid, SIGTERM);
        waitpid(pid, nullptr, 0);
      }
  }
  QString missing() const { return m_missing.trimmed(); }
  QString display() const { return m_display; }

  // xdotool ARGS... on this display; true when it succeeded.
  static bool xdotool(const QStringList &args) {
    QProcess p;
    p.start(QStringLiteral("xdotool"), args);
    return p.waitForFinished(10000) && p.exitCode() == 0;
  }
  static bool click(const QPoint &global, int button = 1) {
    return xdotool({"mousemove", "--sync", QString::number(global.x()), QString::number(global.y())}) &&
           xdotool({"click", QString::number(button)});
  }
  static bool doubleClick(const QPoint &global) {
    return xdotool({"mousemove", "--sync", QString::number(global.x()), QString::number(global.y())}) &&
           xdotool({"click", "--repeat", "2", "--delay", "80", "1"});
  }
  static bool key(const QString &keys) { return xdotool({"key", keys}); }
  // Press at from, move in steps of about 10 px, release at to.
  static bool drag(const QPoint &from, const QPoint &to) {
    auto move = [](const QPoint &p) {
      return xdotool({"mousemove", "--sync", QString::number(p.x()), QString::number(p.y())});
    };
    if (!move(from) || !xdotool({"mousedown", "1"}))
      return false;
    const int steps = std::max(1, (to - from).manhattanLength() / 10);
    for (int i = 1; i <= steps; ++i)
      move(from + (to - from) * i / steps);
    return xdotool({"mouseup", "1"});
  }

private:
  static pid_t spawn(std::initializer_list<const char *> argv) {
    std::vector<char *> args;
    for (const char *a : argv)
      args.push_back(const_cast<char *>(a));
    pid_t pid = -1;
    return posix_spawnp(&pid, args[0], nullptr, nullptr, args.data(), environ) == 0 ? pid : -1;
  }

  QString m_missing;
  QString m_display;
  pid_t m_xvfb = -1;
  pid_t m_wm = -1;
};

} // namespace epidesk::test
