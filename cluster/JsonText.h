#pragma once
#include <QByteArrayView>
#include <QString>

namespace epidesk {

// Checks JSON text for what PostgreSQL's jsonb (and any later JSON query)
// cannot hold, before it is parsed or stored: invalid UTF-8 (overlong forms,
// encoded surrogates, beyond U+10FFFF), \u escapes naming a lone surrogate,
// and \u0000. Returns an empty string when clean, else what and where.
QString jsonTextProblem(QByteArrayView json);

} // namespace epidesk
