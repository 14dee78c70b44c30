#pragma once
#include <QString>

namespace epidesk {

// Case- and accent-insensitive key used to match names (municipalities,
// active ingredients): upper case, no diacritics, single spaces, and
// apostrophes/hyphens treated as spaces ("D'OESTE" == "D OESTE").
QString foldKey(const QString &text);

} // namespace epidesk
