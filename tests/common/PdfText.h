#pragma once
// What a reader of an exported PDF sees: its text as pdftotext (Debian
// package poppler-utils, installed by scripts/install-deps.sh) extracts it.
#include "CliRun.h"
#include <QStandardPaths>
#include <QStringList>

namespace epidesk::test {

inline QString pdftotextPath() {
  return QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
}

// The whole text, UTF-8; empty (with a warning) when pdftotext fails.
inline QString pdfText(const QString &pdf) {
  const CliRun run =
      runProgram(pdftotextPath(), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")},
                 QProcessEnvironment::systemEnvironment(), 60000);
  if (run.exitCode != 0) {
    qWarning("pdftotext %s failed: %s", qPrintable(pdf), run.err.constData());
    return {};
  }
  return QString::fromUtf8(run.out);
}

// One entry per page (pdftotext ends every page with a form feed).
inline QStringList pdfPages(const QString &pdf) {
  QStringList pages = pdfText(pdf).split(QLatin1Char('\f'));
  if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
    pages.removeLast();
  return pages;
}

} // namespace epidesk::test

// In a test function: skips, naming the missing tool, when pdftotext is absent.
#define EPIDESK_REQUIRE_PDFTOTEXT()                                                                          \
  do {                                                                                                       \
    if (epidesk::test::pdftotextPath().isEmpty())                                                            \
      QSKIP("needs pdftotext (Debian package poppler-utils)");                                               \
  } while (false)
