#pragma once
#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace epidesk {

// Installs EpiDesk's and Qt's own translators for a locale. An empty name
// follows the system locale. Returns the locale actually used ("en" when no
// translation matches). Calling it again replaces the previous translators.
QString installTranslations(const QString &localeName = QString());

// Locales shipped with EpiDesk besides English: pt_BR, es, pl.
QStringList availableTranslations();

} // namespace epidesk
