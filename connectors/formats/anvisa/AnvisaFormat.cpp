#include "AnvisaFormat.h"

namespace epidesk {

const QStringList &AnvisaFormat::columnNames(Variant variant) {
  static const QStringList classic = {"ANO_VENDA",
                                      "MES_VENDA",
                                      "UF_VENDA",
                                      "MUNICIPIO_VENDA",
                                      "PRINCIPIO_ATIVO",
                                      "DESCRICAO_APRESENTACAO",
                                      "QTD_VENDIDA",
                                      "UNIDADE_MEDIDA",
                                      "CONSELHO_PRESCRITOR",
                                      "UF_CONSELHO_PRESCRITOR",
                                      "TIPO_RECEITUARIO",
                                      "CID10",
                                      "SEXO",
                                      "IDADE",
                                      "UNIDADE_IDADE"};
  static const QStringList prefixed = {"NU_ANO_VENDA",
                                       "NU_MES_VENDA",
                                       "SG_UF_VENDA",
                                       "NO_MUNICIPIO_VENDA",
                                       "DS_PRINCIPIO_ATIVO",
                                       "DS_DESCRICAO_APRESENTACAO",
                                       "QT_VENDIDA",
                                       "DS_UNIDADE_MEDIDA",
                                       "NO_CONSELHO_PRESCRITOR",
                                       "SG_UF_CONSELHO_PRESCRITOR",
                                       "TP_RECEITUARIO",
                                       "CO_CID10",
                                       "SG_SEXO",
                                       "NU_IDADE",
                                       "NU_UNIDADE_IDADE"};
  return variant == Variant::Classic ? classic : prefixed;
}

std::optional<AnvisaFormat::Variant> AnvisaFormat::detectHeader(QByteArrayView line) {
  // Headers are ASCII; tolerate a UTF-8 BOM, spaces around names and any case.
  if (line.startsWith("\xEF\xBB\xBF"))
    line = line.sliced(3);
  QStringList names;
  for (const QByteArray &part : line.toByteArray().split(separator))
    names.append(QString::fromLatin1(part.trimmed()).toUpper());
  for (Variant v : {Variant::Classic, Variant::Prefixed})
    if (names == columnNames(v))
      return v;
  return std::nullopt;
}

QString AnvisaFormat::expectedHeaders() {
  return columnNames(Variant::Classic).join(separator) + QStringLiteral(" | ") +
         columnNames(Variant::Prefixed).join(separator);
}

} // namespace epidesk
