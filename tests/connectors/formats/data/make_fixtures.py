#!/usr/bin/env python3
"""Writes the small ANVISA fixture files used by test_anvisa_import (Windows-1252).

Run from this folder: python3 make_fixtures.py. The expected line numbers,
fields and totals in test_anvisa_import.cpp follow the rows below.
"""

CLASSIC = ("ANO_VENDA;MES_VENDA;UF_VENDA;MUNICIPIO_VENDA;PRINCIPIO_ATIVO;DESCRICAO_APRESENTACAO;QTD_VENDIDA;"
           "UNIDADE_MEDIDA;CONSELHO_PRESCRITOR;UF_CONSELHO_PRESCRITOR;TIPO_RECEITUARIO;CID10;SEXO;IDADE;UNIDADE_IDADE")
PREFIXED = ("NU_ANO_VENDA;NU_MES_VENDA;SG_UF_VENDA;NO_MUNICIPIO_VENDA;DS_PRINCIPIO_ATIVO;DS_DESCRICAO_APRESENTACAO;"
            "QT_VENDIDA;DS_UNIDADE_MEDIDA;NO_CONSELHO_PRESCRITOR;SG_UF_CONSELHO_PRESCRITOR;TP_RECEITUARIO;CO_CID10;"
            "SG_SEXO;NU_IDADE;NU_UNIDADE_IDADE")


def write(name, lines, eol):
    with open(name, "wb") as f:
        f.write(eol.join(lines).encode("cp1252") + eol.encode())


# File named 201401 but holding February and March 2014 rows; CRLF; blank lines.
write("EDA_Industrializados_201401.csv", [
    CLASSIC,                                                                                          # 1
    "2014;2;SP;SÃO VICENTE;AMOXICILINA;AMOXICILINA 500 MG CAP;3;CAIXA;CRM;SP;5;J18;1;69.0;1",            # 2 ok
    "",                                                                                               # 3 blank
    "2014;02;SP;SAO VICENTE;AMOXICILINA + CLAVULANATO DE POTÁSSIO;AMOX+CLAV 875;2;CAIXA;CRM;SP;5;;2;35;1",  # 4 ok
    "2014;2;SP;CIDADE INEXISTENTE;AZITROMICINA;AZITROMICINA 500 MG;1;CAIXA;CRM;SP;5;;;;",             # 5 ok, unmatched
    "2014;2;SP;SÃO VICENTE;AMOXICILINA;AMOXICILINA 500 MG;1;CAIXA;CRM;SP;5;;1;30",                    # 6 14 fields
    "20x4;2;SP;SÃO VICENTE;AMOXICILINA;AMOXICILINA 500 MG;1;CAIXA;CRM;SP;5;;1;30;1",                  # 7 year
    "1989;2;SP;SÃO VICENTE;AMOXICILINA;AMOXICILINA 500 MG;1;CAIXA;CRM;SP;5;;1;30;1",                  # 8 year range
    "2014;13;SP;SÃO VICENTE;AMOXICILINA;AMOXICILINA 500 MG;1;CAIXA;CRM;SP;5;;1;30;1",                 # 9 month
    "2014;2;XX;SÃO VICENTE;AMOXICILINA;AMOXICILINA 500 MG;1;CAIXA;CRM;SP;5;;1;30;1",                  # 10 UF
    "2014;2;SP;SÃO VICENTE;AMOXICILINA;AMOXICILINA 500 MG;-1;CAIXA;CRM;SP;5;;1;30;1",                 # 11 qty
    "2014;2;SP;SÃO VICENTE;AMOXICILINA;AMOXICILINA 500 MG;1.5;CAIXA;CRM;SP;5;;1;30;1",                # 12 qty
    "2014;2;SP;SÃO VICENTE;;AMOXICILINA 500 MG;1;CAIXA;CRM;SP;5;;1;30;1",                             # 13 ingredient
    "2014;2;SP;SÃO PAULO;AZITROMICINA DI-HIDRATADA;AZITRO 500;7;FRASCO;CRM;SP;9;??;3;abc;9",          # 14 ok, 5 warnings
    "   ",                                                                                            # 15 blank
    "2014;3;RJ;RIO DE JANEIRO;AZITROMICINA;AZITROMICINA 500 MG;4;CAIXA;CRM;RJ;5;J01;2;5;2",           # 16 ok (March)
], "\r\n")

# Newer header spelling, LF line ends, a hyphen/apostrophe name, no final newline.
with open("EDA_Industrializados_201402.csv", "wb") as f:
    f.write("\n".join([
        PREFIXED,
        "2014;2;MG;BELO HORIZONTE;AMOXICILINA;AMOXICILINA 500 MG;5;CAIXA;CRM;MG;5;;1;40.0;1",
        "2014;2;MG;OLHOS-D'ÁGUA;CLORIDRATO DE SERTRALINA;SERTRALINA 50 MG;2;CAIXA;CRM;MG;1;;;;",
    ]).encode("cp1252"))

# Not an ANVISA header: nothing of this file may be loaded.
write("EDA_Industrializados_209901.csv", [
    "ANO;MES;UF;MUNICIPIO;PRINCIPIO",
    "2014;2;SP;SÃO VICENTE;AMOXICILINA",
], "\n")
