#include "Translations.h"
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>
#include <memory>

namespace epidesk {

namespace {
std::unique_ptr<QTranslator> s_app;
std::unique_ptr<QTranslator> s_qt;
} // namespace

QStringList availableTranslations() { return {"pt_BR", "es", "pl"}; }

QString installTranslations(const QString &localeName) {
  const QLocale locale = localeName.isEmpty() ? QLocale::system() : QLocale(localeName);
  for (auto *t : {s_app.get(), s_qt.get()})
    if (t)
      QCoreApplication::removeTranslator(t);
  s_app = std::make_unique<QTranslator>();
  s_qt = std::make_unique<QTranslator>();
  QString used = QStringLiteral("en");
  // QTranslator::load(QLocale, ...) tries pt_BR, then pt, in the UI-language order.
  if (s_app->load(locale, QStringLiteral("epidesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
    QCoreApplication::installTranslator(s_app.get());
    used = s_app->language();
  }
  if (s_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    QCoreApplication::installTranslator(s_qt.get());
  QLocale::setDefault(locale);
  return used;
}

} // namespace epidesk
