#include "CountField.h"
#include <QCoreApplication>

namespace epidesk {

namespace {

// This file's messages, in one context that lupdate sees too.
class CountFieldText {
  Q_DECLARE_TR_FUNCTIONS(epidesk::CountField)
};

constexpr int kMaxValueChars = 64;

} // namespace

QString shortValue(const QString &value) {
  return value.size() <= kMaxValueChars ? value : value.left(kMaxValueChars - 1) + QChar(0x2026);
}

QString countProblem(QByteArrayView text, qint64 maxCount, const QString &notInteger) {
  qint64 value = 0;
  switch (parseNonNegative(text, value)) {
  case IntegerParse::Ok:
    return CountFieldText::tr("%1 is above the plausible maximum of %2 per row")
        .arg(QString::number(value), QString::number(maxCount));
  case IntegerParse::TooLarge:
    return CountFieldText::tr("%1 does not fit in a 64-bit integer")
        .arg(shortValue(QString::fromLatin1(text)));
  case IntegerParse::NotInteger:
    break;
  }
  return notInteger;
}

QString totalOverflowReason() {
  return CountFieldText::tr("the file's total of this field would not fit in a 64-bit integer");
}

} // namespace epidesk
