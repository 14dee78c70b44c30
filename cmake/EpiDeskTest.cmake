# One helper for every test: a Qt Test executable registered with CTest.
#   epidesk_add_test(NAME test_x SOURCES a.cpp LIBS epidesk_analytics [GUI] [LABELS l])
# GUI tests run on the offscreen platform; tests needing an X display use LABELS xvfb.
function(epidesk_add_test)
  cmake_parse_arguments(T "GUI" "NAME" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_include_directories(${T_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
  target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
  target_compile_definitions(${T_NAME} PRIVATE
    EPIDESK_SHARED_DIR="${EPIDESK_SHARED_DIR}"
    EPIDESK_TEST_DATA_DIR="${CMAKE_CURRENT_SOURCE_DIR}/data"
    EPIDESK_BINARY_DIR="${CMAKE_BINARY_DIR}")
  add_test(NAME ${T_NAME} COMMAND ${T_NAME})
  set(_env "EPIDESK_SHARED_DIR=${EPIDESK_SHARED_DIR}")
  if(T_GUI)
    list(APPEND _env "QT_QPA_PLATFORM=offscreen")
  endif()
  set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT "${_env}" LABELS "${T_LABELS}")
endfunction()
