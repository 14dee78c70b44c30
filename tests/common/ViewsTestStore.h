#pragma once
// A small real embedded store for the views tests: created from the shared
// data, then filled by the ANVISA importer with a generated file of three
// states (MG rising, SP falling, RJ flat) over 2016-2020.
#include "EmbeddedStore.h"
#include "ImportService.h"
#include "SharedData.h"
#include <QDir>
#include <QFile>
#include <QString>
#include <memory>

namespace epidesk::testing {

struct TestStoreSpec {
  QString uf;
  QString municipality; // upper case, as ANVISA writes it
  int rowsPerYear[5];   // 2016..2020
};

inline const TestStoreSpec kTestStates[] = {
    {QStringLiteral("MG"), QStringLiteral("BELO HORIZONTE"), {5, 7, 9, 11, 13}},
    {QStringLiteral("SP"), QStringLiteral("SÃO PAULO"), {12, 10, 8, 6, 4}},
    {QStringLiteral("RJ"), QStringLiteral("RIO DE JANEIRO"), {6, 8, 5, 9, 7}},
};

// Writes one ANVISA file holding every year (rows carry their own year and
// month, as in real exports that mix months).
inline QString writeAnvisaFile(const QString &dir) {
  const QString path = QDir(dir).filePath(QStringLiteral("EDA_Industrializados_201601.csv"));
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly))
    return {};
  QByteArray out = "ANO_VENDA;MES_VENDA;UF_VENDA;MUNICIPIO_VENDA;PRINCIPIO_ATIVO;DESCRICAO_APRESENTACAO;"
                   "QTD_VENDIDA;UNIDADE_MEDIDA;CONSELHO_PRESCRITOR;UF_CONSELHO_PRESCRITOR;TIPO_RECEITUARIO;"
                   "CID10;SEXO;IDADE;UNIDADE_IDADE\r\n";
  for (const TestStoreSpec &s : kTestStates)
    for (int y = 0; y < 5; ++y)
      for (int i = 0; i < s.rowsPerYear[y]; ++i) {
        const QString row =
            QStringLiteral("%1;%2;%3;%4;AZITROMICINA;AZITROMICINA 500 MG COM REV CT BL X 3;%5;"
                           "CAIXA;CRM;%3;5;;%6;%7.0;1\r\n")
                .arg(2016 + y)
                .arg(1 + i % 12)
                .arg(s.uf, s.municipality)
                .arg(1 + i % 3)
                .arg(1 + i % 2)
                .arg(20 + i);
        out += row.toLatin1(); // Windows-1252 agrees with Latin-1 for these names
      }
  if (f.write(out) != out.size())
    return {};
  f.close();
  return path;
}

// Creates <dir>/test.gpkg and imports the file; nullptr and *error on failure.
inline std::unique_ptr<EmbeddedStore> createTestStore(const QString &dir, QString *error) {
  const QString path = QDir(dir).filePath(QStringLiteral("test.gpkg"));
  auto store = EmbeddedStore::create(path, sharedDataDir(), error);
  if (!store)
    return nullptr;
  const QString file = writeAnvisaFile(dir);
  const ImportSummary summary = importFiles(QStringLiteral("anvisa"), *store, {file});
  if (!summary.ok() || summary.rowsLoaded == 0) {
    *error = summary.errors().join(QLatin1Char('\n'));
    return nullptr;
  }
  return store;
}

} // namespace epidesk::testing
