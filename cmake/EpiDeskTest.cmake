# One helper for every test: a Qt Test executable registered with CTest.
#   epidesk_add_test(NAME test_x SOURCES a.cpp LIBS epidesk_analytics
#                    [GUI] [POSTGRES] [LABELS l...] [INCLUDES dir...]
#                    [PROGRAMS epidesk-cli epidesk-server ...] [TIMEOUT s] [DATA dir])
# GUI: runs on the offscreen platform (tests needing an X display use LABELS xvfb).
# PROGRAMS: built before the test; each path is in a macro named after it
#   (epidesk-cli -> EPIDESK_CLI, epidesk-server -> EPIDESK_SERVER, ...).
# POSTGRES: needs the throw-away PostgreSQL of the warehouse_pg fixture
#   (tests/connectors/warehouse); the file holding its URI is WAREHOUSE_URI_FILE (also
#   CLUSTER_PG_URI_FILE); each test makes its own database there.
# DATA: the reference-data folder (EPIDESK_TEST_DATA_DIR); default data/ beside
#   the test, for a test that reads another library's fixtures.
# TIMEOUT: seconds (CTest's default otherwise; 600 with POSTGRES).
function(epidesk_add_test)
  cmake_parse_arguments(T "GUI;POSTGRES" "NAME;TIMEOUT;DATA" "SOURCES;LIBS;LABELS;INCLUDES;PROGRAMS" ${ARGN})
  if(NOT T_DATA)
    set(T_DATA "${CMAKE_CURRENT_SOURCE_DIR}/data")
  endif()
  add_executable(${T_NAME} ${T_SOURCES})
  target_include_directories(${T_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common ${T_INCLUDES})
  target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
  target_compile_definitions(${T_NAME} PRIVATE
    EPIDESK_SHARED_DIR="${EPIDESK_SHARED_DIR}"
    EPIDESK_TEST_DATA_DIR="${T_DATA}"
    EPIDESK_BINARY_DIR="${CMAKE_BINARY_DIR}")
  foreach(program IN LISTS T_PROGRAMS)
    add_dependencies(${T_NAME} ${program})
    string(TOUPPER "${program}" macro)
    string(REPLACE "-" "_" macro "${macro}")
    target_compile_definitions(${T_NAME} PRIVATE ${macro}="$<TARGET_FILE:${program}>")
  endforeach()
  add_test(NAME ${T_NAME} COMMAND ${T_NAME})
  set(_env "EPIDESK_SHARED_DIR=${EPIDESK_SHARED_DIR}")
  if(T_GUI)
    list(APPEND _env "QT_QPA_PLATFORM=offscreen")
  endif()
  set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT "${_env}" LABELS "${T_LABELS}")
  if(T_POSTGRES)
    set(_uri "${CMAKE_BINARY_DIR}/tests/connectors/warehouse/pg/uri")
    target_compile_definitions(${T_NAME} PRIVATE WAREHOUSE_URI_FILE="${_uri}" CLUSTER_PG_URI_FILE="${_uri}")
    set_tests_properties(${T_NAME} PROPERTIES FIXTURES_REQUIRED warehouse_pg)
    if(NOT T_TIMEOUT)
      set(T_TIMEOUT 600)
    endif()
  endif()
  if(T_TIMEOUT)
    set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT})
  endif()
endfunction()
