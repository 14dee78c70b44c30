#!/usr/bin/env bash
# Sourced by the bench scripts to put results into their own section of
# docs/benchmarks.md (appending would put them under whichever section is last).
#
#   doc_add_row DOC HEADING_PREFIX ROW        ROW after the last table row of the section
#   doc_add_section DOC HEADING_PREFIX BLOCK  BLOCK (several lines) at the end of the section
#
# The section is the one whose heading starts with HEADING_PREFIX, up to the
# next "## " heading; without one, the text goes at the end of DOC.

# _doc_insert DOC HEADING MODE FILE: MODE "row" or "section"; FILE holds the text.
_doc_insert() {
  local doc=$1 heading=$2 mode=$3 textfile=$4 tmp
  tmp=$(mktemp)
  awk -v h="$heading" -v mode="$mode" -v tf="$textfile" '
    { lines[NR] = $0 }
    END {
      start = 0
      for (i = 1; i <= NR; i++) if (index(lines[i], h) == 1) { start = i; break }
      end = NR
      if (start) for (i = start + 1; i <= NR; i++) if (lines[i] ~ /^## /) { end = i - 1; break }
      if (mode == "row") {
        if (start) { at = 0; for (i = start; i <= end; i++) if (lines[i] ~ /^\|/) at = i; if (at) end = at }
      } else {
        while (start && end > start && lines[end] == "") end--
      }
      if (NR == 0) end = 0
      for (i = 0; i <= NR; i++) {
        if (i > 0) print lines[i]
        if (i == end) {
          if (mode == "section" && NR > 0) print ""
          while ((getline l < tf) > 0) print l
        }
      }
    }' "$doc" >"$tmp" && cat "$tmp" >"$doc"
  rm -f "$tmp"
}

doc_add_row() {
  local textfile
  textfile=$(mktemp)
  printf '%s\n' "$3" >"$textfile"
  _doc_insert "$1" "$2" row "$textfile"
  rm -f "$textfile"
}

doc_add_section() {
  local textfile
  textfile=$(mktemp)
  printf '%s\n' "$3" >"$textfile"
  _doc_insert "$1" "$2" section "$textfile"
  rm -f "$textfile"
}
