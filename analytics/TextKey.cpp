#include "TextKey.h"

namespace epidesk {

QString foldKey(const QString &text) {
  const QString decomposed = text.normalized(QString::NormalizationForm_KD);
  QString out;
  out.reserve(decomposed.size());
  bool pendingSpace = false;
  for (QChar c : decomposed) {
    if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining ||
        c.category() == QChar::Mark_Enclosing)
      continue;
    if (c.isSpace() || c == QLatin1Char('\'') || c == QLatin1Char('-') || c == QChar(0x2019) ||
        c == QLatin1Char('`') || c == QChar(0x00B4)) {
      pendingSpace = !out.isEmpty();
      continue;
    }
    if (pendingSpace) {
      out.append(QLatin1Char(' '));
      pendingSpace = false;
    }
    out.append(c.toUpper());
  }
  return out;
}

} // namespace epidesk
