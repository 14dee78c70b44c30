#pragma once
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <optional>

namespace epidesk {

// The layout of ANVISA's EDA_Industrializados_YYYYMM.csv: 15 ';'-separated
// columns in a fixed order, published under two header spellings.
class AnvisaFormat {
public:
  enum Column {
    Year,
    Month,
    Uf,
    Municipality,
    Ingredient,
    Presentation,
    Quantity,
    Unit,
    Prescriber,
    PrescriberUf,
    ReceiptType,
    Cid10,
    Sex,
    Age,
    AgeUnit,
    ColumnCount
  };
  enum class Variant { Classic, Prefixed }; // ANO_VENDA... / NU_ANO_VENDA...

  static constexpr char separator = ';';

  // Column names of a variant, in file order.
  static const QStringList &columnNames(Variant variant);
  // Which variant a header line (without line end, any case) is; nullopt if neither.
  static std::optional<Variant> detectHeader(QByteArrayView line);
  // The accepted headers, for error messages.
  static QString expectedHeaders();
};

} // namespace epidesk
